import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { yearOfRowCell } from './header-block';
import { headerKey } from './header-key';
import { noRowsError } from './messages';
import { filledCells, isNoteLine } from './note-rows';
import type { PreparedInput } from './read-input';
import { StyleVotes, ValueReader, type BodyLayout } from './read-table-body';
import type { Column, ReadResult, ReportTable, TableRow, ValueCell } from './types';

// Grammar: a unit in brackets at the end of a header: "(" text ")" ; or after " - ": "- " text.
// Example: "Tổng sản phẩm (tỷ đồng)" → "tỷ đồng"; "Chỉ số phát triển (Năm trước = 100) - %" → "%".
const TRAILING_UNIT = /(?:\(([^()]+)\)|-\s*([^-()]+))\s*$/;

// Grammar: YEAR [" "] "=" [" "] "100" — an index on a fixed base year. Example: "nam 2010 = 100" → 2010.
const FIXED_BASE = /((?:19|20|21)\d{2}) ?= ?100\b/;

/**
 * The unit a header states at its end (`(tỷ đồng)`, `- %`), or null.
 *
 * @example
 * unitOfHeader('Diện tích (nghìn ha)'); // 'nghìn ha'
 */
export function unitOfHeader(header: string): string | null {
  const m = TRAILING_UNIT.exec(header);
  const unit = m ? (m[1] ?? m[2] ?? '').trim() : '';
  return unit === '' || /= ?100/.test(unit) ? null : unit;
}

interface YearRow {
  readonly year: number;
  readonly line: number;
  readonly record: readonly string[];
}

/** The value column an index column refers to: the nearest indicator column on its left. */
function pairedColumn(columns: readonly Column[], index: Column): Column | undefined {
  for (let i = index.index - 1; i >= 0; i--) {
    const c = columns[i];
    if (c?.role === 'indicator') return c;
  }
  return undefined;
}

/**
 * Reads a yearbook table with the years down its first column (`2015`, `2016`, `Sơ bộ 2021`):
 * every indicator column becomes a row with its values by year; an index column (`Chỉ số phát
 * triển (Năm trước = 100) - %`) gives one checked row per year, comparing the indicator column
 * on its left in that year with the year before (or with the fixed base year the header or a
 * note names, `Năm 2010 = 100`).
 *
 * @example
 * readYearsDown(input, layout, 0); // rows: [{ indicator: 'GRDP (tỷ đồng)', values: { 2015: …, 2016: … } }, { indicator: 'GRDP (tỷ đồng) (2016/2015)', claim: '108,2', compare: { from: 2015, to: 2016 } }]
 */
export function readYearsDown(input: PreparedInput, layout: BodyLayout, yearsAt: number): ReadResult<ReportTable> {
  const { records, lines } = input;
  const { file, columns } = layout;
  const yearRows: YearRow[] = [];
  const notes = [...layout.notes];
  const votes = new StyleVotes();
  const valueColumns = columns.filter((c) => c.role === 'indicator');
  for (let i = layout.start; i < layout.end; i++) {
    const record = records[i];
    if (!record || record.every(isBlankCell)) continue;
    const year = yearOfRowCell(record[yearsAt] ?? '');
    if (year === null) {
      if (isNoteLine(record) || yearRows.length > 0) notes.push(filledCells(record).join(' '));
      continue;
    }
    yearRows.push({ year, line: lines[i] ?? i + 1, record });
    for (const c of columns) if (c.role === 'indicator' || c.role === 'index') votes.add(record[c.index]);
  }
  if (yearRows.length === 0 || valueColumns.length === 0) return { ok: false, error: noRowsError(file, layout.headerLine) };

  const decision = votes.decide();
  const reader = new ValueReader(file, decision.style);
  const unitAt = columns.find((c) => c.role === 'unit')?.index ?? -1;
  const rows: TableRow[] = [];
  const base = (header: string): number | null => {
    const m = FIXED_BASE.exec(headerKey([header, ...notes].join(' ')));
    return m ? Number(m[1]) : null;
  };
  const byYear = new Map<number, Map<number, ValueCell>>();
  for (const column of valueColumns) {
    const values: Record<number, ValueCell> = {};
    const cells = new Map<number, ValueCell>();
    for (const y of yearRows) {
      if (isBlankCell(y.record[column.index] ?? '')) continue;
      const cell = reader.read(y.record, column, y.line);
      values[y.year] = cell;
      cells.set(y.year, cell);
    }
    byYear.set(column.index, cells);
    const unit = unitAt >= 0 ? collapseWhitespace(yearRows[0]?.record[unitAt] ?? '') : (unitOfHeader(column.header) ?? '');
    rows.push({ line: layout.headerLine, stt: null, indicator: column.header, unit, values, plan: null, claim: null, note: null, section: null, extras: {} });
  }
  for (const column of columns) {
    if (column.role !== 'index') continue;
    const paired = pairedColumn(columns, column);
    if (!paired) continue;
    const cells = byYear.get(paired.index) ?? new Map<number, ValueCell>();
    const fixed = base(column.header);
    for (const y of yearRows) {
      const claim = collapseWhitespace(y.record[column.index] ?? '');
      const from = fixed ?? y.year - 1;
      if (claim === '' || from === y.year) continue;
      const values: Record<number, ValueCell> = {};
      const a = cells.get(from);
      const b = cells.get(y.year);
      if (a) values[from] = a;
      if (b) values[y.year] = b;
      rows.push({
        line: y.line,
        stt: null,
        indicator: `${paired.header} (${y.year}/${from})`,
        unit: unitOfHeader(paired.header) ?? '',
        values,
        plan: null,
        claim,
        note: null,
        section: collapseWhitespace(column.header),
        extras: {},
        compare: { from, to: y.year },
      });
    }
  }
  const years = [...new Set(yearRows.map((y) => y.year))].sort((x, y) => x - y);
  return {
    ok: true,
    value: {
      kind: 'report',
      file,
      title: layout.title,
      columns,
      years,
      compare: null,
      rows,
      sections: [],
      notes,
      shape: 'years-down',
      headerRows: layout.headerRows,
      meta: { encoding: input.encoding, delimiter: input.delimiter, headerRow: layout.headerLine, numberStyle: decision.style },
      warnings: reader.warnings,
    },
  };
}
