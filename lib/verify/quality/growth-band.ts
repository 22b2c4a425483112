/**
 * How far a level series may plausibly move between two printed years. A province's levels grow
 * or shrink by well under 50 % a year (8 %/yr growth is ordinary); a value 10× or 1000× off its
 * neighbours one year away is not growth but a slip. Rounding widens the band by the values'
 * half-units, so coarse values never raise a warning on their own.
 */

/** The largest yearly factor treated as real change (×1,5 up, ÷1,5 down). */
export const MAX_YEARLY_FACTOR = 1.5;

/** Neighbours further apart than this many years say too little about a value to judge it. */
export const MAX_GAP_YEARS = 5;

/** A value is too coarse to judge when its half-unit is more than this share of it (`2` printed without decimals). */
const COARSE_SHARE = 0.1;

/**
 * The half-unit of a value printed with `decimals` decimals: ½·10^−decimals.
 *
 * @example
 * halfUnit(1) // 0.05
 */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -Math.max(0, decimals);
}

/**
 * True when a printed value is too coarse for ratio checks (its rounding interval is wide).
 *
 * @example
 * isCoarse({ value: 2, decimals: 0 })     // true  ([1,5; 2,5])
 * isCoarse({ value: 123.4, decimals: 1 }) // false
 */
export function isCoarse(point: { readonly value: number; readonly decimals: number }): boolean {
  return point.value <= 0 || halfUnit(point.decimals) > COARSE_SHARE * point.value;
}

/**
 * True when `b` can follow `a` after `years` years by real change: the ratio stays within
 * MAX_YEARLY_FACTOR per year. Both values positive.
 *
 * @example
 * withinBand(100, 108, 1)  // true  (8 %/yr)
 * withinBand(100, 1000, 1) // false (10× in a year)
 * withinBand(100, 300, 3)  // true  (×1,44 a year)
 */
export function withinBand(a: number, b: number, years: number): boolean {
  if (a <= 0 || b <= 0) return false;
  const span = Math.max(1, Math.abs(years));
  return Math.abs(Math.log(b / a)) <= span * Math.log(MAX_YEARLY_FACTOR) + 1e-9;
}
