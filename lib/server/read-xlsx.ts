import 'server-only';
import ExcelJS from 'exceljs';
import type { Lang, Localized } from '../i18n/lang';
import { detectNumberStyle } from '../numbers/detect-number-style';
import type { NumberStyle } from '../numbers/types';
import { gridToText, textCells } from './xlsx/grid-text';
import { MAX_COLUMNS, sheetToGrid } from './xlsx/sheet-grid';
import { readZipDirectory, zipKind, type ZipKind } from './xlsx/zip-directory';

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

export interface XlsxTable {
  /** The sheet as tab-separated text in the sheet's number style, one record per sheet row. */
  readonly text: string;
  readonly sheet: string;
  readonly sheets: readonly string[];
  /** How messages name this table: `bang.xlsx (Trang1)`. */
  readonly label: string;
  readonly numberStyle: NumberStyle;
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

/** Checks the zip directory first, so a renamed file or a zip bomb is refused before inflating. */
function checkContainer(bytes: Uint8Array, file: string, maxInflatedBytes: number): XlsxResult<null> {
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
  if (directory.uncompressedTotal > maxInflatedBytes) {
    const size = (lang: Lang) => megabytes(lang, directory.uncompressedTotal);
    const limit = (lang: Lang) => megabytes(lang, maxInflatedBytes);
    return fail('too-large', file, {
      vi: `tệp Excel khi giải nén lên tới ${size('vi')} MB, vượt giới hạn ${limit('vi')} MB.`,
      en: `the Excel file inflates to ${size('en')} MB, over the limit of ${limit('en')} MB.`,
    });
  }
  return { ok: true, value: null };
}

async function loadWorkbook(bytes: Uint8Array, file: string, maxInflatedBytes: number): Promise<XlsxResult<ExcelJS.Workbook>> {
  const container = checkContainer(bytes, file, maxInflatedBytes);
  if (!container.ok) return container;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return fail('broken-xlsx', file, BROKEN);
  }
  if (workbook.worksheets.length === 0) return fail('empty-sheet', file, { vi: 'tệp Excel không có trang tính nào.', en: 'the Excel file has no sheets.' });
  return { ok: true, value: workbook };
}

function pickSheet(workbook: ExcelJS.Workbook, wanted: string | null | undefined): ExcelJS.Worksheet | undefined {
  if (wanted !== null && wanted !== undefined && wanted !== '') {
    return workbook.worksheets.find((w) => w.name === wanted || w.name.normalize('NFC') === wanted.normalize('NFC'));
  }
  return workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
}

/**
 * The sheet names of a workbook, in order, for the sheet chooser.
 *
 * @example
 * await listXlsxSheets(bytes, 'bang.xlsx', { maxRows: 50_000, maxInflatedBytes: 1e8 }) // { ok: true, value: ['Bảng 1', 'Bảng 2'] }
 */
export async function listXlsxSheets(
  bytes: Uint8Array,
  file: string,
  options: Pick<XlsxOptions, 'maxInflatedBytes'>,
): Promise<XlsxResult<string[]>> {
  const workbook = await loadWorkbook(bytes, file, options.maxInflatedBytes);
  if (!workbook.ok) return workbook;
  return { ok: true, value: workbook.value.worksheets.map((w) => w.name) };
}

/**
 * Reads one sheet of an .xlsx workbook into text the table reader takes: merged header cells
 * keep their value once (so a "Năm" cell over "2009 | 2022" joins as a two-level header), a cell
 * merged down over data rows (a unit shared by several indicators) is repeated in each row,
 * numbers stored as numbers are written at the precision their format shows. Refuses renamed
 * files, broken workbooks, zip bombs, unknown sheet names, empty sheets and sheets over the row
 * limit, each with a message in both languages naming the file.
 *
 * @example
 * const r = await readXlsx(bytes, 'bang.xlsx', { maxRows: 50_000, maxInflatedBytes: 1e8 });
 * if (r.ok) readTable(r.value.text, r.value.label);
 */
export async function readXlsx(bytes: Uint8Array, file: string, options: XlsxOptions): Promise<XlsxResult<XlsxTable>> {
  const workbook = await loadWorkbook(bytes, file, options.maxInflatedBytes);
  if (!workbook.ok) return workbook;
  const sheets = workbook.value.worksheets.map((w) => w.name);
  const worksheet = pickSheet(workbook.value, options.sheet);
  if (!worksheet) {
    const names = sheets.map((n) => `"${n}"`).join(', ');
    return fail('no-such-sheet', file, {
      vi: `không có trang tính "${options.sheet ?? ''}". Các trang tính trong tệp: ${names}.`,
      en: `there is no sheet "${options.sheet ?? ''}". The sheets in the file: ${names}.`,
    });
  }
  const label = `${file} (${worksheet.name})`;
  const rows = worksheet.actualRowCount;
  if (rows > options.maxRows + 50) {
    return fail('too-large', label, {
      vi: `trang tính có ${integer('vi', rows)} dòng, vượt giới hạn ${integer('vi', options.maxRows)} dòng số liệu. Hãy chia bảng thành nhiều tệp.`,
      en: `the sheet has ${integer('en', rows)} rows, over the limit of ${integer('en', options.maxRows)} data rows. Split the table into several files.`,
    });
  }
  const grid = sheetToGrid(worksheet);
  if (grid.usedColumns > MAX_COLUMNS) {
    return fail('too-large', label, {
      vi: `trang tính có ${integer('vi', grid.usedColumns)} cột, vượt giới hạn ${MAX_COLUMNS} cột.`,
      en: `the sheet has ${integer('en', grid.usedColumns)} columns, over the limit of ${MAX_COLUMNS} columns.`,
    });
  }
  if (grid.rows.length === 0) return fail('empty-sheet', label, { vi: 'trang tính trống, không có dữ liệu.', en: 'the sheet is empty; it holds no data.' });
  const numberStyle = detectNumberStyle(textCells(grid)).style;
  return { ok: true, value: { text: gridToText(grid, numberStyle), sheet: worksheet.name, sheets, label, numberStyle } };
}
