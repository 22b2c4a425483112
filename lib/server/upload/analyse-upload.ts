import 'server-only';
import { localizeTableProblem } from '../../tables/messages';
import { tooManyRowsError } from '../../tables/problems';
import type { RoleCorrection } from '../../tables/apply-roles';
import type { ReportTable, SeriesTable, TableError, TableWarning } from '../../tables/types';
import type { Recognition, UploadFormat } from '../../upload/types';
import { checkFiles, type CheckedTable, type InputFile, type SkippedInput } from '../../verify/check-files';
import type { RowResult } from '../../verify/result';
import type { UploadLimits } from '../config';
import { refuse, type ApiResult, type ErrorStatus } from '../api/respond';
import { headerSignature, rawHeaderSignature } from '../../tables/header-signature';
import { tablePart } from '../../tables/table-part';
import { readXlsxSheets, type XlsxError } from '../read-xlsx';
import type { NewFile } from '../store/types';
import { detectUploadFormat } from './detect-format';
import type { UploadedFile } from './parse-upload';

/** An .xlsx file may inflate to this many times the upload limit (zip bomb guard). */
const INFLATE_FACTOR = 10;
/** At most this many warnings are kept per file; `moreWarnings` says how many more there were. */
const MAX_WARNINGS = 50;

export interface Analysis {
  /** The original files, as they will be stored. */
  readonly files: readonly NewFile[];
  readonly tables: readonly CheckedTable[];
  readonly series: readonly SeriesTable[];
  readonly results: readonly RowResult[];
  readonly recognised: readonly Recognition[];
  /** Sheets of a workbook read whole that held no table (a notes sheet), with the reader's reason. */
  readonly skipped: readonly SkippedInput[];
}

interface Source {
  readonly file: string;
  readonly format: UploadFormat;
  readonly sheet: string | null;
  readonly sheets: readonly string[];
  readonly roles: readonly RoleCorrection[];
}

/** What a recognition says the table compares: its years, and the plan or the part of the year when it names one. */
function compareOf(table: ReportTable): NonNullable<Recognition['compare']> | null {
  if (table.compare === null) return null;
  const part = tablePart(table);
  return {
    from: table.compare.from,
    to: table.compare.to,
    ...(table.compare.fromPlan ? { fromPlan: true } : {}),
    ...(part === '' ? {} : { part }),
  };
}

/** The header rows the user chose for a table, with the signature of those raw rows (saved and found again by it). */
function forcedOf(table: ReportTable): Pick<Recognition, 'headerForced' | 'headerRowsKey'> {
  const forced = table.headerForced;
  if (!forced) return {};
  const key = rawHeaderSignature(table.headerLines ?? [], forced.from, forced.to);
  return key === null ? { headerForced: forced } : { headerForced: forced, headerRowsKey: key };
}

/**
 * The HTTP status for a table reader's refusal: 413 over a limit, 415 not a text table, else 400.
 *
 * @example
 * statusOf({ code: 'not-text', kind: 'pdf', file: 'a.pdf' }) // 415
 */
export function statusOf(error: TableError): ErrorStatus {
  if (error.code === 'too-large') return 413;
  if (error.code === 'not-text') return 415;
  return 400;
}

/**
 * The HTTP status for a workbook reader's refusal: 415 not a workbook, 413 over a limit, else 400.
 *
 * @example
 * xlsxStatusOf({ code: 'not-xlsx', message: { vi: '…', en: '…' } }) // 415
 */
export function xlsxStatusOf(error: XlsxError): ErrorStatus {
  if (error.code === 'not-xlsx') return 415;
  if (error.code === 'too-large') return 413;
  return 400;
}

/** The first MAX_WARNINGS warnings, and how many more there were. */
function keptWarnings(warnings: readonly TableWarning[]): Pick<Recognition, 'warnings' | 'moreWarnings'> {
  return { warnings: warnings.slice(0, MAX_WARNINGS), moreWarnings: Math.max(0, warnings.length - MAX_WARNINGS) };
}

function recogniseReport(table: ReportTable, source: Source): Recognition {
  const xlsx = source.format === 'xlsx';
  const roles = source.roles.filter((r) => r.table === table.file);
  return {
    table: table.file,
    ...(roles.length > 0 ? { roles } : {}),
    headerKey: headerSignature(table.columns),
    ...forcedOf(table),
    file: source.file,
    format: source.format,
    sheet: source.sheet,
    sheets: source.sheets,
    kind: 'report',
    encoding: xlsx ? null : table.meta.encoding,
    delimiter: xlsx ? null : table.meta.delimiter,
    headerRow: table.meta.headerRow,
    compare: table.compare ? compareOf(table) : null,
    years: table.years,
    indicatorCount: table.rows.length,
    // A table read from a further comparison column repeats another's rows: they are counted once.
    rowCount: table.sameRowsAs === undefined ? table.rows.length : 0,
    claimCount: table.rows.filter((r) => r.claim !== null).length,
    numberStyle: table.meta.numberStyle,
    ...keptWarnings(table.warnings),
    ...legacyFontOf(table.warnings),
    ...(table.shape === 'years-down' ? { shape: table.shape } : {}),
  };
}

/** The legacy font a table was converted from, as its warning says. */
function legacyFontOf(warnings: readonly TableWarning[]): Pick<Recognition, 'legacyFont'> {
  for (const w of warnings) if (w.code === 'legacy-font') return { legacyFont: w.font };
  return {};
}

