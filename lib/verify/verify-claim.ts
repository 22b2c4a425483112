import type { Claim, ClaimKind } from '../claims/types';
import type { Measured, UnitSign } from '../numbers/types';
import { baseSideOf, computeFigure, effectiveKind, type Computation } from './compute';
import { impliedValue } from './implied';
import { claimInterval, intersects, magnitudeInterval, truncationInterval, valueInterval } from './interval';
import {
  directionMatchMessage,
  expectedPhrase,
  impliedMessage,
  matchMessage,
  mismatchMessage,
  notComputableMessage,
  pointsMessage,
  pointsPhrase,
  truncatedMessage,
  unparsedMessage,
  wrongDirectionMessage,
  type ImpliedFacts,
  type MessageContext,
  type NotComputableReason,
} from './message';
import type { ClaimInput, Interval, Verdict, Verification } from './types';
import { readValueUnitSign } from './value-unit';
import { withLazyMessageOf } from './lazy-message';

/** A verification before its message: what a table row keeps (the message is built on first read). */
export type VerificationCore = Omit<Verification, 'message'>;

const EMPTY: Omit<Verification, 'verdict' | 'message' | 'claim'> = {
  computed: null,
  computedInterval: null,
  expected: null,
  implied: null,
};

/** A value the formulas can use: finite, with a whole, non-negative number of decimals (capped at 15). */
function usable(measured: Measured | null | undefined): Measured | null {
  if (!measured || !Number.isFinite(measured.value)) return null;
  const raw = Number.isFinite(measured.decimals) ? Math.trunc(measured.decimals) : 0;
  const decimals = Math.min(15, Math.max(0, raw));
  return decimals === measured.decimals ? measured : { value: measured.value, decimals };
}

/**
 * The fields in the order `{ ...EMPTY, ...computed, verdict, claim }` gives them, built as one
 * literal (no spread): this runs on every checked row.
 */
function core(
  verdict: Verdict,
  claim: Claim,
  computation: Computation | null,
  expected: string | null,
  implied: Verification['implied'],
): VerificationCore {
  let computed: number | null = null;
  let computedInterval: Interval | null = null;
  if (computation !== null) {
    // Display rounding only (4 decimals); the verdict uses the exact interval.
    const scaled = Math.round(computation.point * 1e4) / 1e4;
    computed = Number.isFinite(scaled) ? scaled : computation.point;
    computedInterval = computation.interval;
  }
  return { computed, computedInterval, expected, implied, verdict, claim };
}

/**
 * What a verification's message is built from, kept only when a message is wanted (verifyClaim):
 * a plain record read by one static function, so the check itself allocates no closure.
 */
type MessagePlan =
  | { readonly type: 'not-computable'; readonly reason: NotComputableReason }
  | { readonly type: 'implied'; readonly facts: ImpliedFacts }
  | { readonly type: 'wrong-direction' | 'direction-match'; readonly ctx: MessageContext }
  | { readonly type: 'match' | 'truncated'; readonly ctx: MessageContext; readonly computation: Computation }
  | { readonly type: 'points'; readonly ctx: MessageContext; readonly points: number; readonly expected: string }
  | {
      readonly type: 'mismatch';
      readonly ctx: MessageContext;
      readonly computation: Computation;
      readonly expected: string;
    };

function describePlan(plan: MessagePlan): string {
  switch (plan.type) {
    case 'not-computable':
      return notComputableMessage(plan.reason);
    case 'implied':
      return impliedMessage(plan.facts);
    case 'wrong-direction':
      return wrongDirectionMessage(plan.ctx);
    case 'direction-match':
      return directionMatchMessage(plan.ctx);
    case 'match':
      return matchMessage(plan.ctx, plan.computation);
    case 'truncated':
      return truncatedMessage(plan.ctx, plan.computation);
    case 'points':
      return pointsMessage(plan.ctx, plan.points, plan.expected);
    case 'mismatch':
      return mismatchMessage(plan.ctx, plan.computation, plan.expected);
  }
}

/** The facts every two-value message reads. */
function contextOf(
  kind: ClaimKind,
  claim: Claim,
  from: Measured,
  to: Measured,
  years: number | null,
  valueSign: UnitSign | null,
): MessageContext {
  return { worded: { kind, claim }, from, to, years, valueSign };
}

function notComputable(claim: Claim, reason: NotComputableReason, withMessage: boolean): Verification {
  const result = core('not_computable', claim, null, null, null);
  return withMessage ? withMessagePlan(result, { type: 'not-computable', reason }) : (result as Verification);
}

function withMessagePlan(result: VerificationCore, plan: MessagePlan): Verification {
  return withLazyMessageOf(result, describePlan, plan);
}

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
 * // { verdict: 'match', computed: 3.7547, message: '39,8 / 10,6 = 3,75 → làm tròn 3,8', … }
 */
export function verifyClaim(input: ClaimInput): Verification {
  return judgeClaim(input, true);
}

/**
 * verifyClaim without the message: the verdict and figures only, for callers that build the
 * message later (a table row builds it on first read by calling verifyClaim again).
 *
 * @example
 * verifyClaimCore({ from: { value: 10.6, decimals: 1 }, to: { value: 39.8, decimals: 1 }, unit: '', years: 13,
 *   claim: parseClaim('Tăng 3,8 lần') }).verdict; // 'match'
 */
