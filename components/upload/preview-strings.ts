import type { Lang } from '@/lib/i18n/lang';
import type { ColumnRole } from '@/lib/tables/types';

/** Text of the "Đã nhận ra" preview on /tai-len, in both languages. */
export interface PreviewStrings {
  readonly previewButton: string;
  readonly previewing: string;
  readonly title: (table: string) => string;
  readonly intro: string;
  readonly headerRows: (rows: string) => string;
  readonly years: (years: string) => string;
  readonly estimate: string;
  readonly noYears: string;
  readonly yearsAcross: string;
  readonly yearsDown: string;
  readonly numberStyle: (style: 'vi' | 'en') => string;
  readonly compare: (to: number, from: number) => string;
  readonly rowCount: (rows: number, sections: number) => string;
  readonly notes: string;
  readonly legacyFont: (font: 'tcvn3' | 'vni') => string;
  readonly uncomputable: (n: number, of: number) => string;
  readonly fewYears: string;
  readonly columnsTitle: string;
  readonly columnsHint: string;
  readonly roleOf: (header: string) => string;
  readonly unnamedColumn: (n: number) => string;
  readonly group: (label: string) => string;
  readonly roles: Readonly<Record<ColumnRole, string>>;
  readonly rowsTitle: string;
  readonly line: string;
  readonly indicator: string;
  readonly unit: string;
  readonly plan: string;
  readonly claim: string;
  readonly verdict: string;
  readonly corrected: (n: number) => string;
  readonly reused: (dataset: string, columns: number, headerRows: string | null) => string;
  readonly headerTitle: string;
  readonly headerHint: string;
  readonly headerFrom: string;
  readonly headerTo: string;
  readonly headerApply: string;
  readonly headerLinesCaption: string;
  readonly headerMark: string;
  readonly headerChosen: string;
  readonly headerInvalid: (max: number) => string;
  readonly headerCorrected: (tables: number) => string;
  readonly undoReused: string;
  readonly skippedTitle: string;
  readonly submitChecked: string;
  readonly template: string;
}

