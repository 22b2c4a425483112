import type { Measured } from '../numbers/types';
import type { Qualifier } from '../claims/types';
import type { Interval } from './types';

/** Relative tolerance for comparing interval ends computed in floating point. */
export const RELATIVE_EPSILON = 1e-9;

/** `0.5 * 10 ** -d` for d = 0 … 20, computed once by the same expression (a power per value is slow). */
const HALF_UNITS: readonly number[] = Array.from({ length: 21 }, (_, d) => 0.5 * 10 ** -d);

/** Half the last printed digit: 0.5 · 10^−decimals. */
export function halfUnit(decimals: number): number {
  const known = Number.isInteger(decimals) && decimals >= 0 ? HALF_UNITS[decimals] : undefined;
  return known ?? 0.5 * 10 ** -decimals;
}

/**
 * The interval a printed number stands for: `[v − 0.5·10^−d, v + 0.5·10^−d]`.
 *
 * @example
 * valueInterval({ value: 10.6, decimals: 1 }); // { lo: 10.55, hi: 10.65 }
 */
export function valueInterval(measured: Measured): Interval {
  const h = halfUnit(measured.decimals);
  return { lo: measured.value - h, hi: measured.value + h };
}

/**
 * The interval a claimed figure stands for, after its qualifier:
 * plain `[N − h, N + h]`; `lower` (trên/hơn) `[N − h, +∞)`; `upper` (dưới) `(−∞, N + h]`;
 * `about` (gần/khoảng/xấp xỉ/ước) `[min(N − h, 0,95·N), max(N + h, 1,05·N)]`.
 *
 * @example
 * claimInterval({ value: 10, decimals: 0 }, 'lower'); // { lo: 9.5, hi: Infinity }
 */
export function claimInterval(figure: Measured, qualifier: Qualifier | null): Interval {
  const n = figure.value;
  const h = halfUnit(figure.decimals);
  switch (qualifier) {
    case 'lower':
      return { lo: n - h, hi: Infinity };
    case 'upper':
      return { lo: -Infinity, hi: n + h };
    case 'about': {
      const a = 0.95 * n;
      const b = 1.05 * n;
      return { lo: Math.min(n - h, a, b), hi: Math.max(n + h, a, b) };
    }
    case null:
      return { lo: n - h, hi: n + h };
  }
}

/**
 * The interval of true figures that print as `N` when the digits after the last one are
 * cut off instead of rounded: `[N, N + 10^−d)` (mirrored, `(N − 10^−d, N]`, for a negative N).
 * `hiOpen`/`loOpen` mark the open end.
 *
 * @example
 * truncationInterval({ value: 186.3, decimals: 1 }); // { lo: 186.3, hi: 186.4, hiOpen: true }
 */
export function truncationInterval(figure: Measured): Interval & { readonly loOpen: boolean; readonly hiOpen: boolean } {
  const step = 10 ** -figure.decimals;
  if (figure.value < 0) {
    return { lo: figure.value - step, hi: figure.value, loOpen: true, hiOpen: false };
  }
  return { lo: figure.value, hi: figure.value + step, loOpen: false, hiOpen: true };
}

/** The larger of `scale` and |end| when `end` is finite. */
function widen(scale: number, end: number): number {
  return Number.isFinite(end) ? Math.max(scale, Math.abs(end)) : scale;
}

/** The epsilon for four interval ends (four fixed parameters: no array per call, this runs per row). */
function toleranceFor(a: number, b: number, c: number, d: number): number {
  return RELATIVE_EPSILON * widen(widen(widen(widen(1, a), b), c), d);
}

/**
 * Whether two intervals share a point, allowing a relative floating-point epsilon.
 * An open end (`loOpen`/`hiOpen` on `b`) must be overlapped by more than the epsilon.
 *
 * @example
 * intersects({ lo: 3.7, hi: 3.76 }, { lo: 3.75, hi: 3.85 }); // true
 */
export function intersects(
  a: Interval,
  b: Interval & { readonly loOpen?: boolean; readonly hiOpen?: boolean },
): boolean {
  const eps = toleranceFor(a.lo, a.hi, b.lo, b.hi);
  const meetsLow = b.loOpen ? a.hi > b.lo + eps : a.hi >= b.lo - eps;
  const meetsHigh = b.hiOpen ? a.lo < b.hi - eps : a.lo <= b.hi + eps;
  return meetsLow && meetsHigh;
}

/**
 * The interval of |x| for x in `interval`; it starts at 0 when the interval straddles 0.
 *
 * @example
 * magnitudeInterval({ lo: -2, hi: 1 }); // { lo: 0, hi: 2 }
 */
export function magnitudeInterval(interval: Interval): Interval {
  if (interval.lo >= 0) return interval;
  if (interval.hi <= 0) return { lo: -interval.hi, hi: -interval.lo };
  return { lo: 0, hi: Math.max(-interval.lo, interval.hi) };
}

/** The interval of −x for x in `interval`. */
export function negateInterval(interval: Interval): Interval {
  return { lo: -interval.hi, hi: -interval.lo };
}
