import type { Lang } from '@/lib/i18n/lang';

/** Text of the indicator chart's period, comparison, claim marks and data link. */
export interface SeriesExtrasStrings {
  readonly periodLegend: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly periodValue: (from: number, to: number) => string;
  readonly periodReset: string;
  readonly indexAxis: (year: number) => string;
  readonly compareSummary: string;
  readonly compareHint: string;
  readonly compareIndexOnly: string;
  readonly compareBase: (year: number) => string;
  readonly legendLabel: string;
  readonly claimsHeading: string;
  readonly claimYears: (from: number | null, to: number | null) => string;
}

export const SERIES_EXTRAS_STRINGS: Readonly<Record<Lang, SeriesExtrasStrings>> = {
  vi: {
    periodLegend: 'Giai đoạn',
    periodStart: 'Năm đầu giai đoạn',
    periodEnd: 'Năm cuối giai đoạn',
    periodValue: (from, to) => (from === to ? `Năm ${from}` : `${from} – ${to}`),
    periodReset: 'Cả chuỗi',
    indexAxis: (year) => `Chỉ số (năm ${year} = 100)`,
    compareSummary: 'So sánh với chỉ tiêu khác',
    compareHint: 'Các chỉ tiêu cùng bộ số liệu, vẽ theo chỉ số (năm đầu giai đoạn = 100) để so tốc độ tăng dù khác đơn vị.',
    compareIndexOnly: 'Các chỉ tiêu so sánh chỉ vẽ ở chế độ Chỉ số.',
    compareBase: (year) => `gốc ${year}`,
    legendLabel: 'Chú giải đường',
    claimsHeading: 'Nhận định đánh dấu trên biểu đồ',
    claimYears: (from, to) => (from !== null && to !== null && from !== to ? `${from} → ${to}` : String(to ?? from ?? '')),
  },
  en: {
    periodLegend: 'Period',
    periodStart: 'First year of the period',
    periodEnd: 'Last year of the period',
    periodValue: (from, to) => (from === to ? `Year ${from}` : `${from} – ${to}`),
    periodReset: 'Whole series',
    indexAxis: (year) => `Index (${year} = 100)`,
    compareSummary: 'Compare with other indicators',
    compareHint: 'Indicators of the same dataset, drawn as an index (first year of the period = 100) to compare growth across units.',
    compareIndexOnly: 'Compared indicators are drawn in Index mode only.',
    compareBase: (year) => `base ${year}`,
    legendLabel: 'Lines',
    claimsHeading: 'Claims marked on the chart',
    claimYears: (from, to) => (from !== null && to !== null && from !== to ? `${from} → ${to}` : String(to ?? from ?? '')),
  },
};
