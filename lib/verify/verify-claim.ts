import type { Claim, ClaimKind } from '../claims/types';
import { inBoth, type Lang, type Localized } from '../i18n/lang';
import type { Measured, UnitSign } from '../numbers/types';
import { baseSideOf, computeFigure, effectiveKind, type Computation } from './compute';
import { KIND_RULES, type FigureFamily } from './kind-rules';
import { impliedValue } from './implied';
import { claimInterval, intersects, magnitudeInterval, truncationInterval, valueInterval } from './interval';
import { numeralsOf, type MessageContext } from './format-numerals';
import { notComputableMessage, unparsedMessage, type NotComputableReason } from './message-strings';
import { directionMatchMessage, pointsMessage, pointsPhrase, wrongDirectionMessage } from './write-change-messages';
import { expectedPhrase, matchMessage, mismatchMessage, truncatedMessage } from './write-figure-messages';
import { impliedMessage } from './write-implied-message';
import type { ClaimInput, Interval, Verdict, Verification } from './types';
import { readValueUnitSign } from './value-unit';
import { scaleClaim } from './scale-claim';

/** The interval a claim stands for: its figure's, or for a range from the lower bound's to the upper's (spec §2b). */
/**
 * A `%`/`‰` claim on values in `%`/`‰` read as a difference in points (spec §3 `match_points`): the whole
 * difference for a relative change ("giảm 28,75%" of 62,4% → 33,65%), the difference per year for an average
 * rate ("bình quân mỗi năm giảm 2,13%" of 28,5% → 22,1% in 3 years); `null` for the other families.
 */
function pointsReading(
  family: FigureFamily,
  from: Measured,
  to: Measured,
  years: number | null,
): { readonly interval: Interval; readonly point: number; readonly yearly: boolean } | null {
  const per = family === 'per-year' ? years : family === 'relative' ? 1 : null;
  if (per === null) return null;
  const interval = magnitudeInterval({ lo: (valueInterval(to).lo - valueInterval(from).hi) / per, hi: (valueInterval(to).hi - valueInterval(from).lo) / per });
  return { interval, point: Math.abs(to.value - from.value) / per, yearly: family === 'per-year' };
}

function claimRange(claim: Claim, figure: Measured): Interval {
  const lower = claimInterval(figure, claim.qualifier);
  const upper = claim.upper ? usable(claim.upper) : null;
  return upper === null ? lower : { lo: lower.lo, hi: claimInterval(upper, claim.qualifier).hi };
}

const EMPTY: Omit<Verification, 'verdict' | 'message' | 'claim'> = {
  computed: null,
  computedInterval: null,
  expected: null,
  implied: null,
};

/**
 * A value the formulas can use: finite, with a whole number of decimals (capped at ±15). Negative decimals
 * come only from scale conversion (a claim in "đồng" against values in "triệu đồng"): 7 triệu is ±500.000 đồng.
 */
function usable(measured: Measured | null | undefined): Measured | null {
  if (!measured || !Number.isFinite(measured.value)) return null;
  const raw = Number.isFinite(measured.decimals) ? Math.trunc(measured.decimals) : 0;
  const decimals = Math.min(15, Math.max(-15, raw));
  return decimals === measured.decimals ? measured : { value: measured.value, decimals };
}

/** A verification of a parsed claim, with its message. */
function verification(
  verdict: Verdict,
  claim: Claim,
  computation: Computation | null,
  expected: string | null,
  implied: Verification['implied'],
  message: Localized,
): Verification {
  let computed: number | null = null;
  let computedInterval: Interval | null = null;
  if (computation !== null) {
    // Display rounding only (4 decimals); the verdict uses the exact interval.
    const scaled = Math.round(computation.point * 1e4) / 1e4;
    computed = Number.isFinite(scaled) ? scaled : computation.point;
    computedInterval = computation.interval;
  }
  return { verdict, computed, computedInterval, expected, implied, message, claim };
}

