import type { Claim, ClaimKind, Direction } from '../claims/types';
import type { Measured, UnitSign } from '../numbers/types';
import { halfUnit, magnitudeInterval, negateInterval } from './interval';
import type { Interval } from './types';

/**
 * The kind a claim is checked as. An "absolute" claim whose figure carries `%` or `‰`
 * ("giảm 0,4‰") is checked as a relative change, like "giảm 28,75%": the sign says
 * percent/per mille, and reading it as a difference in points is what `match_points` is for.
 *
 * @example
 * effectiveKind({ kind: 'absolute', unitSign: '‰' }); // 'percent'
 */
export function effectiveKind(claim: Pick<Claim, 'kind' | 'unitSign'>): ClaimKind {
  if (claim.kind === 'absolute' && claim.unitSign !== null) return 'percent';
  return claim.kind;
}

/** Which value is the divisor of the kind's formula (must be positive), or `null` for differences. */
export function baseSideOf(kind: ClaimKind): 'from' | 'to' | null {
  switch (kind) {
    case 'ratio':
    case 'ratio-minus-one':
    case 'percent':
    case 'average-annual':
    case 'plan':
    case 'index':
      return 'from';
    case 'ratio-down':
      return 'to';
    default:
      return null;
  }
}

/** What the formula needs besides the two values. */
export interface FormulaOptions {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly unitSign: UnitSign | null;
  readonly years: number | null;
}

/** A computed figure: the point estimate and the interval over the values' rounding intervals. */
export interface Computation {
  readonly point: number;
  readonly interval: Interval;
}

/** Division by a non-negative divisor; at 0 it gives ±∞ (or 0 for 0 / 0) instead of NaN. */
function divide(numerator: number, divisor: number): number {
  if (divisor > 0) return numerator / divisor;
  if (numerator > 0) return Infinity;
  if (numerator < 0) return -Infinity;
  return 0;
}

/**
 * The signed formula of a kind, before taking magnitudes, at one pair of values. A plain switch
 * rather than a closure per call: it runs five times for every checked row.
 */
function signedFormula(options: FormulaOptions, from: number, to: number): number {
  switch (options.kind) {
    case 'ratio':
      return divide(to, from);
    case 'ratio-down':
      return divide(from, to);
    case 'ratio-minus-one':
      return divide(to, from) - 1;
    case 'percent':
      return (divide(to, from) - 1) * (options.unitSign === '‰' ? 1000 : 100);
    case 'points':
    case 'absolute':
    case 'direction':
      return to - from;
    case 'plan':
    case 'index':
      return divide(to, from) * 100;
    case 'average-annual':
      return (divide(Math.max(to, 0), from) ** (1 / (options.years ?? NaN)) - 1) * 100;
  }
}

/** False when the kind's formula cannot be applied (average-annual without a usable `years`). */
function hasFormula(options: FormulaOptions): boolean {
  if (options.kind !== 'average-annual') return true;
  const years = options.years;
  return !(years === null || !(years > 0) || !Number.isFinite(years));
}

/** Whether the kind reports a magnitude (the direction word carries the sign). */
function isMagnitude(kind: ClaimKind): boolean {
  return kind === 'percent' || kind === 'points' || kind === 'absolute';
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
  const base = baseSideOf(options.kind);
  if (base === 'from' && !(from.value > 0)) return null;
  if (base === 'to' && !(to.value > 0)) return null;

  const clampFrom = base === 'from';
  const clampTo = base === 'to' || options.kind === 'average-annual';
  const fromLo = lowEnd(from, clampFrom);
  const fromHi = highEnd(from, clampFrom);
  const toLo = lowEnd(to, clampTo);
  const toHi = highEnd(to, clampTo);
  const c1 = signedFormula(options, fromLo, toLo);
  const c2 = signedFormula(options, fromLo, toHi);
  const c3 = signedFormula(options, fromHi, toLo);
  const c4 = signedFormula(options, fromHi, toHi);
  let point = signedFormula(options, from.value, to.value);
  let interval: Interval = { lo: Math.min(c1, c2, c3, c4), hi: Math.max(c1, c2, c3, c4) };

  if (isMagnitude(options.kind)) {
    point = Math.abs(point);
    interval = magnitudeInterval(interval);
  } else if (options.kind === 'average-annual' && options.direction === 'down') {
    point = -point;
    interval = negateInterval(interval);
  }
  if (!Number.isFinite(point) || Number.isNaN(interval.lo) || Number.isNaN(interval.hi)) return null;
  return { point, interval };
}
