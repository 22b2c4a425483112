import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseText } from '../../export/neutralise';
import type { ExportCell, ExportColumn, ExportRow, ExportSheet, ExportTone } from '../../export/types';

/** Label–value lines for the information sheet (document, table, rows, date…). */
export type InfoLines = readonly (readonly [string, string])[];

export interface XlsxOptions {
  /** Names of the data sheet and the information sheet. */
  readonly sheetName: string;
  readonly infoSheetName: string;
  readonly info: InfoLines;
  readonly created: Date;
}

/** Light fills for the verdict cell; the verdict word is always in the cell, so colour is never alone. */
const TONE_FILL: Readonly<Record<ExportTone, string>> = {
  ok: 'FFE3F1E7',
  warn: 'FFFFF1CC',
  bad: 'FFFDE2DF',
  info: 'FFE3EDFA',
  muted: 'FFEEF0F3',
};

const HEADER_FILL = 'FFE8ECF1';
/** Excel's limit on sheet names, and the characters it forbids in them. */
const MAX_SHEET_NAME = 31;

/**
 * An Excel number format with `decimals` fraction digits. Format codes are locale-neutral: `,`
 * marks grouping and `.` the decimals, and Excel shows them the reader's way — `3.957,9` with
 * Vietnamese settings. Years (`grouping: false`) get `0`.
 *
 * @example
 * numberFormat(1, true)  // '#,##0.0'
 * numberFormat(0, true)  // '#,##0'
 * numberFormat(0, false) // '0'
 */
export function numberFormat(decimals: number, grouping: boolean): string {
  const whole = grouping ? '#,##0' : '0';
  const d = Math.max(0, Math.min(Math.floor(decimals), 10));
  return d === 0 ? whole : `${whole}.${'0'.repeat(d)}`;
}

/**
 * A sheet name Excel accepts: no `[ ] : * ? / \`, at most 31 characters, never empty.
 *
 * @example
 * safeSheetName('Bảng 2: 2009/2022') // 'Bảng 2 2009 2022'
 */
export function safeSheetName(name: string): string {
  // Grammar: one character Excel forbids in a sheet name: [ ] : * ? / \. Example: "a/b" → "a b".
  const allowed = name.replace(/[[\]:*?/\\]/g, ' ');
  // Grammar: a run of whitespace characters. Example: "a   b" → "a b".
  const cleaned = allowed.replace(/\s+/g, ' ').trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME);
}

function writeCell(target: ExcelJS.Cell, cell: ExportCell): void {
  if (cell.kind === 'empty') return;
  if (cell.kind === 'number') {
    // A number, always: never text, never a formula; shown with its printed decimals.
    target.value = cell.value;
    target.numFmt = numberFormat(cell.decimals, cell.grouping !== false);
    return;
  }
  // exceljs writes a string as a string (never a formula); the apostrophe keeps it text when a
  // user edits the cell or re-saves as CSV, and matches what the CSV export writes.
  target.value = neutraliseText(cell.text);
}

/** The workbook written row by row into `out`; rows are committed (written and dropped) one at a time. */
async function writeWorkbook(
  out: PassThrough,
  head: { readonly title: string; readonly columns: readonly ExportColumn[] },
  rows: AsyncIterable<ExportRow>,
  options: XlsxOptions,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'soát số';
  workbook.created = options.created;
  workbook.title = head.title;

  const ws = workbook.addWorksheet(safeSheetName(options.sheetName), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  ws.columns = head.columns.map((c) => ({ key: c.key, width: c.width }));
  if (head.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.columns.length } };
  }

  const header = ws.getRow(1);
  head.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutraliseText(column.header);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.kind === 'number' ? 'right' : 'left' };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  const verdictColumn = head.columns.findIndex((c) => c.key === 'verdict');
  let r = 0;
  for await (const row of rows) {
    // The client went away: stop reading rows from the store.
    if (out.destroyed) return;
    const excelRow = ws.getRow(r + 2);
    r += 1;
    row.cells.forEach((cell, c) => {
      const target = excelRow.getCell(c + 1);
      writeCell(target, cell);
      const column = head.columns[c];
      if (column && column.kind === 'text' && column.width >= 24) target.alignment = { vertical: 'top', wrapText: true };
      else target.alignment = { vertical: 'top' };
    });
    if (verdictColumn >= 0 && row.tone !== null) {
      excelRow.getCell(verdictColumn + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TONE_FILL[row.tone] } };
    }
    excelRow.commit();
  }
  ws.commit();

  const info = workbook.addWorksheet(safeSheetName(options.infoSheetName));
  info.columns = [{ width: 24 }, { width: 90 }];
  options.info.forEach(([label, value], i) => {
    const row = info.getRow(i + 1);
    row.getCell(1).value = neutraliseText(label);
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = neutraliseText(value);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  });
  info.commit();
  await workbook.commit();
}

/**
 * Writes an export as an .xlsx byte stream while its rows arrive (exceljs's streaming workbook
 * writer): numbers stored as numbers with display formats at their printed decimals, a bold
 * frozen header row with filters, column widths, long text wrapped, the verdict cell tinted by
 * tone, and a second sheet describing the source. Each row is written and dropped as it comes,
 * so a 50 000-row export is never held as a workbook in memory. A failure while writing ends
 * the stream with that error.
 *
 * @example
 * new Response(xlsxStream({ title, columns }, built.rows(), { sheetName: 'Dữ liệu', infoSheetName: 'Thông tin', info, created: new Date() }))
 */
export function xlsxStream(
  head: { readonly title: string; readonly columns: readonly ExportColumn[] },
  rows: AsyncIterable<ExportRow>,
  options: XlsxOptions,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(out, head, rows, options).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/**
 * A whole export sheet as .xlsx bytes (the same workbook `xlsxStream` writes).
 *
 * @example
 * const bytes = await writeXlsx(sheet, { sheetName: 'Dữ liệu', infoSheetName: 'Thông tin', info: [['Tài liệu', 'Báo cáo …']], created: new Date() });
 */
export async function writeXlsx(sheet: ExportSheet, options: XlsxOptions): Promise<Uint8Array> {
  async function* rows() {
    yield* sheet.rows;
  }
  return new Uint8Array(await new Response(xlsxStream(sheet, rows(), options)).arrayBuffer());
}
