import type { Lang } from '@/lib/verify/labels';

/** Text of the indicator page (`/chi-tieu/[id]`). Vietnamese first; English mirrors it. */
export interface IndicatorStrings {
  readonly breadcrumbLabel: string;
  readonly breadcrumbHome: string;
  readonly eyebrow: string;
  readonly unit: string;
  readonly years: string;
  readonly yearsValue: (n: number, first: number, last: number) => string;
  readonly claimsCount: string;
  readonly chartHeading: string;
  readonly tableCaption: string;
  readonly colYear: string;
  readonly colPrinted: string;
  readonly colRead: string;
  readonly colSource: string;
  readonly colNote: string;
  readonly sameAsPrinted: string;
  readonly noteSeeWarning: string;
  readonly qualityHeading: string;
  readonly qualityIntro: string;
  readonly qualityItemHead: (year: number, raw: string, reading: string | null, unit: string) => string;
  readonly growthHeading: string;
  readonly growthIntro: string;
  readonly growthFrom: string;
  readonly growthTo: string;
  readonly growthAnnual: string;
  readonly growthAnnualDown: string;
  readonly growthTotal: (from: number, to: number, years: number) => string;
  readonly growthFormula: string;
  readonly growthSingle: string;
  readonly growthReversed: string;
  readonly growthSameYear: string;
  readonly growthNonPositive: string;
  readonly growthWarning: (years: string) => string;
  readonly growthPoints: string;
  readonly growthRateNote: string;
  readonly claimsHeading: string;
  readonly claimsIntro: (n: number) => string;
  readonly claimsNone: string;
  readonly claimPrinted: string;
  readonly claimYears: string;
  readonly claimPlan: (years: string) => string;
  readonly claimExpected: string;
  readonly claimRowLink: (table: string, stt: string | null) => string;
  readonly namesHeading: string;
  readonly namesIntro: (n: number) => string;
  readonly namesYears: (years: string) => string;
  readonly documentSource: string;
}

