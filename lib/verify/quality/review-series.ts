import { findScaleSlips } from './scale-slip';
import { isLevelSeries } from './series-kind';
import { findStraySmall } from './stray-small';
import type { QualityPoint, QualitySeries, QualityWarning } from './types';
import { findUnitLabelChanges, findUnitSteps } from './unit-change';
import { unitKey } from './unit-scale';

/** The series' points split where the unit label changes, each run in year order. */
function unitRuns(points: readonly QualityPoint[]): QualityPoint[][] {
  const runs: QualityPoint[][] = [];
  let key: string | null = null;
  for (const p of points) {
    const k = unitKey(p.unit);
    const last = runs[runs.length - 1];
    if (last && k === key) last.push(p);
    else runs.push([p]);
    key = k;
  }
  return runs;
}

/** One point per year, in year order (the first given for a year wins, as the dataset does). */
function byYear(points: readonly QualityPoint[]): QualityPoint[] {
  const seen = new Map<number, QualityPoint>();
  for (const p of points) if (Number.isFinite(p.value) && !seen.has(p.year)) seen.set(p.year, p);
  return [...seen.values()].sort((a, b) => a.year - b.year);
}

/**
 * Every data-quality warning on one indicator's series: unit label changes; and, within each run
 * of one unit of a level series (not a rate, share or index), 10×/1000× slips, a 1000× step that
 * stays, and stray zeros or tiny values. Runs with a negative value are left alone (a balance).
 *
 * @example
 * reviewSeries({ indicatorId: 'thu-ngan-sach', indicator: 'Thu ngân sách', points })
 * // [{ code: 'scale-slip', years: [2020], … }]
 */
export function reviewSeries(series: QualitySeries): QualityWarning[] {
  const points = byYear(series.points);
  const ordered: QualitySeries = { ...series, points };
  const out: QualityWarning[] = [...findUnitLabelChanges(ordered)];
  for (const run of unitRuns(points)) {
    const first = run[0];
    if (!first || !isLevelSeries(series.indicator, first.unit) || run.some((p) => p.value < 0)) continue;
    out.push(...findUnitSteps(ordered, run), ...findScaleSlips(ordered, run), ...findStraySmall(ordered, run));
  }
  return out.sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
}