export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewStrings>> = {
  vi: {
    previewButton: 'Xem trước những gì đã nhận ra',
    previewing: 'Đang đọc tệp…',
    title: (table) => `Đã nhận ra: ${table}`,
    intro: 'Chưa có gì được lưu. Hãy xem lại cách đọc bảng; nếu một cột bị nhận sai, chọn lại vai trò của nó rồi kiểm tra.',
    headerRows: (rows) => `Dòng tiêu đề: ${rows}`,
    years: (years) => `Năm: ${years}`,
    estimate: 'ước',
    noYears: 'Không nhận ra cột năm nào',
    yearsAcross: 'Năm theo cột',
    yearsDown: 'Năm theo dòng (kiểu niên giám)',
    numberStyle: (style) => (style === 'vi' ? 'Số viết kiểu Việt Nam (1.234,5)' : 'Số viết kiểu tiếng Anh (1,234.5)'),
    compare: (to, from) => `Cột so sánh: năm ${to} với năm ${from}`,
    rowCount: (rows, sections) => `${rows} dòng số liệu${sections > 0 ? `, ${sections} dòng mục` : ''}`,
    notes: 'Ghi chú và nguồn dưới bảng',
    legacyFont: (font) => `Văn bản gõ bằng phông ${font === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'}, đã chuyển sang Unicode`,
    uncomputable: (n, of) => `Chưa chắc chắn: ${n} trên ${of} nhận định không tính được. Hãy xem cột năm và cột so sánh đã đúng chưa.`,
    fewYears: 'Chưa chắc chắn: chỉ nhận ra một năm, nên không có gì để so sánh. Hãy chọn vai trò "Năm" cho các cột số liệu theo năm.',
    columnsTitle: 'Vai trò của từng cột',
    columnsHint: 'Đổi vai trò một cột thì bảng được đọc lại ngay.',
    roleOf: (header) => `Vai trò của cột “${header}”`,
    unnamedColumn: (n) => `cột thứ ${n} (không tiêu đề)`,
    group: (label) => `nhóm “${label}”`,
    roles: {
      stt: 'Số thứ tự',
      indicator: 'Chỉ tiêu',
      unit: 'Đơn vị tính',
      year: 'Năm (số liệu)',
      estimate: 'Ước tính',
      plan: 'Kế hoạch',
      claim: 'Nhận định so sánh',
      index: 'Chỉ số (%)',
      note: 'Ghi chú, nguồn',
      other: 'Khác (không dùng)',
    },
    rowsTitle: 'Các dòng đầu như đã đọc',
    line: 'Dòng',
    indicator: 'Chỉ tiêu',
    unit: 'ĐVT',
    plan: 'Kế hoạch',
    claim: 'Nhận định',
    verdict: 'Kết quả',
    corrected: (n) => `Đã sửa vai trò ${n} cột; sửa đổi được lưu cùng bộ dữ liệu.`,
    reused: (dataset, columns, headerRows) =>
      headerRows === null
        ? `Đã áp dụng sửa đổi đã lưu (vai trò ${columns} cột) từ bộ dữ liệu “${dataset}”, vì dòng tiêu đề đọc giống nhau.`
        : `Đã áp dụng sửa đổi đã lưu (dòng tiêu đề ${headerRows}, vai trò ${columns} cột) từ bộ dữ liệu “${dataset}”, vì các dòng tiêu đề đã chọn đọc giống nhau.`,
    headerTitle: 'Dòng tiêu đề',
    headerHint: 'Nếu tiêu đề cột bị đọc thiếu hoặc thừa dòng, chọn lại dòng đầu và dòng cuối của tiêu đề (số dòng như trong Excel), rồi đọc lại.',
    headerFrom: 'Dòng tiêu đề: từ dòng',
    headerTo: 'đến dòng',
    headerApply: 'Đọc lại với các dòng này',
    headerLinesCaption: 'Các dòng quanh tiêu đề, như trong tệp',
    headerMark: 'tiêu đề',
    headerChosen: 'do bạn chọn',
    headerInvalid: (max) => `Cần hai số dòng nguyên từ 1, dòng đầu không lớn hơn dòng cuối, tối đa ${max} dòng.`,
    headerCorrected: (tables) => `Đã chọn lại dòng tiêu đề của ${tables} bảng; sửa đổi được lưu cùng bộ dữ liệu.`,
    undoReused: 'Bỏ sửa đổi đã lưu',
    skippedTitle: 'Trang tính không có bảng số liệu (bỏ qua)',
    submitChecked: 'Kiểm tra và lưu',
    template: 'Tải mẫu bảng',
  },
  en: {
    previewButton: 'Preview what was recognised',
    previewing: 'Reading the file…',
    title: (table) => `Recognised: ${table}`,
    intro: 'Nothing has been saved yet. Look at how the table was read; if a column was misread, choose its role again, then check.',
    headerRows: (rows) => `Header rows: ${rows}`,
    years: (years) => `Years: ${years}`,
    estimate: 'estimate',
    noYears: 'No year column recognised',
    yearsAcross: 'Years across the columns',
    yearsDown: 'Years down the rows (yearbook style)',
    numberStyle: (style) => (style === 'vi' ? 'Vietnamese-style numbers (1.234,5)' : 'English-style numbers (1,234.5)'),
    compare: (to, from) => `Comparison column: year ${to} with year ${from}`,
    rowCount: (rows, sections) => `${rows} data rows${sections > 0 ? `, ${sections} section rows` : ''}`,
    notes: 'Notes and sources under the table',
    legacyFont: (font) => `Typed in the ${font === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} font, converted to Unicode`,
    uncomputable: (n, of) => `Not sure: ${n} of ${of} claims cannot be computed. Check that the year and comparison columns are right.`,
    fewYears: 'Not sure: only one year was recognised, so there is nothing to compare. Give the "Year" role to the columns of values by year.',
    columnsTitle: 'Role of each column',
    columnsHint: 'Changing a column role reads the table again at once.',
    roleOf: (header) => `Role of column “${header}”`,
    unnamedColumn: (n) => `column ${n} (no header)`,
    group: (label) => `group “${label}”`,
    roles: {
      stt: 'Row number',
      indicator: 'Indicator',
      unit: 'Unit',
      year: 'Year (values)',
      estimate: 'Estimate',
      plan: 'Plan',
      claim: 'Comparison claim',
      index: 'Index (%)',
      note: 'Note, source',
      other: 'Other (not used)',
    },
    rowsTitle: 'The first rows as read',
    line: 'Row',
    indicator: 'Indicator',
    unit: 'Unit',
    plan: 'Plan',
    claim: 'Claim',
    verdict: 'Result',
    corrected: (n) => `${n} column roles corrected; the corrections are saved with the dataset.`,
    reused: (dataset, columns, headerRows) =>
      headerRows === null
        ? `A saved correction (the roles of ${columns} columns) from the dataset “${dataset}” was applied, because the header rows read the same.`
        : `A saved correction (header rows ${headerRows}, the roles of ${columns} columns) from the dataset “${dataset}” was applied, because the chosen header rows read the same.`,
    headerTitle: 'Header rows',
    headerHint: 'If the column headers were read with a row too few or too many, choose the first and last header rows again (row numbers as in Excel), then read again.',
    headerFrom: 'Header rows: from row',
    headerTo: 'to row',
    headerApply: 'Read again with these rows',
    headerLinesCaption: 'The rows around the header, as in the file',
    headerMark: 'header',
    headerChosen: 'chosen by you',
    headerInvalid: (max) => `Two whole row numbers from 1 are needed, the first not after the last, at most ${max} rows.`,
    headerCorrected: (tables) => `Header rows chosen again for ${tables} table(s); the correction is saved with the dataset.`,
    undoReused: 'Undo the saved correction',
    skippedTitle: 'Sheets without a table of figures (skipped)',
    submitChecked: 'Check and save',
    template: 'Download the table template',
  },
};
