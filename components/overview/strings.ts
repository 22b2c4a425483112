import type { Lang } from '@/lib/i18n/lang';

export interface OverviewStrings {
  readonly pageTitle: string;
  readonly eyebrow: string;
  readonly issuer: string;
  readonly date: string;
  readonly place: string;
  readonly notes: string;
  readonly keyIndicators: string;
  readonly keyIndicatorsIntro: string;
  readonly latest: string;
  readonly since: (year: number) => string;
  readonly points: string;
  readonly readAs: (value: string) => string;
  readonly noChange: string;
  readonly claimsChecked: (n: number) => string;
  readonly moreClaims: (n: number) => string;
  readonly noClaims: string;
  readonly warnings: (n: number) => string;
  readonly seriesData: string;
  readonly year: string;
  readonly value: string;
  readonly sparklineLabel: (name: string, unit: string, values: string) => string;
  readonly openIndicator: string;
  readonly summaryTitle: string;
  readonly summaryIntro: (total: number) => string;
  readonly summaryChartLabel: (parts: string) => string;
  readonly summaryListLabel: string;
  readonly summaryCount: string;
  readonly verdictColumn: string;
  readonly seeAll: string;
  readonly problemsLead: (n: number) => string;
  readonly tablesTitle: string;
  readonly tableRows: (n: number) => string;
  readonly tableYears: string;
  readonly tableVerdicts: string;
  readonly tableNoClaims: string;
  readonly noData: string;
}

export const OVERVIEW_STRINGS: Readonly<Record<Lang, OverviewStrings>> = {
  vi: {
    pageTitle: 'Tổng quan',
    eyebrow: 'Tài liệu được soát',
    issuer: 'Cơ quan ban hành',
    date: 'Năm ban hành',
    place: 'Địa phương',
    notes: 'Ghi chú về nguồn số liệu',
    keyIndicators: 'Chỉ tiêu chủ yếu',
    keyIndicatorsIntro: 'Giá trị mới nhất như tài liệu in, mức thay đổi so với năm sớm nhất và kết quả kiểm tra nhận định.',
    latest: 'Mới nhất',
    since: (year: number) => `So với ${year}`,
    points: 'điểm %',
    readAs: (value: string) => `đọc là ${value}`,
    noChange: 'Chỉ có số liệu một năm',
    claimsChecked: (n: number) => (n === 1 ? '1 nhận định được kiểm tra' : `${n} nhận định được kiểm tra`),
    moreClaims: (n: number) => `và ${n} nhận định khác →`,
    noClaims: 'Tài liệu không có nhận định tăng trưởng cho chỉ tiêu này',
    warnings: (n: number) => `${n} cảnh báo dữ liệu`,
    seriesData: 'Số liệu của biểu đồ',
    year: 'Năm',
    value: 'Giá trị (như in)',
    sparklineLabel: (name: string, unit: string, values: string) => `Diễn biến ${name} (${unit}): ${values}`,
    openIndicator: 'Xem chỉ tiêu',
    summaryTitle: 'Kết quả kiểm tra',
    summaryIntro: (total: number) => `${total} nhận định tăng trưởng trong tài liệu đã được tính lại từ số liệu in.`,
    summaryChartLabel: (parts: string) => `Số nhận định theo kết quả kiểm tra, kém nhất trước: ${parts}`,
    summaryListLabel: 'Xem danh sách theo kết quả',
    summaryCount: 'Số nhận định',
    verdictColumn: 'Kết quả',
    seeAll: 'Xem toàn bộ báo cáo kiểm tra',
    problemsLead: (n: number) => (n === 0 ? 'Không có nhận định sai.' : `${n} nhận định cần xem lại.`),
    tablesTitle: 'Các bảng số liệu',
    tableRows: (n: number) => `${n} dòng`,
    tableYears: 'Năm',
    tableVerdicts: 'Kết quả kiểm tra',
    tableNoClaims: 'Không có nhận định',
    noData: 'Chưa có bộ số liệu.',
  },
  en: {
    pageTitle: 'Overview',
    eyebrow: 'Document under review',
    issuer: 'Issued by',
    date: 'Year',
    place: 'Place',
    notes: 'Notes on the source',
    keyIndicators: 'Key indicators',
    keyIndicatorsIntro: 'Latest value as printed, change since the earliest year, and the result of checking the claims.',
    latest: 'Latest',
    since: (year: number) => `Since ${year}`,
    points: 'pp',
    readAs: (value: string) => `read as ${value}`,
    noChange: 'Only one year of data',
    claimsChecked: (n: number) => (n === 1 ? '1 claim checked' : `${n} claims checked`),
    moreClaims: (n: number) => (n === 1 ? 'and 1 more claim →' : `and ${n} more claims →`),
    noClaims: 'The document makes no growth claim about this indicator',
    warnings: (n: number) => (n === 1 ? '1 data warning' : `${n} data warnings`),
    seriesData: 'Chart data',
    year: 'Year',
    value: 'Value (as printed)',
    sparklineLabel: (name: string, unit: string, values: string) => `${name} (${unit}) over time: ${values}`,
    openIndicator: 'Open indicator',
    summaryTitle: 'Verification results',
    summaryIntro: (total: number) => `${total} growth claims in the document were recomputed from the printed values.`,
    summaryChartLabel: (parts: string) => `Claims by verification result, worst first: ${parts}`,
    summaryListLabel: 'Open the list for a result',
    summaryCount: 'Claims',
    verdictColumn: 'Result',
    seeAll: 'Open the full verification report',
    problemsLead: (n: number) => (n === 0 ? 'No claim is wrong.' : `${n} claims need another look.`),
    tablesTitle: 'Report tables',
    tableRows: (n: number) => (n === 1 ? '1 row' : `${n} rows`),
    tableYears: 'Years',
    tableVerdicts: 'Verification',
    tableNoClaims: 'No claims',
    noData: 'No dataset yet.',
  },
};

