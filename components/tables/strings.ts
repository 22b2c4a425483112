import { yearPartText } from '@/lib/verify/reference-period';
import type { PeriodKey } from '@/lib/verify/reference-types';
import type { Lang } from '@/lib/verify/labels';

/** Text of the report-table page and its client table. Vietnamese first; English mirrors it. */
export interface TableStrings {
  readonly breadcrumbHome: string;
  readonly breadcrumbLabel: string;
  readonly sectionLabel: string;
  readonly compareLabel: string;
  readonly compareText: (to: number, from: number, part?: PeriodKey) => string;
  readonly planText: string;
  readonly sourceLabel: string;
  readonly fileLabel: string;
  readonly documentLabel: string;
  readonly rowsLabel: string;
  readonly claimsLabel: string;
  readonly chartHeading: string;
  readonly tableHeading: string;
  readonly tableCaption: (title: string) => string;
  readonly colStt: string;
  readonly colIndicator: string;
  readonly colUnit: string;
  readonly colUnitLong: string;
  /** A column of values: its year, or the part of the year with its year (`part` from lib/verify/reference-types). */
  readonly colYear: (year: number, part?: PeriodKey) => string;
  readonly colClaim: string;
  readonly colComputed: string;
  readonly colNote: string;
  readonly colSource: string;
  readonly colVerdict: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly verdictFilterLabel: string;
  readonly verdictAll: string;
  readonly columnsButton: string;
  readonly columnsLegend: string;
  readonly showing: (shown: number, total: number) => string;
  readonly noRows: string;
  readonly clearFilters: string;
  readonly sortBy: (name: string) => string;
  readonly sortedAsc: string;
  readonly sortedDesc: string;
  readonly resetSort: string;
  readonly expandRow: (name: string) => string;
  readonly collapseRow: (name: string) => string;
  readonly detailArithmetic: string;
  readonly detailExpected: string;
  readonly detailImplied: string;
  readonly detailImpliedSide: (side: 'from' | 'to', year: number | null) => string;
  readonly detailWarnings: string;
  readonly detailProvenance: string;
  readonly detailSource: string;
  readonly detailFile: string;
  readonly detailFileRow: (file: string, row: number) => string;
  readonly detailIndicatorLink: string;
  readonly detailNoClaim: string;
  readonly missingValue: string;
  readonly warningMark: string;
  readonly noClaim: string;
  readonly notComputed: string;
  readonly scrollHint: string;
  readonly tableRegion: string;
  readonly codeHint: string;
  readonly impliedTag: string;
  readonly planShort: string;
  readonly pointsReading: string;
  readonly directionUp: string;
  readonly directionDown: string;
  readonly units: {
    readonly ratio: string;
    readonly percent: string;
    readonly permille: string;
    readonly points: string;
    readonly permillePoints: string;
    readonly annual: string;
    readonly pointsAnnual: string;
    readonly plan: string;
    readonly planExcess: string;
    /** An index: the later value as a percentage of the earlier (a yearbook's "Năm trước = 100"). */
    readonly index: string;
  };
}

