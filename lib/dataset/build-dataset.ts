import { formatNumber } from '../numbers/format-number';
import { repairSeries } from '../numbers/repair-ambiguous';
import type { ParsedNumber } from '../numbers/types';
import type { Column, ReportTable, SeriesTable } from '../tables/types';
import { schoolYearOf, yearPairOf } from '../tables/year-headers';
import type { CheckedTable } from '../verify/check-files';
import { VERDICTS, type Verdict } from '../verify/types';
import { headerKey } from '../tables/header-key';
import { tablePart } from '../tables/table-part';
import { slugify } from './slugify';
import { seriesKeyOf } from './series-key';
import { datasetSeriesNamesOf } from './series-names';
import type { CellView, Dataset, DocumentMeta, IndicatorView, RowView, SeriesPointView, TableView } from './types';
import type { Localized } from '../i18n/lang';
import { attachQuality, type ReviewedDataset } from './attach-quality';

type OkNumber = Extract<ParsedNumber, { ok: true }>;


export interface TableMeta {
  readonly file: string;
  readonly id?: string;
  readonly title?: string;
  readonly section?: string;
}

// Grammar: " #" digits at the end: the second and later tables read from one file. Example: "bang.csv #2" → "2".
const TABLE_NUMBER = / #(\d+)$/;

function baseName(file: string): string {
  const numbered = TABLE_NUMBER.exec(file);
  const plain = numbered ? file.slice(0, numbered.index) : file;
  const name = plain.split(/[\\/]/).pop() ?? plain;
  // Grammar: a dot and the extension letters at the end. Example: "bang-1.csv" → "bang-1".
  const base = name.replace(/\.[^.]+$/, '');
  return numbered ? `${base}-${numbered[1]}` : base;
}

function cellWarning(raw: string, parsed: ParsedNumber): Localized | null {
  if (!parsed.ok) return parsed.reason === 'not-a-number' ? { vi: `"${raw}" không phải là số`, en: `"${raw}" is not a number` } : null;
  return null;
}

/** A value read as a decimal by series continuity, said in both languages. */
function decimalReadingWarning(raw: string, year: number, read: string, thousands: string): Localized {
  return {
    vi: `"${raw}" (${year}) đọc là ${read}: nếu đọc theo hàng nghìn (${thousands}) thì lệch khoảng 1000 lần so với các năm khác`,
    en: `"${raw}" (${year}) read as ${read}: read as thousands (${thousands}) it would be about 1000 times off the other years`,
  };
}

// Grammar: "ghi chu" | "note" ["s"], then optionally a space and more words. Example: "Ghi chú (nếu có)" → key "ghi chu (neu co)" matches.
const NOTE_HEADER = /^(?:ghi chu|notes?)(?: .*)?$/;

/**
 * The row's note: its `Ghi chú` / `Note` cell when that column is not the source column already
 * read into `source` (a table with both `Nguồn` and `Ghi chú` keeps the second as an extra).
 */
function noteOf(row: ReportTable['rows'][number] | undefined): string | null {
  if (!row) return null;
  for (const [header, text] of Object.entries(row.extras)) {
    if (NOTE_HEADER.test(headerKey(header)) && text.trim() !== '') return text.trim();
  }
  return null;
}

