import 'server-only';
import type { Lang, Localized } from '../i18n/lang';
import { detectNumberStyle } from '../numbers/detect-number-style';
import type { NumberStyle } from '../numbers/types';
import { columnName, type MergeRange } from './xlsx/cell-ref';
import { gridToText, textCells } from './xlsx/grid-text';
import type { InflateBudget } from './xlsx/inflate-entry';
import { buildGrid, MAX_COLUMNS } from './xlsx/sheet-grid';
import { readSheetCells } from './xlsx/sheet-pass';
import { findEntry, readSharedStrings, readStyleFormats, readWorkbookInfo, type SheetRef, type WorkbookInfo } from './xlsx/workbook-parts';
import { readZipDirectory, zipKind, type ZipEntry, type ZipKind } from './xlsx/zip-directory';

export type XlsxErrorCode = 'not-xlsx' | 'broken-xlsx' | 'too-large' | 'no-such-sheet' | 'empty-sheet';

export interface XlsxError {
  readonly code: XlsxErrorCode;
  /** One sentence in both languages, starting with the file (and sheet) name. */
  readonly message: Localized;
}

export type XlsxResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: XlsxError };

export interface XlsxOptions {
  /** The sheet to read; the first visible sheet when absent. */
  readonly sheet?: string | null;
  /** Refuse a sheet with more rows than this (before converting it). */
  readonly maxRows: number;
  /** Refuse a workbook whose parts inflate to more than this many bytes (zip bombs). */
  readonly maxInflatedBytes: number;
}

/** The most cells with a value (merged ranges included) read from one sheet. */
export const MAX_SHEET_CELLS = 1_000_000;
/** Title, header and note rows allowed above `maxRows` data rows. */
const EXTRA_ROWS = 50;

export interface XlsxTable {
  /** The sheet as tab-separated text in the sheet's number style, one record per sheet row. */
  readonly text: string;
  readonly sheet: string;
  readonly sheets: readonly string[];
  /** How messages name this table: `bang.xlsx (Trang1)`. */
  readonly label: string;
  readonly numberStyle: NumberStyle;
  /** The sheet's merged ranges (1-based, inclusive), for readers of multi-row headers. */
  readonly merges: readonly MergeRange[];
}

const MEGABYTE = 1024 * 1024;
const format = (lang: Lang, n: number, digits: number): string =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(n);
const megabytes = (lang: Lang, bytes: number): string => format(lang, bytes / MEGABYTE, 1);
const integer = (lang: Lang, n: number): string => format(lang, n, 0);

const NOT_XLSX_TEXT: Readonly<Record<ZipKind | 'pdf' | 'binary', Localized>> = {
  pdf: {
    vi: 'tệp có đuôi .xlsx nhưng thực ra là tệp PDF. Hãy mở bảng gốc trong Excel và lưu dưới dạng .xlsx hoặc CSV.',
    en: 'the file ends in .xlsx but is really a PDF. Open the original table in Excel and save it as .xlsx or CSV.',
  },
  docx: {
    vi: 'tệp có đuôi .xlsx nhưng thực ra là văn bản Word. Hãy chép bảng sang Excel và lưu dưới dạng .xlsx hoặc CSV.',
    en: 'the file ends in .xlsx but is really a Word document. Copy the table into Excel and save it as .xlsx or CSV.',
  },
  pptx: {
    vi: 'tệp có đuôi .xlsx nhưng thực ra là bản trình chiếu PowerPoint. Hãy chép bảng sang Excel và lưu dưới dạng .xlsx.',
    en: 'the file ends in .xlsx but is really a PowerPoint presentation. Copy the table into Excel and save it as .xlsx.',
  },
  ods: {
    vi: 'đây là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng .xlsx hoặc CSV.',
    en: 'this is an OpenDocument spreadsheet (.ods). Save it again as .xlsx or CSV.',
  },
  xlsx: { vi: 'không đọc được tệp Excel.', en: 'the Excel file could not be read.' },
  other: { vi: 'tệp nén này không phải là bảng tính Excel (.xlsx).', en: 'this zip file is not an Excel workbook (.xlsx).' },
  binary: {
    vi: 'tệp có đuôi .xlsx nhưng không phải là bảng tính Excel. Hãy mở bảng trong Excel và lưu lại dưới dạng .xlsx.',
    en: 'the file ends in .xlsx but is not an Excel workbook. Open the table in Excel and save it again as .xlsx.',
  },
};

