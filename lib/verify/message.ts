import type { Lang, Localized } from '../i18n/lang';
import { roundTo } from '../numbers/decimals';
import { formatNumber } from '../numbers/format-number';
import type { Measured, UnitSign } from '../numbers/types';
import type { Computation } from './compute';
import type { ImpliedBound } from './implied';
import { KIND_RULES } from './kind-rules';
import type { Interval } from './types';
import {
  displayDecimals,
  formatValue,
  leadWord,
  phraseFigure,
  pointsWords,
  figureText,
  quoteClaimFigure,
  resultSuffix,
  type WordedClaim,
} from './wording';

/** The facts a message about two present values reads, in any language. */
export interface MessageFacts {
  readonly worded: WordedClaim;
  readonly from: Measured;
  readonly to: Measured;
  readonly years: number | null;
  /** `%`/`‰` when the table's unit is one of those. */
  readonly valueSign: UnitSign | null;
}

/** The numbers of a message, formatted once and written into both languages. */
export interface Numerals {
  /** The formula with the printed values: "39,8 / 10,6". */
  readonly formula: string;
  /** The computed figure at display precision ("3,75"), or `''` when nothing was computed. */
  readonly computed: string;
  /** The computed figure at the claim's precision ("3,8"), or `''`. */
  readonly rounded: string;
  /** The claimed figure as printed ("4,1"), or `''` for a claim without one. */
  readonly claimed: string;
}

/** Everything a message about two present values needs, and the language to write it in. */
export interface MessageContext extends MessageFacts {
  readonly numerals: Numerals;
  readonly lang: Lang;
}

/** Why a figure cannot be computed. */
export type NotComputableReason =
  | 'both-missing'
  | 'no-figure'
  | 'zero-base'
  | 'negative-value'
  | 'no-years'
  | 'direction-needs-both'
  | 'no-direction'
  | 'not-implied';

/** The sentences of the verdict messages; the figures and formulas in them are built by the code below. */
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
  readonly impliedLink: (plan: boolean, missing: 'from' | 'to', present: string) => string;
  readonly impliedTarget: (plan: boolean, missing: 'from' | 'to') => string;
  readonly bounds: Readonly<Record<ImpliedBound, string>>;
  readonly notComputable: Readonly<Record<NotComputableReason, string>>;
  readonly unparsed: (text: string) => string;
}

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
    impliedLink: (plan, missing, present) =>
      plan ? (missing === 'from' ? `, thực hiện ${present}` : `, kế hoạch ${present}`) : missing === 'from' ? ` đến ${present}` : ` từ ${present}`,
    impliedTarget: (plan, missing) =>
      plan ? (missing === 'from' ? 'kế hoạch' : 'giá trị thực hiện') : missing === 'from' ? 'giá trị năm gốc' : 'giá trị năm sau',
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
    impliedLink: (plan, missing, present) =>
      plan ? (missing === 'from' ? `, achieved ${present}` : `, plan ${present}`) : missing === 'from' ? ` to ${present}` : ` from ${present}`,
    impliedTarget: (plan, missing) =>
      plan ? (missing === 'from' ? 'the plan' : 'the achieved value') : missing === 'from' ? 'the base-year value' : 'the later value',
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
    },
    // The printed phrase stays in its own column: an English sentence does not quote Vietnamese words.
    unparsed: () => 'The printed phrase is not a known form of claim (up/down … times, %, percentage points, %/year, % of plan); it cannot be checked.',
  },
};

function formatYears(years: number): string {
  return formatNumber(years, Number.isInteger(years) ? 0 : 2);
}

function changeSign(ctx: MessageContext): number {
  return Math.sign(ctx.to.value - ctx.from.value);
}

/**
 * The arithmetic of the claim's formula with the printed values, e.g. "39,8 / 10,6",
 * "1 − 33,65 / 62,4", "(10.607 / 7.600)^(1/7) − 1".
 *
 * @example
 * formulaText({ worded: { kind: 'ratio', claim }, from: m(10.6, 1), to: m(39.8, 1), … }); // "39,8 / 10,6"
 */
export function formulaText(ctx: MessageFacts): string {
  return KIND_RULES[ctx.worded.kind].formulaText({
    from: formatNumber(ctx.from.value, ctx.from.decimals),
    to: formatNumber(ctx.to.value, ctx.to.decimals),
    falling: ctx.to.value < ctx.from.value,
    direction: ctx.worded.claim.direction,
    years: formatYears(ctx.years ?? 0),
  });
}

function claimDecimals(ctx: MessageFacts): number {
  return ctx.worded.claim.figure?.decimals ?? 0;
}

