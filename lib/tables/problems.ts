import type { NumberStyle } from '../numbers/types';
import type { BadSeriesProblem, Delimiter, LegacyFont, NotTextKind, TableError, TableWarning } from './types';

/*
 * The table errors and warnings as values, one constructor each (messages.ts words them in both languages).
 */

/**
 * The file holds no data (0 bytes, or only a byte-order mark and blank space).
 *
 * @example
 * emptyFileError('bang.csv'); // { code: 'empty-file', file: 'bang.csv' }
 */
export function emptyFileError(file: string): TableError {
  return { code: 'empty-file', file };
}

/**
 * The file is not a text table.
 *
 * @example
 * notTextError('bang.pdf', 'pdf'); // { code: 'not-text', kind: 'pdf', file: 'bang.pdf' }
 */
export function notTextError(file: string, kind: NotTextKind): TableError {
  return { code: 'not-text', kind, file };
}

/**
 * The file is over the byte limit.
 *
 * @example
 * describeTableProblem(tooManyBytesError('bang.csv', 12_500_000, 10_485_760), 'vi'); // 'bang.csv: tệp quá lớn (11,9 MB); giới hạn là 10 MB.'
 */
export function tooManyBytesError(file: string, size: number, limit: number): TableError {
  return { code: 'too-large', unit: 'bytes', size, limit, file };
}

/**
 * The table has more data rows than allowed; `row` is the line of the first row over the limit.
 *
 * @example
 * tooManyRowsError('bang.csv', 100_002, 100_000).code; // 'too-large'
 */
export function tooManyRowsError(file: string, row: number, limit: number): TableError {
  return { code: 'too-large', unit: 'rows', limit, file, row };
}

/**
 * A header row and nothing under it.
 *
 * @example
 * describeTableProblem(noRowsError('bang.csv', 1), 'vi'); // 'bang.csv: dòng 1: có dòng tiêu đề cột nhưng không có dòng số liệu nào.'
 */
export function noRowsError(file: string, headerRow: number): TableError {
  return { code: 'no-rows', file, row: headerRow };
}

/**
 * No row names an indicator column. `row` is given when a likely header row was seen.
 *
 * @example
 * noIndicatorColumnError('bang.csv').code; // 'no-indicator-column'
 */
export function noIndicatorColumnError(file: string, row?: number): TableError {
  return row === undefined ? { code: 'no-indicator-column', file } : { code: 'no-indicator-column', file, row };
}

/**
 * The header names no year column.
 *
 * @example
 * noYearColumnError('bang.csv', 1).code; // 'no-year-column'
 */
export function noYearColumnError(file: string, headerRow: number): TableError {
  return { code: 'no-year-column', file, row: headerRow };
}

/**
 * A long series without a value column.
 *
 * @example
 * noValueColumnError('chuoi.csv', 1).code; // 'no-value-column'
 */
export function noValueColumnError(file: string, headerRow: number): TableError {
  return { code: 'no-value-column', file, row: headerRow };
}

/**
 * A quoted cell opens and never closes (or closes badly).
 *
 * @example
 * describeTableProblem(unbalancedQuotesError('bang.csv', 7), 'vi'); // 'bang.csv: dòng 7: dấu ngoặc kép (") không cân đối: …'
 */
export function unbalancedQuotesError(file: string, row: number): TableError {
  return { code: 'unbalanced-quotes', file, row };
}

/**
 * Two columns carry the same year; `column` is the second one.
 *
 * @example
 * describeTableProblem(duplicateYearColumnError('bang.csv', 1, 2022, 'Năm 2022', '2022'), 'vi');
 * // 'bang.csv: dòng 1, cột "2022": trùng năm 2022 với cột "Năm 2022"; mỗi năm chỉ được có một cột.'
 */
export function duplicateYearColumnError(
  file: string,
  headerRow: number,
  year: number,
  firstColumn: string,
  secondColumn: string,
): TableError {
  return { code: 'duplicate-year-column', year, firstColumn, file, row: headerRow, column: secondColumn };
}

/**
 * A long-series row with a bad year or no indicator.
 *
 * @example
 * describeTableProblem(badSeriesRowError('chuoi.csv', 5, 'year', 'bad-year', '20x2'), 'vi');
 * // 'chuoi.csv: dòng 5, cột "year": "20x2" không phải là năm (cần 4 chữ số, ví dụ 2022).'
 */
export function badSeriesRowError(
  file: string,
  row: number,
  column: string,
  problem: BadSeriesProblem,
  raw: string,
): TableError {
  return { code: 'bad-series-row', problem, raw, file, row, column };
}

/**
 * A value cell that is not a number (the row is kept).
 *
 * @example
 * describeTableProblem(notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc'), 'vi'); // 'bang.csv: dòng 5, cột "Năm 2022": "abc" không phải là số'
 */
export function notANumberWarning(file: string, row: number, column: string, raw: string): TableWarning {
  return { code: 'not-a-number', raw, file, row, column };
}

/**
 * A value cell written with dots for both the thousands and the decimals ("9.674.18"), read with its last dot as the
 * decimal mark.
 *
 * @example
 * dottedDecimalWarning('bang.csv', 5, 'Diện tích', '9.674.18', '9.674,18').code; // 'dotted-decimal'
 */
export function dottedDecimalWarning(file: string, row: number, column: string, raw: string, read: string): TableWarning {
  return { code: 'dotted-decimal', raw, read, file, row, column };
}

/**
 * A value cell written with both `.` and `,`; the last mark was read as the decimal mark.
 *
 * @example
 * mixedMarksWarning('bang.csv', 5, 'Năm 2022', '1,234.56').code; // 'mixed-marks'
 */
export function mixedMarksWarning(file: string, row: number, column: string, raw: string): TableWarning {
  return { code: 'mixed-marks', raw, file, row, column };
}

/**
 * The file's value cells mix the Vietnamese and the English way of writing numbers.
 *
 * @example
 * mixedNumberStyleWarning('bang.csv', 'vi'); // { code: 'mixed-number-style', style: 'vi', file: 'bang.csv' }
 */
export function mixedNumberStyleWarning(file: string, style: NumberStyle): TableWarning {
  return { code: 'mixed-number-style', style, file };
}

/**
 * A row with more cells than the header: in a `,`-delimited file an unquoted decimal comma may have split it, in a
 * `;`-delimited one a stray cell shifts its values. Its claim gets no verdict.
 *
 * @example
 * describeTableProblem(extraCellsWarning('bang.csv', 2, 'So sánh', 7, 6, ','), 'en');
 * // 'bang.csv: row 2, column "So sánh": the row has 7 cells but the header has 6 columns: a decimal comma …'
 */
export function extraCellsWarning(file: string, row: number, column: string, cells: number, width: number, delimiter: Delimiter): TableWarning {
  const warning = { code: 'extra-cells', cells, width, delimiter, file, row } as const;
  return column === '' ? warning : { ...warning, column };
}

/**
 * Text typed in a legacy Vietnamese font (TCVN3 or VNI) was converted to Unicode.
 *
 * @example
 * legacyFontWarning('bao-cao.docx', 'tcvn3').code; // 'legacy-font'
 */
export function legacyFontWarning(file: string, font: LegacyFont): TableWarning {
  return { code: 'legacy-font', font, file };
}

/**
 * The table prints comparison indices only, with no values of the periods compared (a CPI table).
 *
 * @example
 * indicesOnlyWarning('cpi.csv', 2).code; // 'indices-only'
 */
export function indicesOnlyWarning(file: string, headerRow: number): TableWarning {
  return { code: 'indices-only', file, row: headerRow };
}
