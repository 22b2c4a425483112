import type { ClaimKind, Direction, Qualifier } from '../claims/types';
import type { UnitSign } from '../numbers/types';
import { KIND_RULES } from './kind-rules';

/** How the implied value relates to the truth: `about` for a plain or "khoảng" figure, else a bound. */
export type ImpliedBound = 'about' | 'above' | 'below';

export type ImpliedResult =
  | { readonly ok: true; readonly value: number; readonly bound: ImpliedBound }
  | { readonly ok: false; readonly reason: 'no-direction' | 'no-years' | 'not-positive' | 'not-implied' | 'unbounded' };

/** What the claim says, reduced to the numbers the back-calculation needs. */
export interface ImpliedQuestion {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly unitSign: UnitSign | null;
  readonly qualifier: Qualifier | null;
  /** The claimed figure N. */
  readonly figure: number;
  readonly years: number | null;
  /** The value that is present. */
  readonly present: number;
  /** The side that is missing. */
  readonly missing: 'from' | 'to';
  /** The present value printed as a bound ("hơn 6.000"). */
  readonly presentBound?: 'lower' | 'upper';
  /** The claimed figure's decimals: a bound from the present value holds over the figure's whole rounding interval. */
  readonly decimals?: number;
}

/** The missing value for claimed figure `figure`, or null when the claim implies none. */
function missingFor(q: ImpliedQuestion, figure: number): { readonly value: number; readonly increasing: boolean } | { readonly reason: 'no-direction' | 'no-years' | 'not-positive' | 'not-implied' } {
  const relation = KIND_RULES[q.kind].relation(figure, q.direction, q.unitSign, q.years);
  if (relation.type === 'none') return { reason: relation.reason };
  if (relation.type === 'factor') {
    if (!(relation.factor > 0) || !Number.isFinite(relation.factor) || !(q.present > 0)) return { reason: 'not-positive' };
    return { value: q.missing === 'to' ? q.present * relation.factor : q.present / relation.factor, increasing: relation.increasing };
  }
  return { value: q.missing === 'to' ? q.present + relation.offset : q.present - relation.offset, increasing: relation.increasing };
}

/**
 * The value a claim implies for the missing side, from the side that is present
 * (spec §3, verdict `implied`). With a qualifier the figure is a bound, so the implied value is too:
 * "tăng trên 10%" to 110 implies a base below 100. A claim bound and a value bound that pull opposite ways bound nothing
 * (`unbounded`).
 *
 * @example
 * impliedValue({ kind: 'percent', direction: 'up', unitSign: '%', qualifier: null, figure: 160,
 *   years: null, present: 1042100, missing: 'from' });
 * // { ok: true, value: 400807.69…, bound: 'about' }
 */
export function impliedValue(q: ImpliedQuestion): ImpliedResult {
  const found = missingFor(q, q.figure);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const value = found.value;
  let increasing = found.increasing;
  if (q.missing === 'from') increasing = !increasing;
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-implied' };
  let bound: ImpliedBound = 'about';
  if (q.qualifier === 'lower') bound = increasing ? 'above' : 'below';
  if (q.qualifier === 'upper') bound = increasing ? 'below' : 'above';
  // The missing value grows with the present one (present × or ÷ a positive factor, ± an offset): a present lower bound
  // ("hơn 6.000") gives a lower bound. When the claim's own bound pulls the other way, nothing bounds it: "hơn 1,52 tỉ
  // USD, gấp hơn 12 lần cùng kỳ" allows any base, 1,6 / 12,1 as well as 100 / 13 (Bà Rịa - Vũng Tàu's FDI to 20 May 2024).
  const fromPresent: ImpliedBound | null = q.presentBound === 'lower' ? 'above' : q.presentBound === 'upper' ? 'below' : null;
  if (fromPresent !== null) {
    if (q.qualifier === null) bound = fromPresent;
    else if (bound !== 'about' && bound !== fromPresent) return { ok: false, reason: 'unbounded' };
  }
  if (q.qualifier === null && bound !== 'about' && q.decimals !== undefined) {
    // A printed figure stands for its rounding interval: the bound is the weakest over it ("trên 78 tỉ đồng, đạt 50% dự
    // toán" says the plan is above 78 / 0,505 = 154,5, not above 156).
    const half = 0.5 * 10 ** -q.decimals;
    const ends = [missingFor(q, q.figure - half), missingFor(q, q.figure + half)].flatMap((e) => ('value' in e && Number.isFinite(e.value) ? [e.value] : []));
    const weakest = bound === 'above' ? Math.min(value, ...ends) : Math.max(value, ...ends);
    return { ok: true, value: weakest, bound };
  }
  return { ok: true, value, bound };
}
