import type { Lang } from '../i18n/lang';
import type { NumberStyle } from '../numbers/types';
import type { HeaderRowsProblem, LegacyFont, NotTextKind } from './types';

/** The words of every table-reading error and warning; `cell` texts arrive already shortened. */
export interface TableProblemStrings {
  readonly row: (row: string) => string;
  readonly column: (column: string) => string;
  readonly emptyFile: string;
  readonly notText: Readonly<Record<NotTextKind, string>>;
  readonly tooManyBytes: (sizeMb: string, limitMb: string) => string;
  readonly tooManyRows: (limit: string) => string;
  readonly noRows: string;
  readonly noIndicatorColumn: string;
  readonly noYearColumn: string;
  readonly noValueColumn: string;
  readonly unbalancedQuotes: string;
  readonly duplicateYearColumn: (year: number, firstColumn: string) => string;
  readonly badYear: (cell: string) => string;
  readonly missingIndicator: string;
  readonly badHeaderRows: Readonly<Record<HeaderRowsProblem, string>>;
  readonly notANumber: (cell: string) => string;
  readonly mixedMarks: (cell: string) => string;
  readonly dottedDecimal: (cell: string, read: string) => string;
  readonly mixedNumberStyle: (style: NumberStyle) => string;
  readonly extraCells: (cells: number, width: number) => string;
  /** A row with more cells than the header in a file whose delimiter no decimal comma splits (`;`, a tab). */
  readonly strayCell: (cells: number, width: number) => string;
  readonly legacyFont: (font: LegacyFont) => string;
  readonly indicesOnly: string;
  readonly yearFromTitle: (year: number) => string;
  /** A comparison column of a one-year table read as the index of the measure it names, on `from` (unprinted). */
  readonly measureIndex: (column: string, measure: string, from: number | null) => string;
}

const FONT_NAMES: Readonly<Record<LegacyFont, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

