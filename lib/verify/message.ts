import { roundTo } from '../numbers/decimals';
import { formatNumber } from '../numbers/format-number';
import type { Measured, UnitSign } from '../numbers/types';
import type { Computation } from './compute';
import type { ImpliedBound } from './implied';
import type { Interval } from './types';
import {
  displayDecimals,
  formatValue,
  leadWord,
  phraseFigure,
  pointsWords,
  quoteClaimFigure,
  resultSuffix,
  type WordedClaim,
} from './wording';

/** Everything a message about two present values needs. */
export interface MessageContext {
  readonly worded: WordedClaim;
  readonly from: Measured;
  readonly to: Measured;
  readonly years: number | null;
  /** `%`/`‰` when the table's unit is one of those. */
  readonly valueSign: UnitSign | null;
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

function formatYears(years: number): string {
  return formatNumber(years, Number.isInteger(years) ? 0 : 2);
}

function changeSign(ctx: MessageContext): number {
  return Math.sign(ctx.to.value - ctx.from.value);
}

/**
 * The arithmetic of the claim's formula with the printed values, e.g. "39,8 / 10,6",
 * "1 − 33,65 / 62,4", "(10.607 / 7.600)^(1/7) − 1".
 */
export function formulaText(ctx: MessageContext): string {
  const f = formatNumber(ctx.from.value, ctx.from.decimals);
  const t = formatNumber(ctx.to.value, ctx.to.decimals);
  const falling = ctx.to.value < ctx.from.value;
  switch (ctx.worded.kind) {
    case 'ratio':
    case 'plan':
      return `${t} / ${f}`;
    case 'ratio-down':
      return `${f} / ${t}`;
    case 'index':
      return `${t} / ${f} × 100`;
    case 'ratio-minus-one':
      return `${t} / ${f} − 1`;
    case 'percent':
      return falling ? `1 − ${t} / ${f}` : `${t} / ${f} − 1`;
    case 'average-annual': {
      const root = `(${t} / ${f})^(1/${formatYears(ctx.years ?? 0)})`;
      return ctx.worded.claim.direction === 'down' ? `1 − ${root}` : `${root} − 1`;
    }
    default:
      return falling ? `${f} − ${t}` : `${t} − ${f}`;
  }
}

function claimDecimals(ctx: MessageContext): number {
  return ctx.worded.claim.figure?.decimals ?? 0;
}

/** "39,8 / 10,6 = 3,75" */
function equation(ctx: MessageContext, computation: Computation): string {
  const shown = formatNumber(computation.point, displayDecimals(claimDecimals(ctx)));
  return `${formulaText(ctx)} = ${shown}${resultSuffix(ctx.worded)}`;
}

/** "làm tròn 3,8" at the claim's precision. */
function roundedText(ctx: MessageContext, computation: Computation): string {
  return `${formatNumber(computation.point, claimDecimals(ctx))}${resultSuffix(ctx.worded)}`;
}

function claimedText(ctx: MessageContext): string {
  const figure = ctx.worded.claim.figure;
  if (figure === null) return '';
  const upper = ctx.worded.claim.upper;
  const range = upper ? `–${formatNumber(upper.value, upper.decimals)}` : '';
  return `${formatNumber(figure.value, figure.decimals)}${range}${resultSuffix(ctx.worded)}`;
}

function intervalText(interval: Interval, decimals: number): string {
  return `${formatNumber(interval.lo, decimals)}–${formatNumber(interval.hi, decimals)}`;
}

/** The figure that should have been printed, at the claim's precision, in the claim's words. */
export function expectedPhrase(ctx: MessageContext, value: number): string {
  return phraseFigure(ctx.worded, value, claimDecimals(ctx), changeSign(ctx), null);
}

/**
 * `match`: "39,8 / 10,6 = 3,75 → làm tròn 3,8"; with a qualifier "…; đạt 'trên 10%/năm'";
 * at an interval edge, says the claim still fits within the values' rounding.
 */
export function matchMessage(ctx: MessageContext, computation: Computation): string {
  const claim = ctx.worded.claim;
  const head = equation(ctx, computation);
  if (claim.qualifier === 'lower' || claim.qualifier === 'upper') {
    return `${head}; đạt '${quoteClaimFigure(ctx.worded)}'`;
  }
  if (claim.qualifier === 'about') {
    return `${head}; khớp '${quoteClaimFigure(ctx.worded)}' (sai lệch trong ±5%)`;
  }
  const figure = claim.figure;
  const decimals = claimDecimals(ctx);
  const rounded = `→ làm tròn ${roundedText(ctx, computation)}`;
  if (figure !== null && roundTo(computation.point, decimals) === roundTo(figure.value, decimals)) {
    return `${head} ${rounded}`;
  }
  const range = intervalText(computation.interval, displayDecimals(decimals));
  return `${head} ${rounded}; vẫn khớp ${claimedText(ctx)} khi tính sai số làm tròn của số liệu (${range})`;
}

/** `match_truncated`: "… = 186,37% → làm tròn 186,4%, không phải 186,3% (số bị cắt bớt chữ số)". */
export function truncatedMessage(ctx: MessageContext, computation: Computation): string {
  return `${equation(ctx, computation)} → làm tròn ${roundedText(ctx, computation)}, không phải ${claimedText(ctx)} (số bị cắt bớt chữ số)`;
}

/**
 * `mismatch`: "… = 3,75 → làm tròn 3,8, không phải 4,1; nên ghi 'tăng 3,8 lần'", or with a
 * qualifier "… = 4,88%/năm; không đạt 'trên 10%/năm'; nên ghi 'tăng 5%/năm'".
 */
export function mismatchMessage(ctx: MessageContext, computation: Computation, expected: string): string {
  const head = equation(ctx, computation);
  const qualifier = ctx.worded.claim.qualifier;
  const advice = `nên ghi '${expected}'`;
  if (qualifier === 'lower' || qualifier === 'upper') {
    return `${head}; không đạt '${quoteClaimFigure(ctx.worded)}'; ${advice}`;
  }
  if (qualifier === 'about') {
    return `${head}; không khớp '${quoteClaimFigure(ctx.worded)}' (lệch quá ±5%); ${advice}`;
  }
  return `${head} → làm tròn ${roundedText(ctx, computation)}, không phải ${claimedText(ctx)}; ${advice}`;
}

function valuesText(ctx: MessageContext): string {
  const from = formatValue(ctx.from.value, ctx.from.decimals, ctx.valueSign);
  const to = formatValue(ctx.to.value, ctx.to.decimals, ctx.valueSign);
  return `${from} → ${to}`;
}

/**
 * `match_points`: "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%);
 * nên ghi 'giảm 28,75 điểm phần trăm'".
 */
export function pointsMessage(ctx: MessageContext, points: number, expected: string): string {
  const sign = changeSign(ctx);
  const verb = sign < 0 ? 'giảm' : 'tăng';
  const relative = Math.abs(ctx.to.value / ctx.from.value - 1) * 100;
  const pointsText = `${formatNumber(points, claimDecimals(ctx))} ${pointsWords(ctx.valueSign)}`;
  return `${valuesText(ctx)} là ${verb} ${pointsText} (tương đương ${verb} ${formatNumber(relative, 1)}%); nên ghi '${expected}'`;
}

/** The points phrase that `match_points` advises, e.g. "giảm 28,75 điểm phần trăm". */
export function pointsPhrase(ctx: MessageContext, points: number): string {
  const verb = changeSign(ctx) < 0 ? 'giảm' : 'tăng';
  return `${verb} ${formatNumber(points, claimDecimals(ctx))} ${pointsWords(ctx.valueSign)}`;
}

/** `wrong_direction`: "54,06% → 53,75% là giảm, không phải tăng". */
export function wrongDirectionMessage(ctx: MessageContext): string {
  const actual = changeSign(ctx) < 0 ? 'giảm' : 'tăng';
  const claimed = actual === 'giảm' ? 'tăng' : 'giảm';
  return `${valuesText(ctx)} là ${actual}, không phải ${claimed}`;
}

/** `match` for a direction-only claim: "54,06% → 56,1% là tăng". */
export function directionMatchMessage(ctx: MessageContext): string {
  const sign = changeSign(ctx);
  if (sign === 0) return `${valuesText(ctx)} là không đổi (trong độ chính xác của số liệu)`;
  return `${valuesText(ctx)} là ${sign < 0 ? 'giảm' : 'tăng'}`;
}

const BOUND_WORDS: Record<ImpliedBound, string> = { about: 'khoảng', above: 'trên', below: 'dưới' };

/** Facts for the `implied` message. */
export interface ImpliedFacts {
  readonly worded: WordedClaim;
  readonly present: Measured;
  readonly missing: 'from' | 'to';
  readonly value: number;
  readonly bound: ImpliedBound;
  readonly valueSign: UnitSign | null;
}

/**
 * `implied`: "tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808"
 * (the implied value is rounded at the present value's precision).
 */
export function impliedMessage(facts: ImpliedFacts): string {
  const { worded, present, missing, value, bound, valueSign } = facts;
  const direction = worded.claim.direction === 'down' ? -1 : 1;
  const claimed = phraseFigureWithQualifier(worded, direction);
  const presentText = formatValue(present.value, present.decimals, valueSign);
  const impliedText = formatValue(value, present.decimals, valueSign);
  const isPlan = worded.kind === 'plan';
  const link = isPlan
    ? missing === 'from'
      ? `, thực hiện ${presentText}`
      : `, kế hoạch ${presentText}`
    : missing === 'from'
      ? ` đến ${presentText}`
      : ` từ ${presentText}`;
  const target = isPlan
    ? missing === 'from'
      ? 'kế hoạch'
      : 'giá trị thực hiện'
    : missing === 'from'
      ? 'giá trị năm gốc'
      : 'giá trị năm sau';
  return `${claimed}${link} ⇒ ${target} ${BOUND_WORDS[bound]} ${impliedText}`;
}

function phraseFigureWithQualifier(worded: WordedClaim, direction: number): string {
  return `${leadWord(worded, direction)} ${quoteClaimFigure(worded)}`;
}

const NOT_COMPUTABLE_MESSAGES: Record<NotComputableReason, string> = {
  'both-missing': 'Thiếu cả hai giá trị so sánh, không tính được.',
  'no-figure': 'Nhận định không có con số để kiểm tra.',
  'zero-base': 'Giá trị gốc bằng 0 hoặc âm, không tính được tỷ lệ.',
  'negative-value': 'Giá trị âm, không tính được tốc độ tăng bình quân.',
  'no-years': 'Không rõ số năm giữa hai mốc, không tính được tốc độ bình quân mỗi năm.',
  'direction-needs-both': 'Thiếu một giá trị, không xác định được chiều tăng hay giảm.',
  'no-direction': 'Nhận định không nói tăng hay giảm, không suy ra được giá trị còn thiếu.',
  'not-implied': 'Không suy ra được giá trị còn thiếu từ nhận định này.',
};

/** The message of a `not_computable` verdict. */
export function notComputableMessage(reason: NotComputableReason): string {
  return NOT_COMPUTABLE_MESSAGES[reason];
}

/** The message of an `unparsed` verdict: the phrase is shown, quoted. */
export function unparsedMessage(text: string): string {
  return `'${text}' không phải dạng nhận định đã biết (tăng/giảm … lần, %, điểm phần trăm, %/năm, % kế hoạch), không kiểm tra được.`;
}