const BROKEN: Localized = {
  vi: 'tệp Excel bị hỏng hoặc không đọc được. Hãy mở lại trong Excel và lưu lại.',
  en: 'the Excel file is broken or unreadable. Open it in Excel again and save it.',
};

function fail<T>(code: XlsxErrorCode, file: string, text: Localized): XlsxResult<T> {
  return { ok: false, error: { code, message: { vi: `${file}: ${text.vi}`, en: `${file}: ${text.en}` } } };
}

function startsWithPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

const LIMIT_TEXT = {
  inflated: (limit: number): Localized => ({
    vi: `tệp Excel khi giải nén vượt giới hạn ${megabytes('vi', limit)} MB (có thể là tệp "bom nén"). Hãy lưu lại bảng trong Excel.`,
    en: `the Excel file inflates past the ${megabytes('en', limit)} MB limit (it may be a zip bomb). Save the table again in Excel.`,
  }),
  rows: (rows: number, complete: boolean, limit: number): Localized => ({
    vi: `trang tính có ${complete ? '' : 'hơn '}${integer('vi', rows)} dòng, vượt giới hạn ${integer('vi', limit)} dòng số liệu. Hãy chia bảng thành nhiều tệp.`,
    en: `the sheet has ${complete ? '' : 'more than '}${integer('en', rows)} rows, over the limit of ${integer('en', limit)} data rows. Split the table into several files.`,
  }),
  columns: (column: string, row: number): Localized => ({
    vi: `trang tính có dữ liệu ở cột ${column} (dòng ${integer('vi', row)}), vượt giới hạn ${MAX_COLUMNS} cột.`,
    en: `the sheet has data in column ${column} (row ${integer('en', row)}), past the limit of ${MAX_COLUMNS} columns.`,
  }),
  cells: (limit: number): Localized => ({
    vi: `trang tính có hơn ${integer('vi', limit)} ô có dữ liệu, vượt giới hạn. Hãy chia bảng thành nhiều tệp.`,
    en: `the sheet has more than ${integer('en', limit)} cells with data, over the limit. Split the table into several files.`,
  }),
};

interface OpenedBook {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly info: WorkbookInfo;
  readonly budget: InflateBudget;
  readonly maxInflatedBytes: number;
}

function tooLargeInflated<T>(file: string, maxInflatedBytes: number): XlsxResult<T> {
  return fail('too-large', file, LIMIT_TEXT.inflated(maxInflatedBytes));
}

/** Checks the zip directory first, so a renamed file is refused before anything is inflated. */
function checkContainer(bytes: Uint8Array, file: string, maxInflatedBytes: number): XlsxResult<readonly ZipEntry[]> {
  if (startsWithPdf(bytes)) return fail('not-xlsx', file, NOT_XLSX_TEXT.pdf);
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    return directory.reason === 'not-zip'
      ? fail('not-xlsx', file, NOT_XLSX_TEXT.binary)
      : fail('broken-xlsx', file, {
          vi: 'tệp Excel bị hỏng hoặc không đầy đủ. Hãy mở lại trong Excel và lưu lại.',
          en: 'the Excel file is broken or incomplete. Open it in Excel again and save it.',
        });
  }
  const kind = zipKind(directory.entries);
  if (kind !== 'xlsx') return fail('not-xlsx', file, NOT_XLSX_TEXT[kind]);
  // The declared sizes are checked too (a cheap early refusal), but never trusted: every entry is
  // inflated under the same running cap (see inflate-entry.ts).
  if (directory.uncompressedTotal > maxInflatedBytes) {
    const size = (lang: Lang) => megabytes(lang, directory.uncompressedTotal);
    const limit = (lang: Lang) => megabytes(lang, maxInflatedBytes);
    return fail('too-large', file, {
      vi: `tệp Excel khi giải nén lên tới ${size('vi')} MB, vượt giới hạn ${limit('vi')} MB.`,
      en: `the Excel file inflates to ${size('en')} MB, over the limit of ${limit('en')} MB.`,
    });
  }
  return { ok: true, value: directory.entries };
}