export function verifyClaimCore(input: ClaimInput): VerificationCore {
  return judgeClaim(input, false);
}

function judgeClaim(input: ClaimInput, withMessage: boolean): Verification {
  const parsed = input.claim;
  if (parsed === null) return { ...EMPTY, verdict: 'none', message: '', claim: null };
  if (!parsed.ok) return { ...EMPTY, verdict: 'unparsed', message: unparsedMessage(parsed.text), claim: null };
  const claim = parsed;
  const kind = effectiveKind(claim);
  const valueSign = readValueUnitSign(input.unit);
  const years = input.years !== null && Number.isFinite(input.years) && input.years > 0 ? input.years : null;
  const from = usable(input.from) ?? usable(claim.fromTo?.from);
  const to = usable(input.to) ?? usable(claim.fromTo?.to);
  const figure = usable(claim.figure);

  if (kind !== 'direction' && figure === null) return notComputable(claim, 'no-figure', withMessage);
  if (from === null && to === null) return notComputable(claim, 'both-missing', withMessage);
  if (kind === 'direction' && (from === null || to === null)) return notComputable(claim, 'direction-needs-both', withMessage);
  if (kind === 'average-annual' && years === null) return notComputable(claim, 'no-years', withMessage);
  const baseSide = baseSideOf(kind);
  const base = baseSide === 'from' ? from : baseSide === 'to' ? to : null;
  if (base !== null && !(base.value > 0)) return notComputable(claim, 'zero-base', withMessage);
  if (kind === 'average-annual' && to !== null && to.value < 0) return notComputable(claim, 'negative-value', withMessage);

  if (from === null || to === null) {
    const present = from ?? to;
    if (present === null || figure === null) return notComputable(claim, 'both-missing', withMessage);
    const missing = from === null ? 'from' : 'to';
    const result = impliedValue({
      kind,
      direction: claim.direction,
      unitSign: claim.unitSign,
      qualifier: claim.qualifier,
      figure: figure.value,
      years,
      present: present.value,
      missing,
    });
    if (!result.ok) {
      const reason = result.reason === 'no-direction' || result.reason === 'no-years' ? result.reason : 'not-implied';
      return notComputable(claim, reason, withMessage);
    }
    const implied = core('implied', claim, null, null, { side: missing, value: result.value });
    if (!withMessage) return implied as Verification;
    const facts: ImpliedFacts = { worded: { kind, claim }, present, missing, value: result.value, bound: result.bound, valueSign };
    return withMessagePlan(implied, { type: 'implied', facts });
  }

  const computation = computeFigure({ kind, direction: claim.direction, unitSign: claim.unitSign, years }, from, to);
  const wrongWay =
    (claim.direction === 'up' && to.value < from.value) || (claim.direction === 'down' && to.value > from.value);
  if (wrongWay) {
    const result = core('wrong_direction', claim, computation, null, null);
    if (!withMessage) return result as Verification;
    return withMessagePlan(result, { type: 'wrong-direction', ctx: contextOf(kind, claim, from, to, years, valueSign) });
  }
  if (computation === null) return notComputable(claim, 'not-implied', withMessage);
  if (kind === 'direction' || figure === null) {
    const result = core('match', claim, computation, null, null);
    if (!withMessage) return result as Verification;
    return withMessagePlan(result, { type: 'direction-match', ctx: contextOf(kind, claim, from, to, years, valueSign) });
  }

  if (intersects(computation.interval, claimInterval(figure, claim.qualifier))) {
    const result = core('match', claim, computation, null, null);
    if (!withMessage) return result as Verification;
    const ctx = contextOf(kind, claim, from, to, years, valueSign);
    return withMessagePlan(result, { type: 'match', ctx, computation });
  }
  // Every verdict below prints the figure that was expected, in the claim's words.
  const ctx = contextOf(kind, claim, from, to, years, valueSign);
  if (claim.qualifier === null && intersects(computation.interval, truncationInterval(figure))) {
    const expected = expectedPhrase(ctx, computation.point);
    const result = core('match_truncated', claim, computation, expected, null);
    return withMessage ? withMessagePlan(result, { type: 'truncated', ctx, computation }) : (result as Verification);
  }
  if (kind === 'percent' && claim.unitSign !== null && valueSign !== null) {
    const pointsInterval = magnitudeInterval({
      lo: valueInterval(to).lo - valueInterval(from).hi,
      hi: valueInterval(to).hi - valueInterval(from).lo,
    });
    if (intersects(pointsInterval, claimInterval(figure, claim.qualifier))) {
      const points = Math.abs(to.value - from.value);
      const expected = pointsPhrase(ctx, points);
      const result = core('match_points', claim, computation, expected, null);
      return withMessage ? withMessagePlan(result, { type: 'points', ctx, points, expected }) : (result as Verification);
    }
  }
  const expected = expectedPhrase(ctx, computation.point);
  const result = core('mismatch', claim, computation, expected, null);
  return withMessage ? withMessagePlan(result, { type: 'mismatch', ctx, computation, expected }) : (result as Verification);
}
