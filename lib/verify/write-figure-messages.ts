import { roundTo } from '../numbers/decimals';
import { formatNumber } from '../numbers/format-number';
import type { Computation } from './compute';
import { changeSign, claimDecimals, type MessageContext } from './format-numerals';
import { MESSAGE_STRINGS } from './message-strings';
import type { Interval } from './types';
import { displayDecimals, phraseFigure, quoteClaimFigure, resultSuffix } from './wording';

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
