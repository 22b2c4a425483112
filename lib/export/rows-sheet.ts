import type { RowView } from '../dataset/types';
import { VERDICT_LABELS, type Lang } from '../verify/labels';
import { FIGURE_UNITS, recomputedFigure } from '../series/recomputed-figure';
import { numberCell, textCell, yearCell } from './cells';
import { EXPORT_STRINGS } from './strings';
import type { ExportCell, ExportColumn, ExportRow, ExportSheet } from './types';
import { rowMessage, rowWarnings } from '../dataset/row-text';

export interface RowsSheetOptions {
  readonly title: string;
  readonly lang: Lang;
  /**
   * The table's year columns, one column per year. `null` for claims from several tables (the
   * verification report): then a table column and the base / compared year and value instead.
   */
  readonly years: readonly number[] | null;
  /** Table titles by table id, for the table column when `years` is null. */
  readonly tableTitles?: ReadonlyMap<string, string>;
}

type RowsColumn = ExportColumn & { readonly cell: (row: RowView) => ExportCell };

/** The cell of one year: the value as read with its printed decimals, else the printed text (`-`, `…`). */
function valueIn(row: RowView, year: number | undefined): ExportCell {
  if (year === undefined) return { kind: 'empty' };
  const cell = row.cells.find((c) => c.year === year);
  if (!cell) return { kind: 'empty' };
  return cell.value === null ? textCell(cell.raw) : numberCell(cell.value, cell.decimals);
}

function columnsFor(options: RowsSheetOptions): RowsColumn[] {
  const t = EXPORT_STRINGS[options.lang];
  const lead: RowsColumn[] = [{ key: 'stt', header: t.stt, kind: 'text', width: 6, cell: (r) => textCell(r.stt) }];
  if (options.years === null) {
    lead.push({
      key: 'table',
      header: t.table,
      kind: 'text',
      width: 28,
      cell: (r) => textCell(options.tableTitles?.get(r.tableId) ?? r.tableId),
    });
  }
  lead.push(
    { key: 'indicator', header: t.indicator, kind: 'text', width: 44, cell: (r) => textCell(r.indicator) },
    { key: 'unit', header: t.unit, kind: 'text', width: 12, cell: (r) => textCell(r.unit) },
  );
  const values: RowsColumn[] =
    options.years === null
      ? [
          { key: 'from-year', header: t.fromYear, kind: 'number', width: 10, cell: (r) => yearCell(r.from?.year) },
          { key: 'from-value', header: t.fromValue, kind: 'number', width: 14, cell: (r) => valueIn(r, r.from?.year) },
          { key: 'to-year', header: t.toYear, kind: 'number', width: 10, cell: (r) => yearCell(r.to?.year) },
          { key: 'to-value', header: t.toValue, kind: 'number', width: 14, cell: (r) => valueIn(r, r.to?.year) },
        ]
      : options.years.map((year) => ({
          key: `nam-${year}`,
          header: String(year),
          kind: 'number' as const,
          width: 12,
          cell: (r: RowView) => valueIn(r, year),
        }));
  const tail: RowsColumn[] = [
    { key: 'claim', header: t.claim, kind: 'text', width: 28, cell: (r) => textCell(r.claim) },
    {
      key: 'computed',
      header: t.computed,
      kind: 'number',
      width: 12,
      cell: (r) => {
        const figure = recomputedFigure(r);
        return figure === null ? { kind: 'empty' } : numberCell(figure.value, figure.decimals);
      },
    },
    {
      key: 'computed-unit',
      header: t.computedUnit,
      kind: 'text',
      width: 12,
      cell: (r) => {
        const figure = recomputedFigure(r);
        if (figure === null) return { kind: 'empty' };
        return textCell(figure.terms === 'unit' ? figure.unit : FIGURE_UNITS[options.lang][figure.terms]);
      },
    },
    { key: 'verdict', header: t.verdict, kind: 'text', width: 20, cell: (r) => textCell(VERDICT_LABELS[r.verdict].word[options.lang]) },
    { key: 'verdict-code', header: t.verdictCode, kind: 'text', width: 17, cell: (r) => textCell(r.verdict) },
    { key: 'message', header: t.message, kind: 'text', width: 60, cell: (r) => textCell(rowMessage(r, options.lang)) },
    { key: 'warnings', header: t.warnings, kind: 'text', width: 40, cell: (r) => textCell(rowWarnings(r, options.lang).join(' ')) },
    { key: 'note', header: t.note, kind: 'text', width: 40, cell: (r) => textCell(r.note) },
    { key: 'source', header: t.source, kind: 'text', width: 24, cell: (r) => textCell(r.source) },
    { key: 'file-row', header: t.fileRow, kind: 'text', width: 30, cell: (r) => textCell(`${r.file}:${r.row}`) },
  ];
  return [...lead, ...values, ...tail];
}

/**
 * The export of checked rows: STT, (table), indicator, unit, the year values (numbers with their
 * printed decimals), the printed claim, the recomputed figure, the verdict as a word and as a
 * code, the arithmetic message, data warnings and the provenance (source, file:line).
 *
 * @example
 * const sheet = buildRowsSheet(table.rows, { title: table.title, lang: 'vi', years: table.years });
 * sheet.columns.map((c) => c.header) // ['STT', 'Chỉ tiêu', 'ĐVT', '2009', '2022', 'Nhận định trong báo cáo', 'Tính lại', 'Kết luận', …]
 */
export function buildRowsSheet(rows: readonly RowView[], options: RowsSheetOptions): ExportSheet {
  const columns = columnsFor(options);
  const out: ExportRow[] = rows.map((row) => ({
    key: row.key,
    cells: columns.map((c) => c.cell(row)),
    tone: row.verdict === 'none' ? null : VERDICT_LABELS[row.verdict].tone,
  }));
  return { title: options.title, columns: columns.map(({ key, header, kind, width }) => ({ key, header, kind, width })), rows: out };
}
