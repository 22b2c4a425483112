import { formatExportNumber } from './format-export-number';
import { neutraliseText } from './neutralise';
import type { CsvOptions, ExportCell, ExportSheet } from './types';

/** The UTF-8 byte-order mark as a character: encoded, it is EF BB BF. */
export const BOM = '\uFEFF';
/** RFC 4180 line ending; Excel expects it. */
export const CRLF = '\r\n';

function quoteIfNeeded(text: string, delimiter: string): string {
  const risky = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return risky ? `"${text.split('"').join('""')}"` : text;
}

/**
 * One CSV field. The cell's TYPE decides: a text cell that starts like a formula (`=`, `+`, `-`,
 * `@`, tab, CR) gets a leading `'`; a number cell is written as a number (`-12,5` stays a
 * negative number). Fields holding the delimiter, a quote or a line break are quoted, quotes
 * doubled — so `3.957,9` is quoted when the delimiter is `,`.
 *
 * @example
 * csvEscapeCell({ kind: 'text', text: '=HYPERLINK("x")' }, { delimiter: ',', numberStyle: 'vi' }) // `"'=HYPERLINK(""x"")"`
 * csvEscapeCell({ kind: 'number', value: -12.5, decimals: 1 }, { delimiter: ';', numberStyle: 'vi' }) // '-12,5'
 * csvEscapeCell({ kind: 'number', value: 3957.9, decimals: 1 }, { delimiter: ',', numberStyle: 'vi' }) // '"3.957,9"'
 */
export function csvEscapeCell(cell: ExportCell, options: Pick<CsvOptions, 'delimiter' | 'numberStyle'>): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number': {
      const text = formatExportNumber(cell.value, cell.decimals, options.numberStyle, cell.grouping !== false);
      return text === null ? '' : quoteIfNeeded(text, options.delimiter);
    }
    case 'text':
      return quoteIfNeeded(neutraliseText(cell.text), options.delimiter);
  }
}

/**
 * One CSV line (without its line end): the cells escaped and joined by the delimiter.
 *
 * @example
 * csvLine([{ kind: 'text', text: 'Dân số' }, { kind: 'number', value: 3957.9, decimals: 1 }], { delimiter: ';', numberStyle: 'vi' }) // 'Dân số;3.957,9'
 */
export function csvLine(cells: readonly ExportCell[], options: Pick<CsvOptions, 'delimiter' | 'numberStyle'>): string {
  return cells.map((c) => csvEscapeCell(c, options)).join(options.delimiter);
}

/**
 * A whole sheet as CSV text: the header row, then one line per row, CRLF line ends, and a BOM
 * first when asked (encode the result as UTF-8).
 *
 * @example
 * toCsv(sheet, { delimiter: ';', numberStyle: 'vi', bom: true }).startsWith('\uFEFFSTT;Chỉ tiêu') // true
 */
export function toCsv(sheet: ExportSheet, options: CsvOptions): string {
  const line = (cells: readonly ExportCell[]) => csvLine(cells, options);
  const header = line(sheet.columns.map((c) => ({ kind: 'text', text: c.header })));
  const body = sheet.rows.map((r) => line(r.cells));
  return `${options.bom ? BOM : ''}${[header, ...body].join(CRLF)}${CRLF}`;
}