/** Opens a workbook: its directory and sheet list, inflated under the cap. */
async function openBook(bytes: Uint8Array, file: string, maxInflatedBytes: number): Promise<XlsxResult<OpenedBook>> {
  const entries = checkContainer(bytes, file, maxInflatedBytes);
  if (!entries.ok) return entries;
  const budget: InflateBudget = { remaining: maxInflatedBytes };
  const info = await readWorkbookInfo(bytes, entries.value, budget);
  if (!info.ok) return info.reason === 'too-large' ? tooLargeInflated(file, maxInflatedBytes) : fail('broken-xlsx', file, BROKEN);
  if (info.value.sheets.length === 0) return fail('empty-sheet', file, { vi: 'tệp Excel không có trang tính nào.', en: 'the Excel file has no sheets.' });
  return { ok: true, value: { bytes, entries: entries.value, info: info.value, budget, maxInflatedBytes } };
}

function pickSheet(sheets: readonly SheetRef[], wanted: string | null | undefined): SheetRef | undefined {
  if (wanted !== null && wanted !== undefined && wanted !== '') {
    return sheets.find((w) => w.name === wanted || w.name.normalize('NFC') === wanted.normalize('NFC'));
  }
  return sheets.find((w) => w.state === 'visible') ?? sheets[0];
}

/**
 * The sheet names of a workbook, in order, for the sheet chooser. Only the workbook part is
 * inflated, never a sheet.
 *
 * @example
 * await listXlsxSheets(bytes, 'bang.xlsx', { maxRows: 50_000, maxInflatedBytes: 1e8 }) // { ok: true, value: ['Bảng 1', 'Bảng 2'] }
 */
export async function listXlsxSheets(
  bytes: Uint8Array,
  file: string,
  options: Pick<XlsxOptions, 'maxInflatedBytes'>,
): Promise<XlsxResult<string[]>> {
  const book = await openBook(bytes, file, options.maxInflatedBytes);
  if (!book.ok) return book;
  return { ok: true, value: book.value.info.sheets.map((w) => w.name) };
}

/** Reads the chosen sheet's cells in one bounded pass and turns a limit into its message. */
async function readSheet(book: OpenedBook, sheet: SheetRef, label: string, maxRows: number): Promise<XlsxResult<ReturnType<typeof buildGrid>>> {
  const { bytes, entries, info, budget } = book;
  const entry = findEntry(entries, sheet.path);
  if (!entry) return fail('broken-xlsx', label, BROKEN);
  const shared = await readSharedStrings(bytes, entries, info.sharedStringsPath, budget);
  const formats = shared.ok ? await readStyleFormats(bytes, entries, info.stylesPath, budget) : shared;
  if (!shared.ok || !formats.ok) {
    const reason = shared.ok ? (formats.ok ? 'broken' : formats.reason) : shared.reason;
    return reason === 'too-large' ? tooLargeInflated(label, book.maxInflatedBytes) : fail('broken-xlsx', label, BROKEN);
  }
  const context = { shared: shared.value, formats: formats.value, date1904: info.date1904 };
  const caps = { rows: maxRows + EXTRA_ROWS, columns: MAX_COLUMNS, cells: MAX_SHEET_CELLS };
  const pass = await readSheetCells(bytes, entry, budget, context, caps);
  if (pass.ok) return { ok: true, value: buildGrid(pass.value) };
  switch (pass.reason) {
    case 'broken':
      return fail('broken-xlsx', label, BROKEN);
    case 'too-large':
      return tooLargeInflated(label, book.maxInflatedBytes);
    case 'too-many-rows':
      return fail('too-large', label, LIMIT_TEXT.rows(pass.rows, pass.complete, maxRows));
    case 'too-many-columns':
      return fail('too-large', label, LIMIT_TEXT.columns(columnName(pass.col), pass.row));
    case 'too-many-cells':
      return fail('too-large', label, LIMIT_TEXT.cells(pass.cells));
  }
}