/** The message context in each language: the numbers are formatted once, for both. */
function contextOf(
  kind: ClaimKind,
  claim: Claim,
  from: Measured,
  to: Measured,
  years: number | null,
  valueSign: UnitSign | null,
  computation: Computation | null,
  period: boolean,
): Readonly<Record<Lang, MessageContext>> {
  const worded = { kind, claim, period };
  const numerals = numeralsOf({ worded, from, to, years, valueSign }, computation);
  // Two plain literals: spreading the facts into each was a tenth of the CLI check's time (V8 clones them slowly).
  return {
    vi: { worded, from, to, years, valueSign, numerals, lang: 'vi' },
    en: { worded, from, to, years, valueSign, numerals, lang: 'en' },
  };
}

function notComputable(claim: Claim, reason: NotComputableReason): Verification {
  return verification('not_computable', claim, null, null, null, inBoth((lang) => notComputableMessage(reason, lang)));
}

const NO_MESSAGE: Localized = { vi: '', en: '' };

/**
 * Checks one printed claim against the two values it compares, by the rules of spec §3:
 * claim and values each stand for their rounding interval, and the claim matches when the
 * computed interval meets the claim's interval.
 *
 * Order: no claim → `none`; unreadable claim → `unparsed`; missing values, a non-positive base
 * or missing years → `not_computable`; one value missing → `implied`; then `wrong_direction`,
 * `match`, `match_truncated`, `match_points`, `mismatch`. A direction-only claim gives only
 * `match` or `wrong_direction` (equal values are not a wrong direction). When the table lacks a
 * value but the claim prints it ("tăng từ 54,06% lên 53,75%"), the claim's own figure is used.
 *
 * @example
 * verifyClaim({
 *   from: { value: 10.6, decimals: 1 }, to: { value: 39.8, decimals: 1 }, unit: 'Triệu đồng', years: 13,
 *   claim: { ok: true, kind: 'ratio', direction: 'up', figure: { value: 3.8, decimals: 1 }, unitSign: null,
 *            unitWord: null, qualifier: null, fromTo: null, text: 'Tăng 3,8 lần' },
 * });
 * // { verdict: 'match', computed: 3.7547, message: { vi: '39,8 / 10,6 = 3,75 → làm tròn 3,8', en: '… → rounds to 3,8' }, … }
 */
export function verifyClaim(input: ClaimInput): Verification {
  const v = verifyInUnits(input);
  // The arithmetic may state a claim in the values' unit (scale words); the result keeps the claim as printed.
  return v.claim === null || v.claim === input.claim ? v : { ...v, claim: input.claim?.ok === true ? input.claim : v.claim };
}

