import type { Lang } from '@/lib/i18n/lang';

export interface ReportStrings {
  readonly pageTitle: string;
  readonly intro: string;
  readonly filtersTitle: string;
  readonly verdict: string;
  readonly table: string;
  readonly indicator: string;
  readonly all: string;
  readonly apply: string;
  readonly clear: string;
  readonly showing: (shown: number, total: number) => string;
  readonly none: string;
  readonly unknownFilter: string;
  readonly claim: string;
  readonly years: string;
  readonly printed: string;
  readonly missing: string;
  readonly computed: string;
  readonly arithmetic: string;
  readonly expected: string;
  readonly implied: string;
  readonly impliedSide: {
    readonly from: string;
    readonly to: string;
  };
  readonly impliedPlan: string;
  readonly plan: string;
  readonly achieved: string;
  readonly source: string;
  readonly warnings: string;
  readonly verdictCode: string;
  readonly rowLink: (table: string, row: number) => string;
  readonly indicatorLink: string;
  readonly times: string;
  readonly points: string;
  readonly perYear: string;
  readonly listLabel: string;
  readonly printReport: string;
}

export const REPORT_STRINGS: Readonly<Record<Lang, ReportStrings>> = {
  vi: {
    pageTitle: 'Kiểm tra nhận định',
    intro:
      'Mọi nhận định tăng trưởng in trong tài liệu, được tính lại từ chính số liệu in. Kết quả kém nhất đứng trước: sai chiều, không khớp, khớp theo điểm %, khớp nếu cắt số.',
    filtersTitle: 'Lọc nhận định',
    verdict: 'Kết quả',
    table: 'Bảng',
    indicator: 'Chỉ tiêu',
    all: 'Tất cả',
    apply: 'Lọc',
    clear: 'Bỏ lọc',
    showing: (shown: number, total: number) =>
      shown === total ? `${total} nhận định` : `Đang hiện ${shown} trong ${total} nhận định`,
    none: 'Không có nhận định nào khớp với bộ lọc.',
    unknownFilter: 'Bộ lọc không có trong dữ liệu nên đã bỏ qua:',
    claim: 'Nhận định in',
    years: 'Giai đoạn',
    printed: 'Số liệu in',
    missing: 'không có số liệu',
    computed: 'Tính lại',
    arithmetic: 'Phép tính',
    expected: 'Nên in là',
    implied: 'Giá trị suy ra',
    impliedSide: { from: 'năm đầu', to: 'năm cuối' },
    impliedPlan: 'kế hoạch',
    plan: 'Kế hoạch',
    achieved: 'Thực hiện',
    source: 'Nguồn',
    warnings: 'Cảnh báo dữ liệu',
    verdictCode: 'Mã kết quả',
    rowLink: (table: string, row: number) => `Dòng ${row} trong ${table}`,
    indicatorLink: 'Xem chỉ tiêu',
    times: 'lần',
    points: 'điểm %',
    perYear: '%/năm',
    listLabel: 'Danh sách nhận định',
    printReport: 'In báo cáo',
  },
  en: {
    pageTitle: 'Verification report',
    intro:
      'Every growth claim printed in the document, recomputed from the printed values. Worst findings first: wrong direction, mismatch, matches as points, matches if truncated.',
    filtersTitle: 'Filter claims',
    verdict: 'Result',
    table: 'Table',
    indicator: 'Indicator',
    all: 'All',
    apply: 'Filter',
    clear: 'Clear filters',
    showing: (shown: number, total: number) => (shown === total ? `${total} claims` : `Showing ${shown} of ${total} claims`),
    none: 'No claim matches these filters.',
    unknownFilter: 'This filter is not in the data and was ignored:',
    claim: 'Printed claim',
    years: 'Period',
    printed: 'Printed values',
    missing: 'no value',
    computed: 'Recomputed',
    arithmetic: 'Arithmetic',
    expected: 'Should read',
    implied: 'Implied value',
    impliedSide: { from: 'first year', to: 'last year' },
    impliedPlan: 'plan',
    plan: 'Plan',
    achieved: 'Achieved',
    source: 'Source',
    warnings: 'Data warnings',
    verdictCode: 'Result code',
    rowLink: (table: string, row: number) => `Row ${row} of ${table}`,
    indicatorLink: 'Open indicator',
    times: 'times',
    points: 'pp',
    perYear: '%/year',
    listLabel: 'Claims',
    printReport: 'Print report',
  },
};

