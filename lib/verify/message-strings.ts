import type { Comparative } from '../claims/types';
import type { Lang } from '../i18n/lang';
import type { ImpliedBound } from './implied';

/** Why a figure cannot be computed. */
export type NotComputableReason =
  | 'both-missing'
  | 'no-figure'
  | 'zero-base'
  | 'negative-value'
  | 'no-years'
  | 'direction-needs-both'
  | 'no-direction'
  | 'not-implied'
  | 'unbounded';

/**
 * The sentences of the verdict messages; the figures and formulas in them are built by format-numerals.ts
 * and the write-*-message(s).ts modules.
 */
interface MessageStrings {
  readonly roundsTo: string;
  readonly reaches: (quote: string) => string;
  readonly withinAbout: (quote: string) => string;
  readonly stillMatches: (claimed: string, range: string) => string;
  readonly notInstead: (claimed: string) => string;
  readonly truncated: string;
  readonly advise: (expected: string) => string;
  readonly missesBound: (quote: string) => string;
  readonly missesAbout: (quote: string) => string;
  readonly isChange: (values: string, change: string) => string;
  readonly equivalent: (change: string) => string;
  readonly notDirection: (values: string, actual: string, claimed: string) => string;
  readonly unchanged: (values: string) => string;
  readonly up: string;
  readonly down: string;
  /** A comparative as a change is said with it ("là thấp hơn, không phải cao hơn"). */
  readonly comparatives: Readonly<Record<Comparative, string>>;
  /** After a rate or a difference per year: "/năm". */
  readonly perYear: string;
  readonly impliedLink: (plan: boolean, missing: 'from' | 'to', present: string) => string;
  readonly impliedTarget: (plan: boolean, missing: 'from' | 'to', period: boolean) => string;
  readonly bounds: Readonly<Record<ImpliedBound, string>>;
  readonly notComputable: Readonly<Record<NotComputableReason, string>>;
  readonly unparsed: (text: string) => string;
}

/**
 * The sentences of the verdict messages in both languages.
 *
 * @example
 * MESSAGE_STRINGS.en.notInstead('4,1'); // "not 4,1"
 */