/** verifyClaim, with the claim as the arithmetic states it (in the values' unit when its scale words differ). */
function verifyInUnits(input: ClaimInput): Verification {
  const parsed = input.claim;
  if (parsed === null) return { ...EMPTY, verdict: 'none', message: NO_MESSAGE, claim: null };
  if (!parsed.ok) {
    return { ...EMPTY, verdict: 'unparsed', message: inBoth((lang) => unparsedMessage(parsed.text, lang)), claim: null };
  }
  const kind = effectiveKind(parsed);
  const valueSign = readValueUnitSign(input.unit);
  const years = input.years !== null && Number.isFinite(input.years) && input.years > 0 ? input.years : null;
  // Scale words (spec §2b): a difference claim and its values are put in one unit first.
  const { claim, from, to, figure } = scaleClaim(
    parsed,
    kind,
    input.unit,
    usable(input.from) ?? usable(parsed.fromTo?.from),
    usable(input.to) ?? usable(parsed.fromTo?.to),
    usable(parsed.figure),
  );

  const rules = KIND_RULES[kind];
  if (rules.family !== 'sign' && figure === null) return notComputable(claim, 'no-figure');
  if (from === null && to === null) return notComputable(claim, 'both-missing');
  if (rules.family === 'sign' && (from === null || to === null)) return notComputable(claim, 'direction-needs-both');
  if (rules.needsYears && years === null) return notComputable(claim, 'no-years');
  const baseSide = baseSideOf(kind);
  const base = baseSide === 'from' ? from : baseSide === 'to' ? to : null;
  if (base !== null && !(base.value > 0)) return notComputable(claim, 'zero-base');
  if (rules.needsYears && to !== null && to.value < 0) return notComputable(claim, 'negative-value');

  if (from === null || to === null) {
    const present = from ?? to;
    if (present === null || figure === null) return notComputable(claim, 'both-missing');
    const missing = from === null ? 'from' : 'to';
    const result = impliedValue({
      kind,
      direction: claim.direction,
      unitSign: claim.unitSign,
      qualifier: claim.qualifier,
      figure: figure.value,
      decimals: figure.decimals,
      years,
      present: present.value,
      missing,
      ...(input.presentBound === undefined ? {} : { presentBound: input.presentBound }),
    });
    if (!result.ok) {
      const reason = result.reason === 'no-direction' || result.reason === 'no-years' || result.reason === 'unbounded' ? result.reason : 'not-implied';
      return notComputable(claim, reason);
    }
    const { value, bound } = result;
    const period = input.basePeriod === 'period';
    const presentBound = input.presentBound;
    const message = inBoth((lang) => impliedMessage({ worded: { kind, claim, period }, present, missing, value, bound, valueSign, lang, period, presentBound }));
    return verification('implied', claim, null, null, { side: missing, value }, message);
  }

  const computation = computeFigure({ kind, direction: claim.direction, unitSign: claim.unitSign, years }, from, to);
  const ctx = contextOf(kind, claim, from, to, years, valueSign, computation, input.basePeriod === 'period');
  const wrongWay =
    (claim.direction === 'up' && to.value < from.value) || (claim.direction === 'down' && to.value > from.value);
  if (wrongWay) return verification('wrong_direction', claim, computation, null, null, { vi: wrongDirectionMessage(ctx.vi), en: wrongDirectionMessage(ctx.en) });
  if (computation === null) return notComputable(claim, 'not-implied');
  if (rules.family === 'sign' || figure === null) {
    return verification('match', claim, computation, null, null, { vi: directionMatchMessage(ctx.vi), en: directionMatchMessage(ctx.en) });
  }
  if (intersects(computation.interval, claimRange(claim, figure))) {
    return verification('match', claim, computation, null, null, { vi: matchMessage(ctx.vi, computation), en: matchMessage(ctx.en, computation) });
  }
  // Every verdict below prints the figure that was expected, in the claim's words.
  if (claim.qualifier === null && !claim.upper && intersects(computation.interval, truncationInterval(figure))) {
    const expected = expectedPhrase(ctx.vi, computation.point);
    const message = { vi: truncatedMessage(ctx.vi), en: truncatedMessage(ctx.en) };
    return verification('match_truncated', claim, computation, expected, null, message);
  }
  const asPoints = claim.unitSign !== null && valueSign !== null ? pointsReading(rules.family, from, to, years) : null;
  if (asPoints !== null && intersects(asPoints.interval, claimRange(claim, figure))) {
    const expected = { vi: pointsPhrase(ctx.vi, asPoints.point, asPoints.yearly), en: pointsPhrase(ctx.en, asPoints.point, asPoints.yearly) };
    const message = {
      vi: pointsMessage(ctx.vi, asPoints.point, expected.vi, asPoints.yearly ? computation.point : null),
      en: pointsMessage(ctx.en, asPoints.point, expected.en, asPoints.yearly ? computation.point : null),
    };
    return verification('match_points', claim, computation, expected.vi, null, message);
  }
  const expected = { vi: expectedPhrase(ctx.vi, computation.point), en: expectedPhrase(ctx.en, computation.point) };
  const message = { vi: mismatchMessage(ctx.vi, expected.vi), en: mismatchMessage(ctx.en, expected.en) };
  return verification('mismatch', claim, computation, expected.vi, null, message);
}
