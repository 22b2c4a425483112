import { comparativeFor } from '../claims/read-claim-words';
import { formatNumber } from '../numbers/format-number';
import { changeSign, claimDecimals, type MessageContext } from './format-numerals';
import { MESSAGE_STRINGS } from './message-strings';
import { formatValue, pointsWords } from './wording';

/** The two values as the table prints them: "62,4% → 33,65%" (only the direction and points messages need them). */
function valuesText(ctx: MessageContext): string {
  const from = formatValue(ctx.from.value, ctx.from.decimals, ctx.valueSign);
  const to = formatValue(ctx.to.value, ctx.to.decimals, ctx.valueSign);
  return `${from} → ${to}`;
}

/** "tăng" or "giảm" for a change of this sign; in the claim's comparative when it printed one ("thấp hơn"). */
function changeWord(ctx: MessageContext, sign: number): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const printed = ctx.worded.claim.comparative;
  if (printed === undefined) return sign < 0 ? t.down : t.up;
  return t.comparatives[comparativeFor(printed, sign < 0 ? 'down' : 'up')];
}

/**
 * The points phrase that `match_points` advises, e.g. "giảm 28,75 điểm phần trăm", or per year
 * ("giảm 2,13 điểm phần trăm/năm") for an average rate.
 *
 * @example
 * pointsPhrase(ctx, 28.75); // "giảm 28,75 điểm phần trăm" ("down 28,75 percentage points" in English)
 * pointsPhrase(ctx, 2.133, true); // "giảm 2,13 điểm phần trăm/năm"
 */
export function pointsPhrase(ctx: MessageContext, points: number, yearly = false): string {
  const perYear = yearly ? MESSAGE_STRINGS[ctx.lang].perYear : '';
  return `${changeWord(ctx, changeSign(ctx))} ${formatNumber(points, claimDecimals(ctx))} ${pointsWords(ctx.valueSign, ctx.lang)}${perYear}`;
}

/**
 * `match_points`: "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%);
 * nên ghi 'giảm 28,75 điểm phần trăm'". For an average rate, `yearlyRate` is the compound rate the claim was
 * checked as: "28,5% → 22,1% là giảm 2,13 điểm phần trăm/năm (tương đương giảm 8,13%/năm); …".
 *
 * @example
 * pointsMessage(ctx, 28.75, 'down 28,75 percentage points'); // "62,4% → 33,65% is down 28,75 percentage points (equivalent to down 46,1%); …"
 */
export function pointsMessage(ctx: MessageContext, points: number, expected: string, yearlyRate: number | null = null): string {
  const t = MESSAGE_STRINGS[ctx.lang];
  const verb = changeWord(ctx, changeSign(ctx));
  const relative = yearlyRate === null ? `${formatNumber(Math.abs(ctx.to.value / ctx.from.value - 1) * 100, 1)}%` : `${formatNumber(Math.abs(yearlyRate), 2)}%${t.perYear}`;
  const change = pointsPhrase(ctx, points, yearlyRate !== null);
  return `${t.isChange(valuesText(ctx), change)} (${t.equivalent(`${verb} ${relative}`)}); ${t.advise(expected)}`;
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
