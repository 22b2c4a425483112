import type { Lang } from '../../i18n/lang';
import type { CheckSeverity, ConsistencyKind, ExplainedKind } from './consistency-types';

/** How each consistency check is named (Vietnamese first), for the CLI, the page and the CSV export. */
export const CONSISTENCY_LABELS: Readonly<Record<ConsistencyKind, Record<Lang, string>>> = {
  'conflicting-values': { vi: 'Một chỉ tiêu, hai giá trị', en: 'One indicator, two values' },
  'shares-not-100': { vi: 'Tỷ trọng không cộng đủ 100%', en: 'Shares do not add up to 100%' },
  'direction-contradicts-values': { vi: 'Chữ tăng/giảm ngược với số liệu', en: 'Direction word contradicts the values' },
  'average-contradicts-total': { vi: 'Tốc độ bình quân ngược với tổng mức tăng', en: 'Average rate contradicts the total change' },
  'parts-not-total': { vi: 'Các thành phần không cộng bằng tổng', en: 'Parts do not add up to the total' },
  'contributions-not-total': { vi: 'Mức đóng góp không cộng bằng tốc độ tăng', en: 'Contributions do not add up to the growth' },
  'impossible-unit': { vi: 'Đơn vị không hợp với loại số liệu', en: 'Impossible unit for the figure' },
  'differs-from-reference': { vi: 'Khác số liệu gốc', en: 'Differs from the reference' },
  'differs-between-documents': { vi: 'Hai văn bản in hai giá trị', en: 'Two documents, two values' },
};

/** How each explanation is headed: its check's name, or the price-basis note. */
export const EXPLAINED_LABELS: Readonly<Record<ExplainedKind, Record<Lang, string>>> = {
  ...CONSISTENCY_LABELS,
  'price-basis': { vi: 'Giá so sánh và giá hiện hành', en: 'Constant and current prices' },
};

/** Severity as a word and a symbol, so it never relies on colour. */
export const SEVERITY_LABELS: Readonly<Record<CheckSeverity, { readonly word: Record<Lang, string>; readonly symbol: string; readonly tone: 'bad' | 'warn' }>> = {
  error: { word: { vi: 'Lỗi', en: 'Error' }, symbol: '✗', tone: 'bad' },
  warning: { word: { vi: 'Cảnh báo', en: 'Warning' }, symbol: '!', tone: 'warn' },
};
