import type { NumberStyle } from '../numbers/types';
import type { Location, TableError, TableWarning } from './types';

/**
 * Vietnamese, one-line messages for every TableError and TableWarning code.
 * Each message starts with its location: `bang.csv: dòng 5, cột "Năm 2022": …`.
 */

/** Why a file is not a text table (all give code `not-text`). */
export type NotTextKind = 'pdf' | 'zip' | 'xls' | 'spreadsheet-xml' | 'spreadsheet-html' | 'binary';

/** Why a long-series row is refused (code `bad-series-row`). */
export type BadSeriesProblem = 'bad-year' | 'missing-indicator';

const MAX_SHOWN = 40;

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const megabyteFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A cell's text fit for a one-line message: whitespace collapsed, long text cut. */
function showCell(raw: string): string {
  let out = '';
  let space = false;
  for (const ch of raw.trim()) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00a0') {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out.length > MAX_SHOWN ? `${out.slice(0, MAX_SHOWN)}…` : out;
}

/**
 * The location prefix of a message: file, then `dòng N`, then `cột "X"` when known.
 *
 * @example
 * formatLocation({ file: 'bang.csv', row: 5, column: 'Năm 2022' }); // 'bang.csv: dòng 5, cột "Năm 2022"'
 */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.row !== undefined) parts.push(`dòng ${integerFormat.format(location.row)}`);
  if (location.column !== undefined) parts.push(`cột "${showCell(location.column)}"`);
  return parts.length === 0 ? location.file : `${location.file}: ${parts.join(', ')}`;
}

function makeError(code: TableError['code'], location: Location, text: string): TableError {
  return { ...location, code, message: `${formatLocation(location)}: ${text}` };
}

function makeWarning(code: TableWarning['code'], location: Location, text: string): TableWarning {
  return { ...location, code, message: `${formatLocation(location)}: ${text}` };
}

/**
 * The file holds no data (0 bytes, or only a byte-order mark and blank space).
 *
 * @example
 * emptyFileError('bang.csv').message; // 'bang.csv: tệp rỗng, không có dữ liệu nào.'
 */
export function emptyFileError(file: string): TableError {
  return makeError('empty-file', { file }, 'tệp rỗng, không có dữ liệu nào.');
}

const NOT_TEXT_TEXT: Readonly<Record<NotTextKind, string>> = {
  pdf: 'đây là tệp PDF, không phải bảng CSV. Hãy mở bảng gốc trong Excel và lưu dưới dạng CSV.',
  zip:
    'đây là tệp Excel (.xlsx, dạng nén zip), không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel, hoặc tải tệp lên bằng chức năng tải tệp XLSX.',
  xls: 'đây là tệp Excel đời cũ (.xls), không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel.',
  'spreadsheet-xml':
    'đây là bảng tính Excel dạng XML, không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel.',
  'spreadsheet-html':
    'đây là bảng tính Excel dạng trang web (HTML), không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel.',
  binary: 'tệp chứa dữ liệu nhị phân, không phải văn bản. Hãy lưu bảng dưới dạng CSV.',
};

/**
 * The file is not a text table.
 *
 * @example
 * notTextError('bang.pdf', 'pdf').code; // 'not-text'
 */
export function notTextError(file: string, kind: NotTextKind): TableError {
  return makeError('not-text', { file }, NOT_TEXT_TEXT[kind]);
}

/**
 * The file is over the byte limit.
 *
 * @example
 * tooManyBytesError('bang.csv', 12_500_000, 10_485_760).message; // 'bang.csv: tệp quá lớn (11,9 MB); giới hạn là 10 MB.'
 */
export function tooManyBytesError(file: string, size: number, limit: number): TableError {
  const mb = (n: number): string => megabyteFormat.format(n / (1024 * 1024));
  return makeError('too-large', { file }, `tệp quá lớn (${mb(size)} MB); giới hạn là ${mb(limit)} MB.`);
}

/**
 * The table has more data rows than allowed; `row` is the line of the first row over the limit.
 *
 * @example
 * tooManyRowsError('bang.csv', 100_002, 100_000).code; // 'too-large'
 */
export function tooManyRowsError(file: string, row: number, limit: number): TableError {
  return makeError(
    'too-large',
    { file, row },
    `bảng có hơn ${integerFormat.format(limit)} dòng số liệu, vượt giới hạn. Hãy chia bảng thành nhiều tệp.`,
  );
}

/**
 * A header row and nothing under it.
 *
 * @example
 * noRowsError('bang.csv', 1).message; // 'bang.csv: dòng 1: có dòng tiêu đề cột nhưng không có dòng số liệu nào.'
 */
export function noRowsError(file: string, headerRow: number): TableError {
  return makeError('no-rows', { file, row: headerRow }, 'có dòng tiêu đề cột nhưng không có dòng số liệu nào.');
}

/**
 * No row names an indicator column. `row` is given when a likely header row was seen.
 *
 * @example
 * noIndicatorColumnError('bang.csv').code; // 'no-indicator-column'
 */
