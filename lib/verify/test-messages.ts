import type { Claim } from '../claims/types';
import type { Measured, UnitSign } from '../numbers/types';
import { computeFigure, effectiveKind, type Computation } from './compute';
import { numeralsOf, type MessageContext } from './format-numerals';

/**
 * The context of a Vietnamese message about two values, for tests of the message writers.
 *
 * @example
 * messageContext(makeClaim('Tăng 3,8 lần', 'ratio', 'up', [3.8, 1]), m(10.6, 1), m(39.8, 1)).numerals.formula; // '39,8 / 10,6'
 */
export function messageContext(claim: Claim, from: Measured, to: Measured, years: number | null = null, valueSign: UnitSign | null = null): MessageContext {
  const facts = { worded: { kind: effectiveKind(claim), claim }, from, to, years, valueSign };
  const computation = computeFigure({ kind: facts.worded.kind, direction: claim.direction, unitSign: claim.unitSign, years }, from, to);
  return { ...facts, numerals: numeralsOf(facts, computation), lang: 'vi' };
}

/**
 * The computation behind a message context; throws when there is none (a test set up wrong).
 *
 * @example
 * computedOf(ctx).point; // 3.7547…
 */
export function computedOf(ctx: MessageContext): Computation {
  const c = ctx.worded.claim;
  const result = computeFigure({ kind: ctx.worded.kind, direction: c.direction, unitSign: c.unitSign, years: ctx.years }, ctx.from, ctx.to);
  if (result === null) throw new Error('test setup: not computable');
  return result;
}
