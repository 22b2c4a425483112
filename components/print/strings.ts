import type { Lang } from '@/lib/verify/labels';

export interface PrintStrings {
  readonly pageTitle: string;
  readonly eyebrow: string;
  readonly document: string;
  readonly issuer: string;
  readonly documentDate: string;
  readonly checked: string;
  readonly filters: string;
  readonly allClaims: string;
  readonly filterVerdict: string;
  readonly filterTable: string;
  readonly filterIndicator: string;
  readonly summaryTitle: string;
  readonly summaryIntro: (n: number, problems: number) => string;
  readonly summaryChartLabel: (parts: string) => string;
  readonly verdictCol: string;
  readonly codeCol: string;
  readonly countCol: string;
  readonly chartsTitle: string;
  readonly chartsIntro: string;
  readonly findingsTitle: string;
  readonly findingsCaption: string;
  readonly colNo: string;
  readonly colVerdict: string;
  readonly colIndicator: string;
  readonly colClaim: string;
  readonly colComputed: string;
  readonly colMessage: string;
  readonly expected: string;
  readonly source: string;
  readonly rowOf: (table: string, row: number) => string;
  readonly none: string;
  readonly print: string;
  readonly preparing: string;
  readonly back: string;
  readonly hint: string;
  readonly footer: string;
}

export const PRINT_STRINGS: Readonly<Record<Lang, PrintStrings>> = {
  vi: {
    pageTitle: 'Báo cáo kiểm tra số liệu',
    eyebrow: 'Báo cáo kiểm tra số liệu tăng trưởng',
    document: 'Tài liệu',
    issuer: 'Cơ quan ban hành',
    documentDate: 'Ngày tài liệu',
    checked: 'Ngày kiểm tra',
    filters: 'Phạm vi',
    allClaims: 'Tất cả nhận định trong tài liệu',
    filterVerdict: 'kết quả',
    filterTable: 'bảng',
    filterIndicator: 'chỉ tiêu',
    summaryTitle: 'Tóm tắt theo kết quả',
    summaryIntro: (n: number, problems: number) =>
      `${n} nhận định đã được tính lại từ số liệu in; ${problems} nhận định sai chiều hoặc không khớp.`,
    summaryChartLabel: (parts: string) => `Biểu đồ số nhận định theo kết quả: ${parts}`,
    verdictCol: 'Kết quả',
    codeCol: 'Mã',
    countCol: 'Số nhận định',
    chartsTitle: 'Biểu đồ so sánh số in và số tính lại',
    chartsIntro: 'Mỗi bảng có nhận định sai chiều hoặc không khớp: số in trong báo cáo (hình thoi) và số tính lại (hình tròn).',
    findingsTitle: 'Danh sách nhận định',
    findingsCaption: 'Các nhận định, kết quả kém nhất trước',
    colNo: 'TT',
    colVerdict: 'Kết quả',
    colIndicator: 'Chỉ tiêu, số liệu in',
    colClaim: 'Nhận định in',
    colComputed: 'Tính lại',
    colMessage: 'Phép tính, ghi chú',
    expected: 'Nên in là',
    source: 'Nguồn',
    rowOf: (table: string, row: number) => `${table}, dòng ${row}`,
    none: 'Không có nhận định nào trong phạm vi này.',
    print: 'In báo cáo / Lưu PDF',
    preparing: 'Đang chuẩn bị biểu đồ…',
    back: '← Về trang kiểm tra',
    hint: 'Khổ A4. Trong hộp thoại in, chọn “Lưu dưới dạng PDF” để lưu tệp.',
    footer: 'Kiểm tra bằng soát số: mọi phép tính lấy từ chính số liệu in trong tài liệu.',
  },
  en: {
    pageTitle: 'Verification report',
    eyebrow: 'Growth figures verification report',
    document: 'Document',
    issuer: 'Issuer',
    documentDate: 'Document date',
    checked: 'Checked on',
    filters: 'Scope',
    allClaims: 'Every claim in the document',
    filterVerdict: 'result',
    filterTable: 'table',
    filterIndicator: 'indicator',
    summaryTitle: 'Summary by result',
    summaryIntro: (n: number, problems: number) =>
      `${n} claims recomputed from the printed values; ${problems} have the wrong direction or do not match.`,
    summaryChartLabel: (parts: string) => `Chart of claims by result: ${parts}`,
    verdictCol: 'Result',
    codeCol: 'Code',
    countCol: 'Claims',
    chartsTitle: 'Printed versus recomputed figures',
    chartsIntro: 'Each table with a wrong-direction or mismatching claim: the printed figure (diamond) and the recomputed one (circle).',
    findingsTitle: 'Claims',
    findingsCaption: 'The claims, worst results first',
    colNo: 'No.',
    colVerdict: 'Result',
    colIndicator: 'Indicator, printed values',
    colClaim: 'Printed claim',
    colComputed: 'Recomputed',
    colMessage: 'Arithmetic, notes',
    expected: 'Should read',
    source: 'Source',
    rowOf: (table: string, row: number) => `${table}, row ${row}`,
    none: 'No claim in this scope.',
    print: 'Print / Save as PDF',
    preparing: 'Preparing the charts…',
    back: '← Back to the report',
    hint: 'A4 paper. In the print dialog choose “Save as PDF” to keep a file.',
    footer: 'Checked with soát số: every figure is recomputed from the values the document prints.',
  },
};