/**
 * The numbers of the messages about two values, formatted once for both languages.
 *
 * @example
 * numeralsOf(facts, { point: 3.7547, interval }); // { formula: '39,8 / 10,6', computed: '3,75', rounded: '3,8', claimed: '3,8' }
 */
export function numeralsOf(facts: MessageFacts, computation: Computation | null): Numerals {
  const figure = facts.worded.claim.figure;
  const decimals = claimDecimals(facts);
  return {
    formula: formulaText(facts),
    computed: computation === null ? '' : formatNumber(computation.point, displayDecimals(decimals)),
    rounded: computation === null ? '' : formatNumber(computation.point, decimals),
    // A range is quoted with both bounds ("7–8").
    claimed: figure === null ? '' : figureText(facts.worded.claim),
  };
}

/** "39,8 / 10,6 = 3,75" */
function equation(ctx: MessageContext): string {
  return `${ctx.numerals.formula} = ${ctx.numerals.computed}${resultSuffix(ctx.worded, ctx.lang)}`;
}

/** "3,8" at the claim's precision, with the result's suffix. */
function roundedText(ctx: MessageContext): string {
  return `${ctx.numerals.rounded}${resultSuffix(ctx.worded, ctx.lang)}`;
}

function claimedText(ctx: MessageContext): string {
  return ctx.worded.claim.figure === null ? '' : `${ctx.numerals.claimed}${resultSuffix(ctx.worded, ctx.lang)}`;
}

function intervalText(interval: Interval, decimals: number): string {
  return `${formatNumber(interval.lo, decimals)}–${formatNumber(interval.hi, decimals)}`;
}

/**
 * The figure that should have been printed, at the claim's precision, in the claim's words.
 *
 * @example
 * expectedPhrase(ctx, 3.7547); // "tăng 3,8 lần" (vi), "up 3,8 times" (en)
 */
export function expectedPhrase(ctx: MessageContext, value: number): string {
  return phraseFigure(ctx.worded, value, claimDecimals(ctx), changeSign(ctx), null, ctx.lang);
}

/**
 * `match`: "39,8 / 10,6 = 3,75 → làm tròn 3,8"; with a qualifier "…; đạt 'trên 10%/năm'";
 * at an interval edge, says the claim still fits within the values' rounding.
 *
 * @example
 * matchMessage(ctx, computation); // "39,8 / 10,6 = 3,75 → làm tròn 3,8" ("… → rounds to 3,8" in English)
 */
export function matchMessage(ctx: MessageContext, computation: Computation): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const claim = ctx.worded.claim;
  const head = equation(ctx);
  if (claim.qualifier === 'lower' || claim.qualifier === 'upper') return `${head}; ${t.reaches(quoteClaimFigure(ctx.worded, ctx.lang))}`;
  if (claim.qualifier === 'about') return `${head}; ${t.withinAbout(quoteClaimFigure(ctx.worded, ctx.lang))}`;
  const figure = claim.figure;
  const decimals = claimDecimals(ctx);
  const rounded = `→ ${t.roundsTo} ${roundedText(ctx)}`;
  if (figure !== null && roundTo(computation.point, decimals) === roundTo(figure.value, decimals)) {
    return `${head} ${rounded}`;
  }
  const range = intervalText(computation.interval, displayDecimals(decimals));
  return `${head} ${rounded}; ${t.stillMatches(claimedText(ctx), range)}`;
}

/**
 * `match_truncated`: "… = 186,37% → làm tròn 186,4%, không phải 186,3% (số bị cắt bớt chữ số)".
 *
 * @example
 * truncatedMessage(ctx); // "3.957,9 / 1.382,08 − 1 = 186,37% → làm tròn 186,4%, không phải 186,3% (…)"
 */
export function truncatedMessage(ctx: MessageContext): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  return `${equation(ctx)} → ${t.roundsTo} ${roundedText(ctx)}, ${t.notInstead(claimedText(ctx))} ${t.truncated}`;
}

/**
 * `mismatch`: "… = 3,75 → làm tròn 3,8, không phải 4,1; nên ghi 'tăng 3,8 lần'", or with a
 * qualifier "… = 4,88%/năm; không đạt 'trên 10%/năm'; nên ghi 'tăng 5%/năm'".
 *
 * @example
 * mismatchMessage(ctx, 'up 3,8 times'); // "39,8 / 10,6 = 3,75 → rounds to 3,8, not 4,1; should read 'up 3,8 times'"
 */
export function mismatchMessage(ctx: MessageContext, expected: string): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const head = equation(ctx);
  const qualifier = ctx.worded.claim.qualifier;
  const advice = t.advise(expected);
  if (qualifier === 'lower' || qualifier === 'upper') return `${head}; ${t.missesBound(quoteClaimFigure(ctx.worded, ctx.lang))}; ${advice}`;
  if (qualifier === 'about') return `${head}; ${t.missesAbout(quoteClaimFigure(ctx.worded, ctx.lang))}; ${advice}`;
  return `${head} → ${t.roundsTo} ${roundedText(ctx)}, ${t.notInstead(claimedText(ctx))}; ${advice}`;
}

