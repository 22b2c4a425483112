import { scaledUnit } from '../extract/checks/unit-scale';

/** A printed level: value, decimals written, unit as written. */
export interface Level {
  readonly value: number;
  readonly decimals: number;
  readonly unit: string | null;
}

/** A value of the same series in another year, to recognise a value printed for the wrong year. */
export interface YearLevel extends Level {
  readonly year: number;
}

/**
 * What a disagreement most likely is: a `scale` slip (`tỷ` for `triệu`, about 1000× off), two `digits` swapped,
 * or the value of another `year`.
 */
export type LevelSlip = { readonly kind: 'scale'; readonly factor: number } | { readonly kind: 'digits' } | { readonly kind: 'year'; readonly year: number };

export type LevelComparison =
  | { readonly agree: true; readonly reference: number }
  | { readonly agree: false; readonly reference: number; readonly gap: number; readonly slip: LevelSlip | null };

const EPSILON = 1e-9;

function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** The reference value and its half rounding unit in the printed unit's scale. */
function inPrintedUnit(printed: Level, reference: Level): { value: number; half: number } {
  const factor = scaledUnit(reference.unit).scale / scaledUnit(printed.unit).scale;
  return { value: reference.value * factor, half: halfUnit(reference.decimals) * factor };
}

function meets(a: number, halfA: number, b: number, halfB: number): boolean {
  return Math.abs(a - b) <= halfA + halfB + EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

function digitsOf(value: number, decimals: number): string {
  return Math.round(Math.abs(value) * 10 ** Math.max(0, decimals)).toString();
}

/** Exactly two neighbouring digits swapped ("16.816" for "16.186" is not; "16.168" is). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j !== undefined && a[i] === b[j] && a[j] === b[i];
}

/**
 * Compares a printed level with the reference value for the same indicator, year and period (verification.md
 * §6): they agree when their rounding intervals meet, after scale conversion (`tỷ đồng` ↔ `triệu đồng`).
 * A disagreement gives the gap (printed − reference, in the printed unit) and the likely slip.
 *
 * @example
 * compareLevel({ value: 16186, decimals: 0, unit: 'tỷ đồng' }, { value: 16186.4, decimals: 1, unit: 'Tỷ đồng' }); // { agree: true, reference: 16186.4 }
 * compareLevel({ value: 16168, decimals: 0, unit: 'tỷ đồng' }, { value: 16186, decimals: 0, unit: 'tỷ đồng' });
 * // { agree: false, reference: 16186, gap: -18, slip: { kind: 'digits' } }
 */
export function compareLevel(printed: Level, reference: Level, otherYears: readonly YearLevel[] = []): LevelComparison {
  const ref = inPrintedUnit(printed, reference);
  const half = halfUnit(printed.decimals);
  if (meets(printed.value, half, ref.value, ref.half)) return { agree: true, reference: ref.value };
  const gap = printed.value - ref.value;
  const slip = ((): LevelSlip | null => {
    for (const factor of [1000, 1 / 1000]) {
      if (meets(printed.value * factor, half * factor, ref.value, ref.half)) return { kind: 'scale', factor };
    }
    if (swapped(digitsOf(printed.value, printed.decimals), digitsOf(ref.value, printed.decimals))) return { kind: 'digits' };
    for (const other of otherYears) {
      const o = inPrintedUnit(printed, other);
      if (meets(printed.value, half, o.value, o.half)) return { kind: 'year', year: other.year };
    }
    return null;
  })();
  return { agree: false, reference: ref.value, gap, slip };
}
