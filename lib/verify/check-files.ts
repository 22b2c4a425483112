import { readTables } from '../tables/read-table';
import type { ReadOptions } from '../tables/read-input';
import type { ReportTable, SeriesTable, TableError } from '../tables/types';
import type { ParsedNumber } from '../numbers/types';
import type { RowResult } from './result';
import { indicatorIdOf } from './indicator-id';
import { verifyReportTable, type SeriesIndex } from './verify-table';

/** A file handed to the checker: a name for messages and its raw bytes (or already decoded text). */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array | string;
  /** For a sheet written one record per row: its merged ranges (see ReadOptions.merges). */
  readonly merges?: ReadOptions['merges'];
  /** The user's corrections of column roles (see ReadOptions.roles). */
  readonly roles?: ReadOptions['roles'];
  /** The user's corrections of header rows (see ReadOptions.headerRows). */
  readonly headerRows?: ReadOptions['headerRows'];
  /**
   * One of several sheets of a workbook: when it holds no table it is skipped (listed in
   * `skipped`) instead of refusing the whole set.
   */
  readonly optional?: boolean;
}

/** An optional input that held no table, with the reader's reason. */
export interface SkippedInput {
  readonly name: string;
  readonly error: TableError;
}

export interface CheckedTable {
  readonly table: ReportTable;
  readonly results: readonly RowResult[];
}

export type CheckOutcome =
  | {
      readonly ok: true;
      readonly tables: readonly CheckedTable[];
      readonly series: readonly SeriesTable[];
      readonly results: readonly RowResult[];
      readonly skipped: readonly SkippedInput[];
    }
  | { readonly ok: false; readonly error: TableError };

type OkNumber = Extract<ParsedNumber, { ok: true }>;
type SeriesEntry = { year: number; parsed: OkNumber };

function addPoint(index: Map<string, SeriesEntry[]>, id: string, year: number, parsed: ParsedNumber): void {
  if (!parsed.ok) return;
  const list = index.get(id);
  if (list) list.push({ year, parsed });
  else index.set(id, [{ year, parsed }]);
}

/**
 * Builds the per-indicator index of known values from long series and from report-table rows
 * that carry an indicator id, so an ambiguous cell can be judged against other years.
 *
 * @example
 * buildSeriesIndex([seriesTable], [reportTable]).get('san-luong-luong-thuc')
 */
export function buildSeriesIndex(series: readonly SeriesTable[], reports: readonly ReportTable[]): SeriesIndex {
  const index = new Map<string, SeriesEntry[]>();
  for (const s of series) {
    for (const p of s.points) if (p.indicatorId) addPoint(index, p.indicatorId, p.year, p.value.parsed);
  }
  for (const t of reports) {
    for (const row of t.rows) {
      const id = indicatorIdOf(row);
      if (!id) continue;
      // `for…in` visits the same keys in the same order as Object.entries, without an array per cell.
      for (const year in row.values) {
        const cell = row.values[Number(year)];
        if (cell) addPoint(index, id, Number(year), cell.parsed);
      }
    }
  }
  return index;
}

/**
 * Reads every file and checks every claim. One unreadable file refuses the whole set, so a
 * caller never stores or reports a partial result; an `optional` input that holds no table (a
 * workbook's notes sheet) is listed in `skipped` instead.
 *
 * @example
 * const out = checkFiles([{ name: 'bang.csv', bytes }]);
 * if (out.ok) out.results[0]?.verdict // 'match'
 */
export function checkFiles(files: readonly InputFile[]): CheckOutcome {
  const reports: ReportTable[] = [];
  const series: SeriesTable[] = [];
  const skipped: SkippedInput[] = [];
  for (const f of files) {
    const read = readTables(f.bytes, f.name, { ...(f.merges ? { merges: f.merges } : {}), ...(f.roles ? { roles: f.roles } : {}),
      ...(f.headerRows ? { headerRows: f.headerRows } : {}),
    });
    if (!read.ok && f.optional === true && isNoTable(read.error)) {
      skipped.push({ name: f.name, error: read.error });
      continue;
    }
    if (!read.ok) return { ok: false, error: read.error };
    for (const table of read.value) {
      if (table.kind === 'report') reports.push(table);
      else series.push(table);
    }
  }
  const index = buildSeriesIndex(series, reports);
  const tables = reports.map((table) => ({ table, results: verifyReportTable(table, index) }));
  return { ok: true, tables, series, results: tables.flatMap((t) => t.results), skipped };
}

/**
 * Whether a refusal means "no table here" (a sheet of notes), as opposed to a broken or too
 * large input, which refuses the upload even on an optional sheet.
 *
 * @example
 * isNoTable({ code: 'no-year-column', file: 'a.xlsx (Ghi chú)', row: 1 }) // true
 */
export function isNoTable(error: TableError): boolean {
  switch (error.code) {
    case 'empty-file':
    case 'no-rows':
    case 'no-indicator-column':
    case 'no-year-column':
    case 'no-value-column':
      return true;
    case 'not-text':
    case 'too-large':
    case 'unbalanced-quotes':
    case 'duplicate-year-column':
    case 'bad-series-row':
    case 'bad-header-rows':
      return false;
  }
}
