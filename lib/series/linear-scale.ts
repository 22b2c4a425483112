export type LinearAxisResult =
  | { readonly ok: true; readonly domain: readonly [number, number]; readonly ticks: readonly number[] }
  | { readonly ok: false; readonly reason: 'empty' | 'not-finite' | 'degenerate' };

/** About this many steps between ticks; the step is rounded up to a 1-2-2,5-5 number. */
const TARGET_STEPS = 5;
const STEP_MANTISSAS = [1, 2, 2.5, 5, 10];

/** Trims binary noise from a multiple of a decimal step (0.1 × 3 = 0.3, not 0.30000000000000004). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function niceStep(rough: number): number {
  const exp = Math.floor(Math.log10(rough));
  const base = Math.pow(10, exp);
  const mantissa = STEP_MANTISSAS.find((m) => m * base >= rough * (1 - 1e-12)) ?? 10;
  return clean(mantissa * base);
}

/**
 * A linear value axis that always includes 0, with round ticks (steps of 1, 2, 2,5 or 5 × 10ⁿ),
 * so that an index axis shows 100 and a value axis is not cut off above the zero line.
 *
 * @example
 * linearAxis([100, 160.74, 201.28]); // { ok: true, domain: [0, 250], ticks: [0, 50, 100, 150, 200, 250] }
 */
export function linearAxis(values: readonly number[]): LinearAxisResult {
  if (values.length === 0) return { ok: false, reason: 'empty' };
  if (values.some((v) => !Number.isFinite(v))) return { ok: false, reason: 'not-finite' };
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (hi === lo) return { ok: true, domain: [0, 1], ticks: [0, 1] };
  const step = niceStep((hi - lo) / TARGET_STEPS);
  // A range near the smallest doubles (1e-320) has no representable round step.
  if (!(step > 0) || !Number.isFinite(step)) return { ok: false, reason: 'degenerate' };
  // The largest tick at or below lo and the smallest at or above hi, compared after trimming noise.
  let first = Math.floor(lo / step);
  if (clean((first + 1) * step) <= lo) first += 1;
  let last = Math.ceil(hi / step);
  if (clean((last - 1) * step) >= hi) last -= 1;
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(clean(i * step));
  return { ok: true, domain: [clean(first * step), clean(last * step)], ticks };
}