/** The two values as the table prints them: "62,4% → 33,65%" (only the direction and points messages need them). */
function valuesText(ctx: MessageContext): string {
  const from = formatValue(ctx.from.value, ctx.from.decimals, ctx.valueSign);
  const to = formatValue(ctx.to.value, ctx.to.decimals, ctx.valueSign);
  return `${from} → ${to}`;
}

function changeWord(ctx: MessageContext, sign: number): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  return sign < 0 ? t.down : t.up;
}

/**
 * The points phrase that `match_points` advises, e.g. "giảm 28,75 điểm phần trăm".
 *
 * @example
 * pointsPhrase(ctx, 28.75); // "giảm 28,75 điểm phần trăm" ("down 28,75 percentage points" in English)
 */
export function pointsPhrase(ctx: MessageContext, points: number): string {
  return `${changeWord(ctx, changeSign(ctx))} ${formatNumber(points, claimDecimals(ctx))} ${pointsWords(ctx.valueSign, ctx.lang)}`;
}

/**
 * `match_points`: "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%);
 * nên ghi 'giảm 28,75 điểm phần trăm'".
 *
 * @example
 * pointsMessage(ctx, 28.75, 'down 28,75 percentage points'); // "62,4% → 33,65% is down 28,75 percentage points (equivalent to down 46,1%); …"
 */
export function pointsMessage(ctx: MessageContext, points: number, expected: string): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const verb = changeWord(ctx, changeSign(ctx));
  const relative = Math.abs(ctx.to.value / ctx.from.value - 1) * 100;
  const change = pointsPhrase(ctx, points);
  return `${t.isChange(valuesText(ctx), change)} (${t.equivalent(`${verb} ${formatNumber(relative, 1)}%`)}); ${t.advise(expected)}`;
}

/**
 * `wrong_direction`: "54,06% → 53,75% là giảm, không phải tăng".
 *
 * @example
 * wrongDirectionMessage({ ...ctx, lang: 'en' }); // "54,06% → 53,75% is down, not up"
 */
export function wrongDirectionMessage(ctx: MessageContext): string {
  const sign = changeSign(ctx);
  return MESSAGE_STRINGS[ctx.lang].notDirection(valuesText(ctx), changeWord(ctx, sign), changeWord(ctx, -sign));
}

/**
 * `match` for a direction-only claim: "54,06% → 56,1% là tăng".
 *
 * @example
 * directionMatchMessage({ ...ctx, lang: 'en' }); // "54,06% → 56,1% is up"
 */
export function directionMatchMessage(ctx: MessageContext): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const sign = changeSign(ctx);
  if (sign === 0) return t.unchanged(valuesText(ctx));
  return t.isChange(valuesText(ctx), changeWord(ctx, sign));
}

/** Facts for the `implied` message. */
export interface ImpliedFacts {
  readonly worded: WordedClaim;
  readonly present: Measured;
  readonly missing: 'from' | 'to';
  readonly value: number;
  readonly bound: ImpliedBound;
  readonly valueSign: UnitSign | null;
  readonly lang: Lang;
}

/**
 * `implied`: "tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808"
 * (the implied value is rounded at the present value's precision).
 *
 * @example
 * impliedMessage({ ...facts, lang: 'en' }); // "up 160% to 1.042.100 ⇒ the base-year value about 400.808"
 */
export function impliedMessage(facts: ImpliedFacts): string {
  const { worded, present, missing, value, bound, valueSign, lang } = facts;
  const t = MESSAGE_STRINGS[lang];
  const direction = worded.claim.direction === 'down' ? -1 : 1;
  const claimed = `${leadWord(worded, direction, lang)} ${quoteClaimFigure(worded, lang)}`.trim();
  const presentText = formatValue(present.value, present.decimals, valueSign);
  const impliedText = formatValue(value, present.decimals, valueSign);
  const plan = KIND_RULES[worded.kind].planBase;
  return `${claimed}${t.impliedLink(plan, missing, presentText)} ⇒ ${t.impliedTarget(plan, missing)} ${t.bounds[bound]} ${impliedText}`;
}

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

/**
 * A message in both languages, made by one function of the language.
 *
 * @example
 * inBoth((lang) => notComputableMessage('no-figure', lang)); // { vi: 'Nhận định không có …', en: 'The claim has no figure to check.' }
 */
export function inBoth(make: (lang: Lang) => string): Localized {
  return { vi: make('vi'), en: make('en') };
}
