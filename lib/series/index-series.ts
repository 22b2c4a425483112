import type { YearValue } from './types';

/** A point of an index series: the value and its index against the base year (base = 100). */
export interface IndexedPoint extends YearValue {
  readonly index: number;
}

export type IndexSeriesResult =
  | { readonly ok: true; readonly baseYear: number; readonly points: readonly IndexedPoint[] }
  | { readonly ok: false; readonly reason: 'empty' | 'base-year-missing' | 'non-positive-base' | 'not-finite' };

/**
 * Rebases a series so that the base year equals 100 (by default the earliest year).
 * Points are returned in year order. A base that is zero or negative gives no index.
 *
 * @example
 * indexSeries([{ year: 2009, value: 10.6 }, { year: 2022, value: 39.8 }]);
 * // { ok: true, baseYear: 2009, points: [{ year: 2009, value: 10.6, index: 100 }, { year: 2022, value: 39.8, index: 375.47… }] }
 */
export function indexSeries(points: readonly YearValue[], baseYear?: number): IndexSeriesResult {
  if (points.length === 0) return { ok: false, reason: 'empty' };
  if (points.some((p) => !Number.isFinite(p.value) || !Number.isFinite(p.year))) return { ok: false, reason: 'not-finite' };
  const ordered = [...points].sort((a, b) => a.year - b.year);
  const year = baseYear ?? ordered[0]?.year;
  const base = ordered.find((p) => p.year === year);
  if (!base || year === undefined) return { ok: false, reason: 'base-year-missing' };
  if (base.value <= 0) return { ok: false, reason: 'non-positive-base' };
  return {
    ok: true,
    baseYear: year,
    points: ordered.map((p) => ({ year: p.year, value: p.value, index: p.year === year ? 100 : (p.value / base.value) * 100 })),
  };
}