// Grammar: " (" sheet name ")" before an optional " #n" at the end: the sheet a workbook table was read from.
// Example: "bieu.xlsx (Biểu 02) #2" → "Biểu 02".
const SHEET_NAME = / \(([^()]+)\)(?: #\d+)?$/;

/**
 * A table id not used yet: the one given, else with its sheet's slug (two sheets of one workbook
 * both slug to the workbook's name), else with a number.
 */
function uniqueTableId(wanted: string, file: string, used: Set<string>): string {
  const sheet = SHEET_NAME.exec(file)?.[1];
  const candidates = [wanted, ...(sheet ? [`${wanted}-${slugify(sheet)}`] : [])];
  let id = candidates.find((c) => !used.has(c));
  for (let n = 2; id === undefined; n++) if (!used.has(`${wanted}-${n}`)) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}

/**
 * The printed names of year columns that are not plain years, keyed by the year their values are kept under: school
 * years ("2022-2023") and a yearbook's indices on the year before ("2019/2018").
 */
function yearLabelsOf(columns: readonly Column[]): { yearLabels: Readonly<Record<number, string>> } | Record<string, never> {
  const labels: Record<number, string> = {};
  for (const column of columns) {
    if ((column.role !== 'year' && column.role !== 'estimate') || column.year === undefined) continue;
    const school = schoolYearOf(column.header);
    const pair = yearPairOf(column.header);
    if (school !== null && column.year === school.year) labels[column.year] = school.label;
    else if (pair !== null && column.year === pair.later) labels[column.year] = `${pair.later}/${pair.earlier}`;
  }
  return Object.keys(labels).length === 0 ? {} : { yearLabels: labels };
}

/**
 * A row's key in its table: `<tableId>:<line>`, and the years an index block's row checks after it (one printed line of
 * indices gives a checked row per year: "…:28:2019-2020").
 */
function rowKeyOf(id: string, line: number, row: ReportTable['rows'][number] | undefined): string {
  return row?.levelOf !== undefined && row.compare !== undefined ? `${id}:${line}:${row.compare.from}-${row.compare.to}` : `${id}:${line}`;
}

function buildTableView(checked: CheckedTable, meta: TableMeta | undefined, id: string, seriesNames: readonly (string | null)[]): TableView {
  const { table, results } = checked;
  // Keys are unique in a table: a line that still gives two rows (a years-down block's columns) numbers the later ones.
  const used = new Set<string>();
  const uniqueKey = (key: string): string => {
    let unique = key;
    for (let n = 2; used.has(unique); n++) unique = `${key}:${n}`;
    used.add(unique);
    return unique;
  };
  const rows: RowView[] = results.map((r, i) => {
    const row = table.rows[i];
    const cells: CellView[] = table.years.map((year) => {
      const cell = row?.values[year];
      const parsed = cell?.parsed;
      const fromResult = r.from?.year === year ? r.from.value : r.to?.year === year ? r.to.value : undefined;
      const value = fromResult !== undefined && fromResult !== null ? fromResult : parsed?.ok ? parsed.value : null;
      const ambiguousNote = parsed?.ok && parsed.ambiguous ? (r.warnings.find((w) => w.code !== 'stored-text' && w.code !== 'cut-claim' && w.year === year)?.message ?? null) : null;
      return {
        year,
        raw: cell?.raw ?? '',
        value,
        decimals: parsed?.ok ? (value === parsed.value ? parsed.decimals : parsed.ambiguous?.decimal.decimals ?? parsed.decimals) : 0,
        warning: ambiguousNote ?? (cell && parsed ? cellWarning(cell.raw, parsed) : null),
      };
    });
    const seriesName = seriesNames[i];
    return { ...r, key: uniqueKey(rowKeyOf(id, r.row, row)), tableId: id, cells, note: noteOf(row), ...(seriesName ? { seriesName } : {}) };
  });
  const part = tablePart(table);
  return {
    id,
    title: meta?.title ?? table.title ?? baseName(table.file),
    section: meta?.section ?? null,
    file: table.file,
    years: table.years,
    ...yearLabelsOf(table.columns),
    ...(part === '' ? {} : { part }),
    compare: table.compare,
    hasPlan: table.columns.some((c) => c.role === 'plan'),
    rows,
    sections: table.sections.map((s) => s.title),
    notes: table.notes,
  };
}

/** `localeCompare(…, 'vi')` with one collator: that call looks its collator up again on every comparison. */
const VIETNAMESE_ORDER = new Intl.Collator('vi');

interface PointDraft {
  year: number;
  parsed: OkNumber;
  raw: string;
  source: string | null;
  name: string;
  unit: string;
}

function indicatorFromPoints(id: string, drafts: PointDraft[], claims: RowView[]): IndicatorView {
  const byYear = new Map<number, PointDraft>();
  for (const d of drafts) if (!byYear.has(d.year)) byYear.set(d.year, d);
  const ordered = [...byYear.values()].sort((a, b) => a.year - b.year);
  const repaired = repairSeries(ordered.map((d) => ({ year: d.year, parsed: d.parsed })));
  const warnings: Localized[] = [];
  const points: SeriesPointView[] = ordered.map((d, i) => {
    const r = repaired[i] ?? { value: d.parsed.value, decimals: d.parsed.decimals };
    // Only a cell re-read as a decimal is a data-quality finding; plain thousands (`3.407`) are not.
    const warning =
      r.ambiguous && r.repair === 'decimal-reading'
        ? decimalReadingWarning(d.raw, d.year, formatNumber(r.value, r.decimals), formatNumber(r.ambiguous.thousands.value, 0))
        : null;
    if (warning) warnings.push(warning);
    return { year: d.year, value: r.value, decimals: r.decimals, raw: d.raw, source: d.source, name: d.name, warning, unit: d.unit };
  });
  const last = ordered[ordered.length - 1] ?? drafts[0];
  const names = [...new Set(ordered.map((d) => d.name))];
  return { id, name: last?.name ?? id, names, unit: last?.unit ?? '', points, claims, warnings };
}

/**
 * Shapes checked tables and series into the serialisable dataset the pages render.
 *
 * @example
 * buildDataset('cao-bang', document, outcome.tables, outcome.series, tableMeta).counts.match // 13
 */
export function buildDataset(
  id: string,
  document: DocumentMeta,
  checked: readonly CheckedTable[],
  series: readonly SeriesTable[],
  tableMeta: readonly TableMeta[] = [],
): Dataset {
  return buildReviewedDataset(id, document, checked, series, tableMeta).dataset;
}

/**
 * buildDataset, with every data-quality warning of the review once each (the tables keep at
 * most MAX_TABLE_QUALITY of theirs; the CLI prints them all).
 *
 * @example
 * buildReviewedDataset('cli', document, outcome.tables, outcome.series).quality // [{ code: 'shares-gap', … }]
 */
export function buildReviewedDataset(
  id: string,
  document: DocumentMeta,
  checked: readonly CheckedTable[],
  series: readonly SeriesTable[],
  tableMeta: readonly TableMeta[] = [],
): ReviewedDataset {
  const metaByFile = new Map(tableMeta.map((m) => [baseName(m.file), m]));
  const used = new Set<string>();
  const seriesNames = datasetSeriesNamesOf(checked);
  const tables = checked.map((c, t) => {
    const meta = metaByFile.get(baseName(c.table.file));
    return buildTableView(c, meta, uniqueTableId(meta?.id ?? slugify(baseName(c.table.file)), c.table.file, used), seriesNames[t] ?? []);
  });
  const allRows = tables.flatMap((t) => t.rows);
  const claims = allRows.filter((r) => r.verdict !== 'none');

  const drafts = new Map<string, PointDraft[]>();
  const push = (key: string, d: PointDraft) => {
    const list = drafts.get(key);
    if (list) list.push(d);
    else drafts.set(key, [d]);
  };
  for (const s of series) {
    for (const p of s.points) {
      if (!p.value.parsed.ok) continue;
      push(p.indicatorId ?? slugify(p.indicator), {
        year: p.year, parsed: p.value.parsed, raw: p.value.raw, source: p.source, name: p.indicator, unit: p.unit,
      });
    }
  }
  // Tables add the values that no series gives (uploads usually have no series file).
  checked.forEach((c: CheckedTable, ti) => {
    const table: ReportTable = c.table;
    // An indicator's series is of whole years: October's value is not the year's.
    if (tablePart(table) !== '') return;
    c.results.forEach((r, ri) => {
      const row = table.rows[ri];
      const view = tables[ti]?.rows[ri];
      if (!row || !view) return;
      const key = seriesKeyOf(view);
      for (const year of table.years) {
        const cell = row.values[year];
        if (!cell?.parsed.ok) continue;
        push(key, {
          year, parsed: cell.parsed, raw: cell.raw, source: r.source ?? tables[ti]?.title ?? null, name: view.seriesName ?? r.indicator, unit: r.unit,
        });
      }
    });
  });
  const claimsByIndicator = new Map<string, RowView[]>();
  for (const r of allRows) {
    if (r.verdict === 'none') continue;
    const key = seriesKeyOf(r);
    const list = claimsByIndicator.get(key);
    if (list) list.push(r);
    else claimsByIndicator.set(key, [r]);
  }
  const indicators = [...drafts.entries()]
    .map(([key, ds]) => indicatorFromPoints(key, ds, claimsByIndicator.get(key) ?? []))
    .sort((a, b) => VIETNAMESE_ORDER.compare(a.name, b.name));

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of allRows) counts[r.verdict] += 1;

  return attachQuality({ id, document, tables, indicators, claims, counts }, checked);
}