export const INDICATOR_STRINGS: Readonly<Record<Lang, IndicatorStrings>> = {
  vi: {
    breadcrumbLabel: 'Vị trí trang',
    breadcrumbHome: 'Tổng quan',
    eyebrow: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    years: 'Các năm có số liệu',
    yearsValue: (n: number, first: number, last: number) => (n === 1 ? `1 năm (${first})` : `${n} năm, ${first} – ${last}`),
    claimsCount: 'Nhận định được kiểm tra',
    chartHeading: 'Diễn biến qua các năm',
    tableCaption: 'Số liệu của biểu đồ và nguồn của từng giá trị',
    colYear: 'Năm',
    colPrinted: 'Số in',
    colRead: 'Đọc là',
    colSource: 'Nguồn',
    colNote: 'Ghi chú',
    sameAsPrinted: 'như in',
    noteSeeWarning: 'Xem lưu ý',
    qualityHeading: 'Lưu ý về chất lượng số liệu',
    qualityIntro: 'Các giá trị có dấu ⚠ trên biểu đồ và trong bảng cần đọc thận trọng:',
    qualityItemHead: (year: number, raw: string, reading: string | null, unit: string) =>
      reading ? `Năm ${year}: số in “${raw}”, đang đọc là ${reading} ${unit.toLowerCase()}.` : `Năm ${year}: số in “${raw}”.`,
    growthHeading: 'Tăng bình quân giữa hai năm',
    growthIntro: 'Chọn hai năm để tính tốc độ tăng bình quân mỗi năm và mức thay đổi cả giai đoạn.',
    growthFrom: 'Từ năm',
    growthTo: 'Đến năm',
    growthAnnual: 'Tăng bình quân',
    growthAnnualDown: 'Giảm bình quân',
    growthTotal: (from: number, to: number, years: number) => `Cả giai đoạn ${from} – ${to} (${years} năm)`,
    growthFormula: 'Cách tính',
    growthSingle: 'Tài liệu chỉ in giá trị của một năm nên không tính được tốc độ tăng.',
    growthReversed: 'Năm bắt đầu phải trước năm kết thúc.',
    growthSameYear: 'Hãy chọn hai năm khác nhau.',
    growthNonPositive: 'Không tính được vì có giá trị bằng 0 hoặc âm.',
    growthWarning: (years: string) => `⚠ Giá trị năm ${years} có lưu ý về chất lượng số liệu (xem phía trên).`,
    growthPoints: 'Chênh lệch tỷ lệ',
    growthRateNote: 'Với chỉ tiêu là tỷ lệ, tốc độ bình quân và phần trăm thay đổi là thay đổi tương đối của tỷ lệ; chênh lệch điểm là hiệu số giữa hai tỷ lệ.',
    claimsHeading: 'Các nhận định về chỉ tiêu này',
    claimsIntro: (n: number) => `${n} nhận định in trong tài liệu, đã tính lại từ số liệu; kết quả kém nhất ở trên.`,
    claimsNone: 'Tài liệu không có nhận định tăng trưởng nào cho chỉ tiêu này.',
    claimPrinted: 'Nhận định in',
    claimYears: 'So sánh',
    claimPlan: (years: string) => `${years}, so với kế hoạch`,
    claimExpected: 'Số đúng theo tính lại',
    claimRowLink: (table: string, stt: string | null) => (stt ? `Xem dòng STT ${stt} trong ${table}` : `Xem dòng trong ${table}`),
    namesHeading: 'Tên gọi trong tài liệu',
    namesIntro: (n: number) => (n === 1 ? 'Tài liệu dùng một tên cho chỉ tiêu này:' : `Tài liệu gọi chỉ tiêu này bằng ${n} tên khác nhau:`),
    namesYears: (years: string) => `năm ${years}`,
    documentSource: 'Tài liệu gốc',
  },
  en: {
    breadcrumbLabel: 'Breadcrumb',
    breadcrumbHome: 'Overview',
    eyebrow: 'Indicator',
    unit: 'Unit',
    years: 'Years with data',
    yearsValue: (n: number, first: number, last: number) => (n === 1 ? `1 year (${first})` : `${n} years, ${first} – ${last}`),
    claimsCount: 'Claims checked',
    chartHeading: 'Over the years',
    tableCaption: 'Values in the chart and where each comes from',
    colYear: 'Year',
    colPrinted: 'Printed',
    colRead: 'Read as',
    colSource: 'Source',
    colNote: 'Note',
    sameAsPrinted: 'as printed',
    noteSeeWarning: 'See warning',
    qualityHeading: 'Data-quality warnings',
    qualityIntro: 'Values marked ⚠ in the chart and the table need care:',
    qualityItemHead: (year: number, raw: string, reading: string | null, unit: string) =>
      reading ? `${year}: printed “${raw}”, read as ${reading} ${unit.toLowerCase()}.` : `${year}: printed “${raw}”.`,
    growthHeading: 'Average growth between two years',
    growthIntro: 'Choose two years to compute the average annual growth rate and the change over the whole period.',
    growthFrom: 'From year',
    growthTo: 'To year',
    growthAnnual: 'Average annual growth',
    growthAnnualDown: 'Average annual decline',
    growthTotal: (from: number, to: number, years: number) => `Whole period ${from} – ${to} (${years} years)`,
    growthFormula: 'How it is computed',
    growthSingle: 'The document prints a value for one year only, so no growth rate can be computed.',
    growthReversed: 'The start year must come before the end year.',
    growthSameYear: 'Choose two different years.',
    growthNonPositive: 'Cannot be computed: a value is zero or negative.',
    growthWarning: (years: string) => `⚠ The ${years} value has a data-quality warning (see above).`,
    growthPoints: 'Difference in the rate',
    growthRateNote: 'For a rate, the average growth and the percent change are relative changes of the rate; the difference in points is one rate minus the other.',
    claimsHeading: 'Claims about this indicator',
    claimsIntro: (n: number) => `${n} claims printed in the document, recomputed from its figures; worst results first.`,
    claimsNone: 'The document makes no growth claim about this indicator.',
    claimPrinted: 'Printed claim',
    claimYears: 'Compares',
    claimPlan: (years: string) => `${years} against the plan`,
    claimExpected: 'Correct figure, recomputed',
    claimRowLink: (table: string, stt: string | null) => (stt ? `See row ${stt} in ${table}` : `See the row in ${table}`),
    namesHeading: 'Names used in the document',
    namesIntro: (n: number) => (n === 1 ? 'The document uses one name for this indicator:' : `The document uses ${n} different names for this indicator:`),
    namesYears: (years: string) => `${years}`,
    documentSource: 'Source document',
  },
};

