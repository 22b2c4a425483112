import type { Lang } from '@/lib/i18n/lang';
import type { QualityCode, QualitySeverity } from '@/lib/verify/quality/types';

export interface QualityStrings {
  readonly heading: string;
  readonly intro: string;
  readonly none: string;
  readonly count: (warnings: number, notes: number) => string;
  readonly more: (shown: number, total: number) => string;
  readonly severity: Readonly<Record<QualitySeverity, string>>;
  readonly kind: (code: QualityCode, factor: number | null) => string;
  readonly indicator: string;
  readonly years: string;
  readonly values: string;
  readonly reason: string;
}

export const QUALITY_STRINGS: Readonly<Record<Lang, QualityStrings>> = {
  vi: {
    heading: 'Chất lượng dữ liệu',
    intro: 'Soát các chuỗi số liệu: giá trị lệch 10 hoặc 1000 lần, đổi đơn vị, giá trị nhỏ bất thường, tỷ trọng cộng lại khác 100, các dòng thành phần khác dòng tổng, sản lượng khác diện tích × năng suất và đánh giá đạt/không đạt so với kế hoạch. Đây là lưu ý để xem lại, không phải kết luận sai.',
    none: 'Không thấy vấn đề nào về chất lượng dữ liệu.',
    count: (warnings, notes) => `${warnings} cảnh báo, ${notes} ghi chú.`,
    more: (shown, total) => `Hiển thị ${shown} trên ${total} lưu ý; danh sách đầy đủ có trong kết quả của lệnh verify --json.`,
    severity: { warning: 'Cảnh báo', info: 'Ghi chú' },
    kind: (code, factor) => {
      switch (code) {
        case 'scale-slip':
          return `Lệch khoảng ${factor ?? 10} lần so với các năm lân cận`;
        case 'unit-change':
          return 'Đổi đơn vị trong chuỗi';
        case 'stray-small':
          return 'Giá trị nhỏ bất thường';
        case 'shares-rounding':
          return 'Tỷ trọng cộng lại khác 100 do làm tròn';
        case 'shares-gap':
          return 'Tỷ trọng cộng lại khác 100';
        case 'plan-word':
          return 'Đánh giá kế hoạch mâu thuẫn với số liệu';
        case 'parts-total':
          return 'Các dòng thành phần không cộng lại bằng dòng tổng';
        case 'structure-share':
          return 'Tỷ trọng in ra khác tỷ trọng tính từ giá trị';
        case 'area-yield-output':
          return 'Sản lượng khác diện tích × năng suất';
      }
    },
    indicator: 'Chỉ tiêu',
    years: 'Năm',
    values: 'Giá trị',
    reason: 'Lý do',
  },
  en: {
    heading: 'Data quality',
    intro: 'A review of the series: values 10 or 1000 times off, unit changes, stray small values, shares that do not sum to 100, parts that do not add up to their total row, outputs that are not area × yield, and plan words against the plan. These are points to look at, not findings of error.',
    none: 'No data-quality problems found.',
    count: (warnings, notes) => `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${notes} ${notes === 1 ? 'note' : 'notes'}.`,
    more: (shown, total) => `Showing ${shown} of ${total}; the full list is in the output of verify --json.`,
    severity: { warning: 'Warning', info: 'Note' },
    kind: (code, factor) => {
      switch (code) {
        case 'scale-slip':
          return `About ${factor ?? 10} times off the neighbouring years`;
        case 'unit-change':
          return 'Unit change inside the series';
        case 'stray-small':
          return 'Stray small value';
        case 'shares-rounding':
          return 'Shares off 100 by rounding';
        case 'shares-gap':
          return 'Shares do not sum to 100';
        case 'plan-word':
          return 'Plan word contradicts the figures';
        case 'parts-total':
          return 'Parts do not add up to the total row';
        case 'structure-share':
          return 'Printed share differs from the share of the values';
        case 'area-yield-output':
          return 'Output differs from area × yield';
      }
    },
    indicator: 'Indicator',
    years: 'Years',
    values: 'Values',
    reason: 'Reason',
  },
};
