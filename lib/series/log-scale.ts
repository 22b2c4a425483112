export type LogAxisResult =
  | { readonly ok: true; readonly domain: readonly [number, number]; readonly ticks: readonly number[] }
  | { readonly ok: false; readonly reason: 'empty' | 'non-positive' };

/** Up to this many decades, ticks go 1-2-5; beyond it, only the powers of ten. */
const MAX_DECADES_FOR_125 = 2;

/** 10^exp × mantissa without binary noise (10^-1 × 2 = 0.2, not 0.20000000000000004). */
function decimalPower(mantissa: number, exp: number): number {
  return Number((mantissa * Math.pow(10, exp)).toPrecision(12));
}

/**
 * A log-scale axis for positive values: the domain runs from the power of ten at or below the
 * smallest value to the power of ten at or above the largest, with readable ticks
 * (1, 2, 5, 10… over at most two decades, else 1, 10, 100…).
 *
 * @example
 * logAxis([147.21, 296.3]); // { ok: true, domain: [100, 1000], ticks: [100, 200, 500, 1000] }
 * logAxis([0, 5]);          // { ok: false, reason: 'non-positive' }
 */
export function logAxis(values: readonly number[]): LogAxisResult {
  if (values.length === 0) return { ok: false, reason: 'empty' };
  if (values.some((v) => !(v > 0) || !Number.isFinite(v))) return { ok: false, reason: 'non-positive' };
  const lo = Math.floor(Math.log10(Math.min(...values)) + 1e-12);
  let hi = Math.ceil(Math.log10(Math.max(...values)) - 1e-12);
  if (hi === lo) hi = lo + 1;
  const mantissas = hi - lo <= MAX_DECADES_FOR_125 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = lo; e < hi; e += 1) for (const m of mantissas) ticks.push(decimalPower(m, e));
  ticks.push(decimalPower(1, hi));
  return { ok: true, domain: [decimalPower(1, lo), decimalPower(1, hi)], ticks };
}