function recogniseSeries(series: SeriesTable, source: Source): Recognition {
  const xlsx = source.format === 'xlsx';
  return {
    file: source.file,
    format: source.format,
    sheet: source.sheet,
    sheets: source.sheets,
    kind: 'series',
    encoding: xlsx ? null : series.meta.encoding,
    delimiter: xlsx ? null : series.meta.delimiter,
    headerRow: series.meta.headerRow,
    compare: null,
    years: [...new Set(series.points.map((p) => p.year))].sort((a, b) => a - b),
    indicatorCount: new Set(series.points.map((p) => p.indicatorId ?? p.indicator)).size,
    rowCount: series.points.length,
    claimCount: 0,
    numberStyle: series.meta.numberStyle,
    ...keptWarnings(series.warnings),
  };
}

/** The first table that takes the total past the row limit, as a 413. */
function checkRowLimit(tables: readonly CheckedTable[], series: readonly SeriesTable[], maxRows: number): ApiResult<null> {
  let total = 0;
  // Every table counts, a further comparison column's too: each is read, checked, built and stored row by row.
  for (const { table } of tables) {
    const over = table.rows[maxRows - total];
    if (over) return refuse(413, localizeTableProblem(tooManyRowsError(table.file, over.line, maxRows)));
    total += table.rows.length;
  }
  for (const s of series) {
    const over = s.points[maxRows - total];
    if (over) return refuse(413, localizeTableProblem(tooManyRowsError(s.file, over.line, maxRows)));
    total += s.points.length;
  }
  return { ok: true, value: null };
}

/** Gives repeated file names a suffix (`bang.csv`, `bang (2).csv`) so tables keep distinct ids. */
function uniqueNames(files: readonly UploadedFile[]): UploadedFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    let name = file.name;
    for (let n = 2; seen.has(name); n++) {
      const dot = file.name.lastIndexOf('.');
      name = dot > 0 ? `${file.name.slice(0, dot)} (${n})${file.name.slice(dot)}` : `${file.name} (${n})`;
    }
    seen.add(name);
    return name === file.name ? file : { ...file, name };
  });
}

/**
 * Reads and checks uploaded files: .xlsx through the workbook reader (the chosen sheet or the
 * first), text through the table reader, then every claim verified. Any refusal refuses the
 * whole upload (so nothing partial is stored), as a 400, 413 or 415 with the reader's message.
 *
 * @example
 * const analysis = await analyseUpload([{ name: 'bang.csv', bytes }], readLimits());
 * if (analysis.ok) analysis.value.recognised[0]?.delimiter // ';'
 */
export async function analyseUpload(
  uploaded: readonly UploadedFile[],
  limits: UploadLimits,
): Promise<ApiResult<Analysis>> {
  const inputs: InputFile[] = [];
  const files: NewFile[] = [];
  const sources = new Map<string, Source>();
  const workbooks = new Map<string, string[]>();
  for (const file of uniqueNames(uploaded)) {
    const format = detectUploadFormat(file.name, file.bytes);
    if (!format.ok) return format;
    if (format.value === 'xlsx') {
      const book = await readXlsxSheets(file.bytes, file.name, {
        sheet: file.sheet ?? null,
        maxRows: limits.maxRows,
        maxInflatedBytes: limits.maxUploadBytes * INFLATE_FACTOR,
      });
      if (!book.ok) return refuse(xlsxStatusOf(book.error), book.error.message);
      // Several sheets: one without a table (notes) is skipped; the workbook is refused only when none has one.
      const optional = book.value.length > 1;
      for (const sheet of book.value) {
        inputs.push({ name: sheet.label, bytes: sheet.text, merges: sheet.merges, roles: file.roles ?? [], headerRows: file.headerRows ?? [], optional });
        sources.set(sheet.label, { file: file.name, format: 'xlsx', sheet: sheet.sheet, sheets: sheet.sheets, roles: file.roles ?? [] });
      }
      workbooks.set(file.name, book.value.map((sheet) => sheet.label));
      // The sheet chosen, or null: every sheet is read again on a recheck.
      files.push({ name: file.name, format: 'xlsx', sheet: file.sheet ? (book.value[0]?.sheet ?? null) : null, bytes: file.bytes });
    } else {
      inputs.push({ name: file.name, bytes: file.bytes, roles: file.roles ?? [], headerRows: file.headerRows ?? [] });
      files.push({ name: file.name, format: 'csv', sheet: null, bytes: file.bytes });
      sources.set(file.name, { file: file.name, format: 'csv', sheet: null, sheets: [], roles: file.roles ?? [] });
    }
  }
  const outcome = checkFiles(inputs);
  if (!outcome.ok) return refuse(statusOf(outcome.error), localizeTableProblem(outcome.error));
  for (const labels of workbooks.values()) {
    const missing = labels.map((label) => outcome.skipped.find((s) => s.name === label));
    const first = missing[0];
    if (first && missing.every((s) => s !== undefined)) return refuse(statusOf(first.error), localizeTableProblem(first.error));
  }
  const limit = checkRowLimit(outcome.tables, outcome.series, limits.maxRows);
  if (!limit.ok) return limit;
  const fallback = (file: string): Source => ({ file, format: 'csv', sheet: null, sheets: [], roles: [] });
  // A table read from a file (`bang.csv #2`) takes the source of its file.
  // Grammar: " #" digits at the end, the number the reader gives a file's second and later tables. Example: "bang.csv #2".
  const sourceOf = (table: string): Source | undefined => sources.get(table) ?? sources.get(table.replace(/ #\d+$/, ''));
  const recognised = [
    ...outcome.tables.map(({ table }) => recogniseReport(table, sourceOf(table.file) ?? fallback(table.file))),
    ...outcome.series.map((s) => recogniseSeries(s, sourceOf(s.file) ?? fallback(s.file))),
  ];
  return {
    ok: true,
    value: { files, tables: outcome.tables, series: outcome.series, results: outcome.results, recognised, skipped: outcome.skipped },
  };
}
