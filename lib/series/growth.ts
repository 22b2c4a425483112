import type { YearValue } from './types';

export type GrowthFailure = 'not-finite' | 'non-positive' | 'no-interval';

export type AverageGrowthResult =
  | { readonly ok: true; readonly percent: number }
  | { readonly ok: false; readonly reason: GrowthFailure };

export type TotalChangeResult =
  | {
      readonly ok: true;
      /** (to / from − 1) × 100 */
      readonly percent: number;
      /** to / from */
      readonly ratio: number;
    }
  | { readonly ok: false; readonly reason: 'not-finite' | 'non-positive' };

/**
 * Average annual (compound) growth from one value to another over `years` years, in percent:
 * ((to / from)^(1 / years) − 1) × 100. Both values must be positive and `years` greater than 0.
 *
 * @example
 * averageAnnualGrowth(10.6, 39.8, 13); // { ok: true, percent: 10.7129… }
 * averageAnnualGrowth(0, 5, 3);        // { ok: false, reason: 'non-positive' }
 */
export function averageAnnualGrowth(from: number, to: number, years: number): AverageGrowthResult {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(years)) return { ok: false, reason: 'not-finite' };
  if (from <= 0 || to <= 0) return { ok: false, reason: 'non-positive' };
  if (years <= 0) return { ok: false, reason: 'no-interval' };
  return { ok: true, percent: (Math.pow(to / from, 1 / years) - 1) * 100 };
}

/**
 * The whole change from one value to another: as a percent and as a ratio ("×1,40").
 *
 * @example
 * totalChange(100, 139.6); // { ok: true, percent: 39.6, ratio: 1.396 }
 */
export function totalChange(from: number, to: number): TotalChangeResult {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { ok: false, reason: 'not-finite' };
  if (from <= 0 || to < 0) return { ok: false, reason: 'non-positive' };
  const ratio = to / from;
  return { ok: true, percent: (ratio - 1) * 100, ratio };
}

export type GrowthBetweenResult =
  | {
      readonly ok: true;
      readonly from: YearValue;
      readonly to: YearValue;
      readonly years: number;
      /** Average annual growth, percent per year. */
      readonly annualPercent: number;
      readonly changePercent: number;
      readonly ratio: number;
    }
  | { readonly ok: false; readonly reason: 'year-missing' | 'same-year' | 'reversed' | GrowthFailure };

/**
 * Average annual growth and total change between two years of a series.
 *
 * @example
 * growthBetweenYears([{ year: 2009, value: 10.6 }, { year: 2022, value: 39.8 }], 2009, 2022);
 * // { ok: true, years: 13, annualPercent: 10.7129…, changePercent: 275.47…, ratio: 3.7547…, … }
 */
export function growthBetweenYears(points: readonly YearValue[], fromYear: number, toYear: number): GrowthBetweenResult {
  const from = points.find((p) => p.year === fromYear);
  const to = points.find((p) => p.year === toYear);
  if (!from || !to) return { ok: false, reason: 'year-missing' };
  if (fromYear === toYear) return { ok: false, reason: 'same-year' };
  if (fromYear > toYear) return { ok: false, reason: 'reversed' };
  const years = toYear - fromYear;
  const annual = averageAnnualGrowth(from.value, to.value, years);
  if (!annual.ok) return annual;
  const change = totalChange(from.value, to.value);
  if (!change.ok) return change;
  return { ok: true, from, to, years, annualPercent: annual.percent, changePercent: change.percent, ratio: change.ratio };
}