export function noIndicatorColumnError(file: string, row?: number): TableError {
  const location: Location = row === undefined ? { file } : { file, row };
  return makeError(
    'no-indicator-column',
    location,
    'không tìm thấy cột chỉ tiêu. Dòng tiêu đề cột cần có một cột tên "Chỉ tiêu", "Tên chỉ tiêu" hoặc "Indicator".',
  );
}

/**
 * The header names no year column.
 *
 * @example
 * noYearColumnError('bang.csv', 1).code; // 'no-year-column'
 */
export function noYearColumnError(file: string, headerRow: number): TableError {
  return makeError(
    'no-year-column',
    { file, row: headerRow },
    'không có cột năm. Hãy đặt tên cột số liệu theo năm, ví dụ "Năm 2009", "2022" hoặc "Year 2022".',
  );
}

/**
 * A long series without a value column.
 *
 * @example
 * noValueColumnError('chuoi.csv', 1).code; // 'no-value-column'
 */
export function noValueColumnError(file: string, headerRow: number): TableError {
  return makeError(
    'no-value-column',
    { file, row: headerRow },
    'không có cột giá trị. Bảng dạng chuỗi cần các cột "chỉ tiêu", "năm" và "giá trị" (hoặc "indicator", "year", "value").',
  );
}

/**
 * A quoted cell opens and never closes (or closes badly).
 *
 * @example
 * unbalancedQuotesError('bang.csv', 7).message; // 'bang.csv: dòng 7: dấu ngoặc kép (") không cân đối: …'
 */
export function unbalancedQuotesError(file: string, row: number): TableError {
  return makeError(
    'unbalanced-quotes',
    { file, row },
    'dấu ngoặc kép (") không cân đối: một ô mở ngoặc kép nhưng không đóng đúng chỗ. Hãy kiểm tra ô này và lưu lại tệp từ Excel.',
  );
}

/**
 * Two columns carry the same year; `column` is the second one.
 *
 * @example
 * duplicateYearColumnError('bang.csv', 1, 2022, 'Năm 2022', '2022').message;
 * // 'bang.csv: dòng 1, cột "2022": trùng năm 2022 với cột "Năm 2022"; mỗi năm chỉ được có một cột.'
 */
export function duplicateYearColumnError(
  file: string,
  headerRow: number,
  year: number,
  firstColumn: string,
  secondColumn: string,
): TableError {
  return makeError(
    'duplicate-year-column',
    { file, row: headerRow, column: secondColumn },
    `trùng năm ${year} với cột "${showCell(firstColumn)}"; mỗi năm chỉ được có một cột.`,
  );
}

/**
 * A long-series row with a bad year or no indicator.
 *
 * @example
 * badSeriesRowError('chuoi.csv', 5, 'year', 'bad-year', '20x2').message;
 * // 'chuoi.csv: dòng 5, cột "year": "20x2" không phải là năm (cần 4 chữ số, ví dụ 2022).'
 */
export function badSeriesRowError(
  file: string,
  row: number,
  column: string,
  problem: BadSeriesProblem,
  raw: string,
): TableError {
  const text =
    problem === 'bad-year'
      ? `"${showCell(raw)}" không phải là năm (cần 4 chữ số, ví dụ 2022).`
      : 'thiếu tên chỉ tiêu.';
  return makeError('bad-series-row', { file, row, column }, text);
}

/**
 * A value cell that is not a number (the row is kept).
 *
 * @example
 * notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc').message; // 'bang.csv: dòng 5, cột "Năm 2022": "abc" không phải là số'
 */
export function notANumberWarning(file: string, row: number, column: string, raw: string): TableWarning {
  return makeWarning('not-a-number', { file, row, column }, `"${showCell(raw)}" không phải là số`);
}

/**
 * A value cell written with both `.` and `,`; the last mark was read as the decimal mark.
 *
 * @example
 * mixedMarksWarning('bang.csv', 5, 'Năm 2022', '1,234.56').code; // 'mixed-marks'
 */
export function mixedMarksWarning(file: string, row: number, column: string, raw: string): TableWarning {
  return makeWarning(
    'mixed-marks',
    { file, row, column },
    `"${showCell(raw)}" có cả dấu chấm và dấu phẩy; đã lấy dấu viết sau cùng làm dấu thập phân.`,
  );
}

/**
 * The file's value cells mix the Vietnamese and the English way of writing numbers.
 *
 * @example
 * mixedNumberStyleWarning('bang.csv', 'vi').code; // 'mixed-number-style'
 */
export function mixedNumberStyleWarning(file: string, style: NumberStyle): TableWarning {
  const chosen =
    style === 'vi' ? 'kiểu Việt Nam (1.234,5: dấu phẩy là dấu thập phân)' : 'kiểu tiếng Anh (1,234.5: dấu chấm là dấu thập phân)';
  return makeWarning(
    'mixed-number-style',
    { file },
    `các ô số viết lẫn kiểu Việt Nam (1.234,5) và kiểu tiếng Anh (1,234.5); đã đọc cả tệp theo ${chosen}. Hãy kiểm tra lại các ô số.`,
  );
}