export const MESSAGE_STRINGS: Readonly<Record<Lang, MessageStrings>> = {
  vi: {
    roundsTo: 'làm tròn',
    reaches: (quote) => `đạt '${quote}'`,
    withinAbout: (quote) => `khớp '${quote}' (sai lệch trong ±5%)`,
    stillMatches: (claimed, range) => `vẫn khớp ${claimed} khi tính sai số làm tròn của số liệu (${range})`,
    notInstead: (claimed) => `không phải ${claimed}`,
    truncated: '(số bị cắt bớt chữ số)',
    advise: (expected) => `nên ghi '${expected}'`,
    missesBound: (quote) => `không đạt '${quote}'`,
    missesAbout: (quote) => `không khớp '${quote}' (lệch quá ±5%)`,
    isChange: (values, change) => `${values} là ${change}`,
    equivalent: (change) => `tương đương ${change}`,
    notDirection: (values, actual, claimed) => `${values} là ${actual}, không phải ${claimed}`,
    unchanged: (values) => `${values} là không đổi (trong độ chính xác của số liệu)`,
    up: 'tăng',
    down: 'giảm',
    perYear: '/năm',
    comparatives: { cao: 'cao hơn', thap: 'thấp hơn', nhieu: 'nhiều hơn', it: 'ít hơn', lon: 'lớn hơn', nho: 'nhỏ hơn' },
    impliedLink: (plan, missing, present) =>
      plan ? (missing === 'from' ? `, thực hiện ${present}` : `, kế hoạch ${present}`) : missing === 'from' ? ` đến ${present}` : ` từ ${present}`,
    impliedTarget: (plan, missing, period) =>
      plan ? (missing === 'from' ? 'kế hoạch' : 'giá trị thực hiện') : `giá trị ${period ? 'kỳ' : 'năm'} ${missing === 'from' ? 'gốc' : 'sau'}`,
    bounds: { about: 'khoảng', above: 'trên', below: 'dưới' },
    notComputable: {
      'both-missing': 'Thiếu cả hai giá trị so sánh, không tính được.',
      'no-figure': 'Nhận định không có con số để kiểm tra.',
      'zero-base': 'Giá trị gốc bằng 0 hoặc âm, không tính được tỷ lệ.',
      'negative-value': 'Giá trị âm, không tính được tốc độ tăng bình quân.',
      'no-years': 'Không rõ số năm giữa hai mốc, không tính được tốc độ bình quân mỗi năm.',
      'direction-needs-both': 'Thiếu một giá trị, không xác định được chiều tăng hay giảm.',
      'no-direction': 'Nhận định không nói tăng hay giảm, không suy ra được giá trị còn thiếu.',
      'not-implied': 'Không suy ra được giá trị còn thiếu từ nhận định này.',
      unbounded:
        'Không suy ra được giá trị còn thiếu: cả số liệu lẫn con số của nhận định đều chỉ là cận (hơn, trên, dưới) và kéo về hai phía ngược nhau, nên giá trị còn thiếu không bị chặn phía nào.',
    },
    unparsed: (text) =>
      `'${text}' không phải dạng nhận định đã biết (tăng/giảm … lần, %, điểm phần trăm, %/năm, % kế hoạch), không kiểm tra được.`,
  },
  en: {
    roundsTo: 'rounds to',
    reaches: (quote) => `meets '${quote}'`,
    withinAbout: (quote) => `matches '${quote}' (within ±5%)`,
    stillMatches: (claimed, range) => `still matches ${claimed} within the rounding of the values (${range})`,
    notInstead: (claimed) => `not ${claimed}`,
    truncated: '(digits cut off instead of rounded)',
    advise: (expected) => `should read '${expected}'`,
    missesBound: (quote) => `does not meet '${quote}'`,
    missesAbout: (quote) => `does not match '${quote}' (off by more than ±5%)`,
    isChange: (values, change) => `${values} is ${change}`,
    equivalent: (change) => `equivalent to ${change}`,
    notDirection: (values, actual, claimed) => `${values} is ${actual}, not ${claimed}`,
    unchanged: (values) => `${values} is unchanged (within the precision of the values)`,
    up: 'up',
    down: 'down',
    perYear: '/year',
    comparatives: { cao: 'higher', thap: 'lower', nhieu: 'more', it: 'fewer', lon: 'larger', nho: 'smaller' },
    impliedLink: (plan, missing, present) =>
      plan ? (missing === 'from' ? `, achieved ${present}` : `, plan ${present}`) : missing === 'from' ? ` to ${present}` : ` from ${present}`,
    impliedTarget: (plan, missing, period) =>
      plan ? (missing === 'from' ? 'the plan' : 'the achieved value') : missing === 'from' ? `the base-${period ? 'period' : 'year'} value` : 'the later value',
    bounds: { about: 'about', above: 'above', below: 'below' },
    notComputable: {
      'both-missing': 'Both compared values are missing; nothing to compute.',
      'no-figure': 'The claim has no figure to check.',
      'zero-base': 'The base value is zero or negative; no ratio can be computed.',
      'negative-value': 'A value is negative; no average growth rate can be computed.',
      'no-years': 'The number of years between the two points is unknown; no yearly average can be computed.',
      'direction-needs-both': 'One value is missing; the direction of the change cannot be told.',
      'no-direction': 'The claim does not say up or down; the missing value cannot be implied.',
      'not-implied': 'The missing value cannot be implied from this claim.',
      unbounded:
        'The missing value cannot be implied: the value and the claimed figure are both printed as bounds that pull opposite ways, so the missing value is bounded on neither side.',
    },
    // The printed phrase stays in its own column: an English sentence does not quote Vietnamese words.
    unparsed: () => 'The printed phrase is not a known form of claim (up/down … times, %, percentage points, %/year, % of plan); it cannot be checked.',
  },
};

/**
 * The message of a `not_computable` verdict.
 *
 * @example
 * notComputableMessage('zero-base', 'en'); // "The base value is zero or negative; no ratio can be computed."
 */
export function notComputableMessage(reason: NotComputableReason, lang: Lang): string {
  return MESSAGE_STRINGS[lang].notComputable[reason];
}

/**
 * The message of an `unparsed` verdict: the phrase is shown, quoted.
 *
 * @example
 * unparsedMessage('Tăng mạnh', 'vi'); // "'Tăng mạnh' không phải dạng nhận định đã biết (…), không kiểm tra được."
 */
export function unparsedMessage(text: string, lang: Lang): string {
  return MESSAGE_STRINGS[lang].unparsed(text);
}