/**
 * Reads one sheet of an .xlsx workbook into text the table reader takes, in one streaming pass
 * over the sheet's XML that stops at the row, column and cell limits: merged header cells keep
 * their value once (so a "Năm" cell over "2009 | 2022" joins as a two-level header), a cell
 * merged down over data rows (a unit shared by several indicators) is repeated in each row,
 * numbers stored as numbers are written at the precision their format shows. Every part is
 * inflated under `maxInflatedBytes`, whatever size the archive declares. Refuses renamed
 * files, broken workbooks, zip bombs, unknown sheet names, empty sheets and sheets over a
 * limit, each with a message in both languages naming the file.
 *
 * @example
 * const r = await readXlsx(bytes, 'bang.xlsx', { maxRows: 50_000, maxInflatedBytes: 1e8 });
 * if (r.ok) readTable(r.value.text, r.value.label);
 */
export async function readXlsx(bytes: Uint8Array, file: string, options: XlsxOptions): Promise<XlsxResult<XlsxTable>> {
  const book = await openBook(bytes, file, options.maxInflatedBytes);
  if (!book.ok) return book;
  const sheets = book.value.info.sheets.map((w) => w.name);
  const sheet = pickSheet(book.value.info.sheets, options.sheet);
  if (!sheet) {
    const names = sheets.map((n) => `"${n}"`).join(', ');
    return fail('no-such-sheet', file, {
      vi: `không có trang tính "${options.sheet ?? ''}". Các trang tính trong tệp: ${names}.`,
      en: `there is no sheet "${options.sheet ?? ''}". The sheets in the file: ${names}.`,
    });
  }
  const table = await sheetTable(book.value, sheet, file, options.maxRows);
  if (!table.ok) return table;
  return table.value === null ? fail('empty-sheet', `${file} (${sheet.name})`, EMPTY_SHEET) : { ok: true, value: table.value };
}

const EMPTY_SHEET: Localized = { vi: 'trang tính trống, không có dữ liệu.', en: 'the sheet is empty; it holds no data.' };

/** One sheet as text for the table reader; null when the sheet holds no cell. */
async function sheetTable(book: OpenedBook, sheet: SheetRef, file: string, maxRows: number): Promise<XlsxResult<XlsxTable | null>> {
  const label = `${file} (${sheet.name})`;
  const grid = await readSheet(book, sheet, label, maxRows);
  if (!grid.ok) return grid;
  if (grid.value.rows.length === 0) return { ok: true, value: null };
  const numberStyle = detectNumberStyle(textCells(grid.value)).style;
  const sheets = book.info.sheets.map((w) => w.name);
  return {
    ok: true,
    value: { text: gridToText(grid.value, numberStyle), sheet: sheet.name, sheets, label, numberStyle, merges: grid.value.merges },
  };
}

/** At most this many sheets of one workbook are read when no sheet is chosen. */
export const MAX_SHEETS = 30;

/**
 * Every visible sheet that holds cells, each as {@link readXlsx} reads one (hidden and empty sheets are
 * skipped, at most {@link MAX_SHEETS}); with `options.sheet`, only that sheet. Every sheet shares one
 * inflate budget, so the whole workbook stays under `maxInflatedBytes`. Refuses a workbook with no
 * sheet holding data.
 *
 * @example
 * const r = await readXlsxSheets(bytes, 'bieu.xlsx', { maxRows: 50_000, maxInflatedBytes: 1e8 });
 * if (r.ok) r.value.map((t) => t.label) // ['bieu.xlsx (Biểu 01)', 'bieu.xlsx (Biểu 02)']
 */
export async function readXlsxSheets(bytes: Uint8Array, file: string, options: XlsxOptions): Promise<XlsxResult<XlsxTable[]>> {
  if (options.sheet !== null && options.sheet !== undefined && options.sheet !== '') {
    const one = await readXlsx(bytes, file, options);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  const book = await openBook(bytes, file, options.maxInflatedBytes);
  if (!book.ok) return book;
  const all = book.value.info.sheets;
  const shown = all.filter((w) => w.state === 'visible');
  const visible = shown.length > 0 ? shown : all;
  const tables: XlsxTable[] = [];
  for (const sheet of visible.slice(0, MAX_SHEETS)) {
    const table = await sheetTable(book.value, sheet, file, options.maxRows);
    if (!table.ok) return table;
    if (table.value !== null) tables.push(table.value);
  }
  if (tables.length > 0) return { ok: true, value: tables };
  const first = visible[0];
  return fail('empty-sheet', first ? `${file} (${first.name})` : file, EMPTY_SHEET);
}
