import type { ClaimKind } from '../claims/types';
import type { Measured } from '../numbers/types';
import { halfUnit, magnitudeInterval, negateInterval } from './interval';
import { KIND_RULES, type FormulaOptions } from './kind-rules';
import type { Interval } from './types';

export { effectiveKind, type FormulaOptions } from './kind-rules';

/** Which value is the divisor of the kind's formula (must be positive), or `null` for differences. */
export function baseSideOf(kind: ClaimKind): 'from' | 'to' | null {
  return KIND_RULES[kind].baseSide;
}

/** A computed figure: the point estimate and the interval over the values' rounding intervals. */
export interface Computation {
  readonly point: number;
  readonly interval: Interval;
}

/** False when the kind's formula cannot be applied (average-annual without a usable `years`). */
function hasFormula(options: FormulaOptions): boolean {
  if (!KIND_RULES[options.kind].needsYears) return true;
  const years = options.years;
  return !(years === null || !(years > 0) || !Number.isFinite(years));
}

/** The low end of the interval a value may take, clamped at 0 where the formula needs a non-negative input. */
function lowEnd(measured: Measured, clampAtZero: boolean): number {
  const lo = measured.value - halfUnit(measured.decimals);
  return clampAtZero ? Math.max(lo, 0) : lo;
}

/** The high end of that interval (see lowEnd). Numbers, not an interval object: this runs per row. */
function highEnd(measured: Measured, clampAtZero: boolean): number {
  const hi = measured.value + halfUnit(measured.decimals);
  return clampAtZero ? Math.max(hi, 0) : hi;
}

/**
 * The kind's figure from two values, as a point and as an interval over their rounding
 * intervals (min and max over the four corners: each formula is monotone in each value).
 * Percent, points and absolute give magnitudes; average-annual is negated for a "giảm" claim;
 * direction gives `to − from`. Returns `null` when the formula cannot give a finite point
 * (a missing `years`, a non-positive base): callers check those first and say why.
 *
 * @example
 * computeFigure({ kind: 'ratio', direction: 'up', unitSign: null, years: null },
 *   { value: 10.6, decimals: 1 }, { value: 39.8, decimals: 1 });
 * // { point: 3.7547…, interval: { lo: 3.7365…, hi: 3.7731… } }
 */
export function computeFigure(options: FormulaOptions, from: Measured, to: Measured): Computation | null {
  if (!hasFormula(options)) return null;
  const rules = KIND_RULES[options.kind];
  const base = rules.baseSide;
  if (base === 'from' && !(from.value > 0)) return null;
  if (base === 'to' && !(to.value > 0)) return null;

  const signedFormula = rules.formula;
  const clampFrom = base === 'from';
  const clampTo = rules.clampTo;
  const fromLo = lowEnd(from, clampFrom);
  const fromHi = highEnd(from, clampFrom);
  const toLo = lowEnd(to, clampTo);
  const toHi = highEnd(to, clampTo);
  const c1 = signedFormula(fromLo, toLo, options);
  const c2 = signedFormula(fromLo, toHi, options);
  const c3 = signedFormula(fromHi, toLo, options);
  const c4 = signedFormula(fromHi, toHi, options);
  let point = signedFormula(from.value, to.value, options);
  let interval: Interval = { lo: Math.min(c1, c2, c3, c4), hi: Math.max(c1, c2, c3, c4) };

  if (rules.sign === 'magnitude') {
    point = Math.abs(point);
    interval = magnitudeInterval(interval);
  } else if (rules.sign === 'by-direction' && options.direction === 'down') {
    point = -point;
    interval = negateInterval(interval);
  }
  if (!Number.isFinite(point) || Number.isNaN(interval.lo) || Number.isNaN(interval.hi)) return null;
  return { point, interval };
}