export const TABLE_STRINGS: Readonly<Record<Lang, TableStrings>> = {
  vi: {
    breadcrumbHome: 'Tổng quan',
    breadcrumbLabel: 'Vị trí trang',
    sectionLabel: 'Mục',
    compareLabel: 'So sánh',
    compareText: (to: number, from: number, part: PeriodKey = '') =>
      part === '' ? `năm ${to} so với năm ${from}` : `${yearPartText(String(to), part, 'vi')} so với ${yearPartText(String(from), part, 'vi')}`,
    planText: 'số thực hiện so với kế hoạch',
    sourceLabel: 'Nguồn',
    fileLabel: 'Tệp số liệu',
    documentLabel: 'Tài liệu',
    rowsLabel: 'Số dòng',
    claimsLabel: 'Số nhận định được kiểm tra',
    chartHeading: 'Số in và số tính lại',
    tableHeading: 'Bảng số liệu như tài liệu in',
    tableCaption: (title: string) => `${title}: giá trị như tài liệu in, nhận định in kèm và kết quả tính lại`,
    colStt: 'STT',
    colIndicator: 'Chỉ tiêu',
    colUnit: 'ĐVT',
    colUnitLong: 'Đơn vị tính',
    colYear: (year: number, part: PeriodKey = '') => (part === '' ? `Năm ${year}` : capitalize(yearPartText(String(year), part, 'vi'))),
    colClaim: 'Nhận định in',
    colComputed: 'Số tính lại',
    colNote: 'Ghi chú',
    colSource: 'Nguồn',
    colVerdict: 'Kết luận',
    searchLabel: 'Tìm trong bảng',
    searchPlaceholder: 'Gõ có dấu hoặc không dấu, ví dụ “ngan sach”',
    verdictFilterLabel: 'Lọc theo kết luận',
    verdictAll: 'Tất cả kết luận',
    columnsButton: 'Chọn cột hiển thị',
    columnsLegend: 'Các cột của bảng',
    showing: (shown: number, total: number) => `Đang hiển thị ${shown} trên ${total} dòng`,
    noRows: 'Không có dòng nào khớp với điều kiện tìm và lọc.',
    clearFilters: 'Xoá tìm kiếm và bộ lọc',
    sortBy: (name: string) => `Sắp xếp theo ${name}`,
    sortedAsc: 'tăng dần',
    sortedDesc: 'giảm dần',
    resetSort: 'Về thứ tự như tài liệu in',
    expandRow: (name: string) => `Xem cách tính: ${name}`,
    collapseRow: (name: string) => `Ẩn cách tính: ${name}`,
    detailArithmetic: 'Phép tính',
    detailExpected: 'Lẽ ra phải in',
    detailImplied: 'Giá trị suy ra từ nhận định',
    detailImpliedSide: (side: 'from' | 'to', year: number | null) =>
      `${side === 'from' ? 'Giá trị năm gốc' : 'Giá trị năm so sánh'}${year === null ? '' : ` (${year})`}`,
    detailWarnings: 'Cảnh báo chất lượng số liệu',
    detailProvenance: 'Xuất xứ',
    detailSource: 'Vị trí trong tài liệu',
    detailFile: 'Tệp và dòng',
    detailFileRow: (file: string, row: number) => `${file}, dòng ${row}`,
    detailIndicatorLink: 'Xem chuỗi số của chỉ tiêu',
    detailNoClaim: 'Dòng này không có nhận định in kèm; không có gì để kiểm tra.',
    missingValue: 'Tài liệu không in giá trị',
    warningMark: 'Cảnh báo số liệu',
    noClaim: 'Không có',
    notComputed: 'Không tính được',
    scrollHint: 'Vuốt ngang để xem hết các cột.',
    tableRegion: 'Bảng số liệu, cuộn ngang được',
    codeHint: 'Mã kết luận theo đặc tả',
    impliedTag: 'suy ra',
    planShort: 'kế hoạch',
    pointsReading: 'hiệu số',
    directionUp: 'nói tăng',
    directionDown: 'nói giảm',
    units: {
      ratio: 'lần',
      percent: '%',
      permille: '‰',
      points: 'điểm %',
      permillePoints: 'điểm ‰',
      annual: '%/năm',
      pointsAnnual: 'điểm %/năm',
      plan: '% kế hoạch',
      planExcess: '% vượt kế hoạch',
      index: '% năm gốc',
    },
  },
  en: {
    breadcrumbHome: 'Overview',
    breadcrumbLabel: 'Breadcrumb',
    sectionLabel: 'Section',
    compareLabel: 'Compares',
    compareText: (to: number, from: number, part: PeriodKey = '') => `${yearPartText(String(to), part, 'en')} against ${yearPartText(String(from), part, 'en')}`,
    planText: 'achieved against plan',
    sourceLabel: 'Source',
    fileLabel: 'Data file',
    documentLabel: 'Document',
    rowsLabel: 'Rows',
    claimsLabel: 'Claims checked',
    chartHeading: 'Printed figure against recomputed figure',
    tableHeading: 'The table as printed',
    tableCaption: (title: string) => `${title}: values as printed, the printed claim and the recomputed result`,
    colStt: 'No.',
    colIndicator: 'Indicator',
    colUnit: 'Unit',
    colUnitLong: 'Unit',
    colYear: (year: number, part: PeriodKey = '') => yearPartText(String(year), part, 'en'),
    colClaim: 'Printed claim',
    colComputed: 'Recomputed',
    colNote: 'Note',
    colSource: 'Source',
    colVerdict: 'Verdict',
    searchLabel: 'Search the table',
    searchPlaceholder: 'With or without diacritics, e.g. “ngan sach”',
    verdictFilterLabel: 'Filter by verdict',
    verdictAll: 'All verdicts',
    columnsButton: 'Choose columns',
    columnsLegend: 'Table columns',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} rows`,
    noRows: 'No row matches the search and filter.',
    clearFilters: 'Clear search and filter',
    sortBy: (name: string) => `Sort by ${name}`,
    sortedAsc: 'ascending',
    sortedDesc: 'descending',
    resetSort: 'Back to the printed order',
    expandRow: (name: string) => `Show the arithmetic: ${name}`,
    collapseRow: (name: string) => `Hide the arithmetic: ${name}`,
    detailArithmetic: 'Arithmetic',
    detailExpected: 'Should have been printed',
    detailImplied: 'Value implied by the claim',
    detailImpliedSide: (side: 'from' | 'to', year: number | null) =>
      `${side === 'from' ? 'Base-year value' : 'Comparison-year value'}${year === null ? '' : ` (${year})`}`,
    detailWarnings: 'Data-quality warnings',
    detailProvenance: 'Provenance',
    detailSource: 'Place in the document',
    detailFile: 'File and line',
    detailFileRow: (file: string, row: number) => `${file}, line ${row}`,
    detailIndicatorLink: 'See the indicator’s series',
    detailNoClaim: 'This row prints no claim; there is nothing to check.',
    missingValue: 'Not printed in the document',
    warningMark: 'Data warning',
    noClaim: 'None',
    notComputed: 'Not computable',
    scrollHint: 'Swipe sideways to see every column.',
    tableRegion: 'Data table, scrolls sideways',
    codeHint: 'Verdict code from the specification',
    impliedTag: 'implied',
    planShort: 'plan',
    pointsReading: 'difference',
    directionUp: 'says up',
    directionDown: 'says down',
    units: {
      ratio: '×',
      percent: '%',
      permille: '‰',
      points: 'pp',
      permillePoints: 'points ‰',
      annual: '%/yr',
      pointsAnnual: 'pp/yr',
      plan: '% of plan',
      planExcess: '% over plan',
      index: '% of base',
    },
  },
};

/** The text with its first letter upper case ("tháng 10 năm 2023" → "Tháng 10 năm 2023"), for a column header. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
