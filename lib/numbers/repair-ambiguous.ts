import type { ParsedNumber, RepairedValue } from './types';

/** One year's parsed value of an indicator. */
export interface SeriesPoint {
  readonly year: number;
  readonly parsed: Extract<ParsedNumber, { ok: true }>;
}

/** The thousands reading must be more than this far (in log10) from every reference: 100×. */
const THOUSANDS_IMPLAUSIBLE_LOG10 = 2;
/** The decimal reading must be within this far (in log10) of at least one reference: 10×. */
const DECIMAL_PLAUSIBLE_LOG10 = 1;

/** |log10(|a| / |b|)|: how many factors of ten apart two magnitudes are. */
function logDistance(a: number, b: number): number {
  return Math.abs(Math.log10(Math.abs(a)) - Math.log10(Math.abs(b)));
}

function prefersDecimal(thousands: number, decimal: number, references: readonly number[]): boolean {
  if (references.length === 0 || thousands === 0 || decimal === 0) return false;
  let decimalNear = false;
  for (const ref of references) {
    if (logDistance(thousands, ref) <= THOUSANDS_IMPLAUSIBLE_LOG10) return false;
    if (logDistance(decimal, ref) <= DECIMAL_PLAUSIBLE_LOG10) decimalNear = true;
  }
  return decimalNear;
}

/**
 * Applies series continuity (spec §1) to one indicator's values, returning them in the same order.
 *
 * An ambiguous cell (`147.210`) keeps its thousands reading unless the indicator's unambiguous
 * values in the other points make it implausible. The rule: switch to the decimal reading
 * (`repair: 'decimal-reading'`) when the thousands reading is more than a factor 100 away from
 * EVERY unambiguous value and the decimal reading is within a factor 10 of AT LEAST ONE of them.
 * Magnitudes are compared (signs ignored); zero values are not references. Ambiguous cells never
 * serve as references, so a series of ambiguous cells alone stays in thousands. `ambiguous` is
 * kept on every ambiguous output, whichever reading was chosen.
 *
 * @example
 * repairSeries([
 *   { year: 1991, parsed: parseNumber('147.210') },  // ambiguous
 *   { year: 2009, parsed: parseNumber('228,59') },
 * ]);
 * // [{ value: 147.21, decimals: 3, repair: 'decimal-reading', ambiguous: { … } }, { value: 228.59, decimals: 2 }]
 */
export function repairSeries(points: readonly SeriesPoint[]): RepairedValue[] {
  const references: number[] = [];
  for (const p of points) {
    if (!p.parsed.ambiguous && p.parsed.value !== 0 && Number.isFinite(p.parsed.value)) {
      references.push(p.parsed.value);
    }
  }
  return points.map(({ parsed }): RepairedValue => {
    const ambiguous = parsed.ambiguous;
    if (!ambiguous) return { value: parsed.value, decimals: parsed.decimals };
    if (prefersDecimal(ambiguous.thousands.value, ambiguous.decimal.value, references)) {
      return {
        value: ambiguous.decimal.value,
        decimals: ambiguous.decimal.decimals,
        repair: 'decimal-reading',
        ambiguous,
      };
    }
    return { value: parsed.value, decimals: parsed.decimals, ambiguous };
  });
}