export const TABLE_PROBLEM_STRINGS: Readonly<Record<Lang, TableProblemStrings>> = {
  vi: {
    row: (row) => `dòng ${row}`,
    column: (column) => `cột "${column}"`,
    emptyFile: 'tệp rỗng, không có dữ liệu nào.',
    notText: {
      pdf: 'đây là tệp PDF, không phải bảng CSV. Hãy mở bảng gốc trong Excel và lưu dưới dạng CSV.',
      zip: 'đây là tệp Excel (.xlsx, dạng nén zip), không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel, hoặc tải tệp lên bằng chức năng tải tệp XLSX.',
      xls: 'đây là tệp Excel đời cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)" hoặc CSV, rồi tải lên lại.',
      'spreadsheet-xml': 'đây là bảng tính Excel dạng XML, không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel.',
      'spreadsheet-html':
        'đây là bảng tính Excel dạng trang web (HTML), không phải CSV. Hãy dùng "Lưu thành… CSV" trong Excel.',
      binary: 'tệp chứa dữ liệu nhị phân, không phải văn bản. Hãy lưu bảng dưới dạng CSV.',
    },
    tooManyBytes: (size, limit) => `tệp quá lớn (${size} MB); giới hạn là ${limit} MB.`,
    tooManyRows: (limit) => `bảng có hơn ${limit} dòng số liệu, vượt giới hạn. Hãy chia bảng thành nhiều tệp.`,
    noRows: 'có dòng tiêu đề cột nhưng không có dòng số liệu nào.',
    noIndicatorColumn:
      'không tìm thấy cột chỉ tiêu. Dòng tiêu đề cột cần có một cột tên "Chỉ tiêu", "Tên chỉ tiêu" hoặc "Indicator".',
    noYearColumn: 'không có cột năm. Hãy đặt tên cột số liệu theo năm, ví dụ "Năm 2009", "2022" hoặc "Year 2022"; bảng theo tháng ghi cả năm, ví dụ "Tháng 1/2019".',
    noValueColumn:
      'không có cột giá trị. Bảng dạng chuỗi cần các cột "chỉ tiêu", "năm" và "giá trị" (hoặc "indicator", "year", "value").',
    unbalancedQuotes:
      'dấu ngoặc kép (") không cân đối: một ô mở ngoặc kép nhưng không đóng đúng chỗ. Hãy kiểm tra ô này và lưu lại tệp từ Excel.',
    duplicateYearColumn: (year, first) => `trùng năm ${year} với cột "${first}"; mỗi năm chỉ được có một cột.`,
    badYear: (cell) => `"${cell}" không phải là năm (cần 4 chữ số, ví dụ 2022).`,
    missingIndicator: 'thiếu tên chỉ tiêu.',
    badHeaderRows: {
      order: 'dòng tiêu đề đã chọn không hợp lệ: cần hai số dòng nguyên, dòng đầu không lớn hơn dòng cuối.',
      'too-many': 'chọn quá nhiều dòng tiêu đề: một bảng có tối đa 6 dòng tiêu đề.',
      'beyond-table': 'dòng tiêu đề đã chọn nằm ngoài bảng (sau dòng cuối của tệp).',
      'before-table': 'dòng tiêu đề đã chọn nằm phía trên bảng này (thuộc bảng trước).',
      'inside-cell': 'dòng tiêu đề đã chọn nằm giữa một ô nhiều dòng, không phải đầu một dòng của bảng.',
      empty: 'các dòng tiêu đề đã chọn đều trống.',
    },
    notANumber: (cell) => `"${cell}" không phải là số`,
    mixedMarks: (cell) => `"${cell}" có cả dấu chấm và dấu phẩy; đã lấy dấu viết sau cùng làm dấu thập phân.`,
    dottedDecimal: (cell, read) => `"${cell}" dùng dấu chấm cho cả hàng nghìn và phần thập phân; đã đọc là ${read}. Hãy kiểm tra lại ô này.`,
    mixedNumberStyle: (style) =>
      `các ô số viết lẫn kiểu Việt Nam (1.234,5) và kiểu tiếng Anh (1,234.5); đã đọc cả tệp theo ${
        style === 'vi' ? 'kiểu Việt Nam (1.234,5: dấu phẩy là dấu thập phân)' : 'kiểu tiếng Anh (1,234.5: dấu chấm là dấu thập phân)'
      }. Hãy kiểm tra lại các ô số.`,
    extraCells: (cells, width) =>
      `dòng có ${cells} ô nhưng dòng tiêu đề chỉ có ${width} cột: có thể một số thập phân có dấu phẩy không nằm trong ngoặc kép (như "Tăng 2,79 lần" bị tách thành "Tăng 2" và "79 lần"). Nhận định của dòng này không được kiểm tra. Hãy lưu lại tệp với dấu chấm phẩy (;) làm dấu phân cách, hoặc đặt ô đó trong ngoặc kép.`,
    strayCell: (cells, width) =>
      `dòng có ${cells} ô nhưng dòng tiêu đề chỉ có ${width} cột: có một ô thừa (thường là một ô trống), nên các số của dòng có thể bị lệch sang cột bên cạnh. Nhận định của dòng (nếu có) không được kiểm tra. Hãy xóa ô thừa rồi tải lại tệp.`,
    legacyFont: (font) => `văn bản gõ bằng phông ${FONT_NAMES[font]} đã được chuyển sang Unicode.`,
    indicesOnly:
      'bảng chỉ in các chỉ số so sánh, không in số liệu của các kỳ được so sánh: các chỉ số được đọc và hiển thị nhưng không tính lại được. Hãy thêm cột số liệu của từng kỳ (ví dụ "Tháng 3/2022", "Tháng 3/2023") nếu muốn kiểm tra.',
    yearFromTitle: (year) =>
      `bảng không có cột năm; các cột là các chỉ tiêu của một năm, năm ${year} lấy từ tiêu đề bảng. Mỗi chỉ tiêu được đọc thành một bảng riêng với một cột năm ${year}.`,
    measureIndex: (column, measure, from) =>
      `Cột "${column}" được đọc là chỉ số (%) của "${measure}" so với ${from === null ? 'kỳ gốc' : `năm ${from}`}; số liệu kỳ gốc không in trong bảng, nên mỗi chỉ số cho ra giá trị kỳ gốc suy ra.`,
  },
  en: {
    row: (row) => `row ${row}`,
    column: (column) => `column "${column}"`,
    emptyFile: 'the file is empty; it holds no data.',
    notText: {
      pdf: 'this is a PDF file, not a CSV table. Open the original table in Excel and save it as CSV.',
      zip: 'this is an Excel file (.xlsx, a zip archive), not a CSV. Use "Save As… CSV" in Excel, or upload the file as an XLSX workbook.',
      xls: 'this is an old Excel file (.xls, Excel 97–2003). Open it in Excel and save it as "Excel Workbook (.xlsx)" or CSV, then upload it again.',
      'spreadsheet-xml': 'this is an Excel XML spreadsheet, not a CSV. Use "Save As… CSV" in Excel.',
      'spreadsheet-html': 'this is an Excel spreadsheet saved as a web page (HTML), not a CSV. Use "Save As… CSV" in Excel.',
      binary: 'the file holds binary data, not text. Save the table as CSV.',
    },
    tooManyBytes: (size, limit) => `the file is too large (${size} MB); the limit is ${limit} MB.`,
    tooManyRows: (limit) => `the table has more than ${limit} data rows, over the limit. Split the table into several files.`,
    noRows: 'there is a header row but no data rows under it.',
    noIndicatorColumn: 'no indicator column found. The header row needs a column named "Indicator" (or its Vietnamese name).',
    noYearColumn: 'no year column. Name the value columns by year, for example "2022" or "Year 2022"; a table by month names the year too, for example "Thang 1/2019".',
    noValueColumn: 'no value column. A long series needs the columns "indicator", "year" and "value".',
    unbalancedQuotes:
      'unbalanced double quotes ("): a cell opens a quote that does not close in the right place. Check this cell and save the file again from Excel.',
    duplicateYearColumn: (year, first) => `year ${year} is also the year of column "${first}"; each year may have only one column.`,
    badYear: (cell) => `"${cell}" is not a year (4 digits are needed, for example 2022).`,
    missingIndicator: 'the indicator name is missing.',
    badHeaderRows: {
      order: 'the chosen header rows are not valid: two whole line numbers are needed, the first not after the last.',
      'too-many': 'too many header rows chosen: a table has at most 6 header rows.',
      'beyond-table': 'the chosen header rows lie outside the table (past the last line of the file).',
      'before-table': 'the chosen header rows lie above this table (in the table before it).',
      'inside-cell': 'the chosen header row lies inside a multi-line cell, not at the start of a row of the table.',
      empty: 'the chosen header rows are all empty.',
    },
    notANumber: (cell) => `"${cell}" is not a number`,
    mixedMarks: (cell) => `"${cell}" has both a dot and a comma; the mark written last was read as the decimal mark.`,
    dottedDecimal: (cell, read) => `"${cell}" uses dots for both the thousands and the decimals; it was read as ${read}. Check this cell.`,
    mixedNumberStyle: (style) =>
      `the number cells mix the Vietnamese way (1.234,5) and the English way (1,234.5) of writing numbers; the whole file was read the ${
        style === 'vi' ? 'Vietnamese way (1.234,5: the comma is the decimal mark)' : 'English way (1,234.5: the dot is the decimal mark)'
      }. Check the number cells.`,
    extraCells: (cells, width) =>
      `the row has ${cells} cells but the header has ${width} columns: a decimal comma may be outside quotes (so a cell such as "2,79" was split into "2" and "79"). This row's claim is not checked. Save the file again with semicolons (;) as the delimiter, or put that cell in double quotes.`,
    strayCell: (cells, width) =>
      `the row has ${cells} cells but the header has ${width} columns: a cell too many (usually an empty one) may have shifted the row's numbers into the next column. The row's claim, if any, is not checked. Delete the stray cell and upload the file again.`,
    legacyFont: (font) => `text typed in the ${FONT_NAMES[font]} font was converted to Unicode.`,
    indicesOnly:
      'the table prints only comparison indices, not the values of the periods they compare: the indices are read and shown but cannot be recomputed. Add a column of values for each period (such as "March 2022", "March 2023") to check them.',
    yearFromTitle: (year) =>
      `the table has no year columns; its columns are measures of one year, ${year}, taken from the table's title. Each measure is read as a table of its own with one column for ${year}.`,
    measureIndex: (column, measure, from) =>
      `Column "${column}" is read as the index (%) of "${measure}" on ${from === null ? 'its base period' : from}; the table does not print the base values, so each index gives the base value it implies.`,
  },
};
