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
  readonly codeColumn: string;
  readonly seeAll: string;
  readonly problemsLead: (n: number) => string;
  readonly tablesTitle: string;
  readonly tableRows: (n: number) => string;
  readonly tableYears: string;
  readonly tableVerdicts: string;
  readonly tableNoClaims: string;
  readonly noData: string;
  /** The list of claims to review at the top of the overview. */
  readonly review: {
    readonly title: string;
    readonly intro: (n: number) => string;
    readonly others: (n: number) => string;
    readonly rowLink: string;
    readonly wrongDirection: (from: string, to: string, years: string, fell: boolean) => string;
    readonly wrongDirectionBare: string;
    readonly mismatch: (figure: string, expected: string) => string;
    readonly matchPoints: (figure: string, expected: string) => string;
    readonly matchTruncated: (figure: string, expected: string) => string;
    readonly implied: (year: number | null, value: string) => string;
    readonly notComputable: string;
    readonly unparsed: string;
  };
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
    codeColumn: 'Mã',
    seeAll: 'Xem toàn bộ báo cáo kiểm tra',
    problemsLead: (n: number) => (n === 0 ? 'Không có nhận định sai.' : `${n} nhận định sai chiều hoặc không khớp.`),
    tablesTitle: 'Các bảng số liệu',
    tableRows: (n: number) => `${n} dòng`,
    tableYears: 'Năm',
    tableVerdicts: 'Kết quả kiểm tra',
    tableNoClaims: 'Không có nhận định',
    noData: 'Chưa có bộ số liệu.',
    review: {
      title: 'Cần xem lại',
      intro: (n: number) => (n === 0 ? 'Mọi nhận định đều khớp với số liệu in.' : `${n} nhận định sai hoặc chỉ đúng theo cách hiểu khác, kém nhất trước:`),
      others: (n: number) => `${n} nhận định khác cần bổ sung số liệu hoặc đọc lại`,
      rowLink: 'Xem dòng trong bảng',
      wrongDirection: (from: string, to: string, years: string, fell: boolean) =>
        `Số liệu ${from} → ${to} (${years}) ${fell ? 'giảm' : 'tăng'}, ngược chiều nhận định.`,
      wrongDirectionBare: 'Số liệu đi ngược chiều nhận định.',
      mismatch: (figure: string, expected: string) => `Tính lại được ${figure}; lẽ ra in “${expected}”.`,
      matchPoints: (figure: string, expected: string) => `Chỉ đúng nếu hiểu là hiệu số (${figure}); nên in “${expected}”.`,
      matchTruncated: (figure: string, expected: string) => `Chỉ khớp khi cắt bỏ số lẻ (tính lại ${figure}); làm tròn đúng là “${expected}”.`,
      implied: (year: number | null, value: string) =>
        year === null ? `Tài liệu không in kế hoạch; nhận định ngụ ý kế hoạch ≈ ${value}.` : `Tài liệu không in giá trị năm ${year}; nhận định ngụ ý ≈ ${value}.`,
      notComputable: 'Thiếu số liệu hoặc số liệu không dương nên không tính lại được.',
      unparsed: 'Không đọc được nhận định; cần kiểm tra bằng tay.',
    },
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
    codeColumn: 'Code',
    seeAll: 'Open the full verification report',
    problemsLead: (n: number) => (n === 0 ? 'No claim is wrong.' : n === 1 ? '1 claim has the wrong direction or does not match.' : `${n} claims have the wrong direction or do not match.`),
    tablesTitle: 'Report tables',
    tableRows: (n: number) => (n === 1 ? '1 row' : `${n} rows`),
    tableYears: 'Years',
    tableVerdicts: 'Verification',
    tableNoClaims: 'No claims',
    noData: 'No dataset yet.',
    review: {
      title: 'To review',
      intro: (n: number) => (n === 0 ? 'Every claim matches the printed values.' : `${n} claims are wrong or right only under another reading, worst first:`),
      others: (n: number) => (n === 1 ? '1 more claim needs a missing value or a second reading' : `${n} more claims need a missing value or a second reading`),
      rowLink: 'Open the row in its table',
      wrongDirection: (from: string, to: string, years: string, fell: boolean) =>
        `The values ${from} → ${to} (${years}) ${fell ? 'fall' : 'rise'}: the opposite of the claim.`,
      wrongDirectionBare: 'The values move the opposite way to the claim.',
      mismatch: (figure: string, expected: string) => `Recomputed: ${figure}; it should read “${expected}”.`,
      matchPoints: (figure: string, expected: string) => `Right only as a difference (${figure}); it should read “${expected}”.`,
      matchTruncated: (figure: string, expected: string) => `Matches only if truncated (recomputed ${figure}); correctly rounded: “${expected}”.`,
      implied: (year: number | null, value: string) =>
        year === null ? `The document prints no plan; the claim implies a plan of ≈ ${value}.` : `The document prints no value for ${year}; the claim implies ≈ ${value}.`,
      notComputable: 'A value is missing or not positive, so it cannot be recomputed.',
      unparsed: 'The claim could not be read; check it by hand.',
    },
  },
};

