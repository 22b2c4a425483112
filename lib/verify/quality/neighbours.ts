import { MAX_GAP_YEARS, isCoarse, withinBand } from './growth-band';
import type { QualityPoint } from './types';

/** The points a value is judged against: `near` are compared with it, `shown` are named in the reason. */
export interface Neighbourhood {
  readonly near: readonly QualityPoint[];
  readonly shown: readonly QualityPoint[];
}

function usable(p: QualityPoint | undefined): p is QualityPoint {
  return p !== undefined && p.value > 0 && !isCoarse(p);
}

function close(a: QualityPoint, b: QualityPoint): boolean {
  return Math.abs(b.year - a.year) <= MAX_GAP_YEARS;
}

/**
 * The neighbours that agree with each other and can judge point `i` of a run: the values on both
 * sides when they agree, else (at either end, when `ends` allows) the two next values on the
 * one side when they agree (and a third value beyond them, if any, agrees too). `null` when no such pair: the series is too short, too sparse (gaps
 * of more than MAX_GAP_YEARS), too coarse, or its neighbours disagree too (nothing to trust).
 *
 * @example
 * neighbourhoodOf(run, 2, true) // { near: [run[1], run[3]], shown: [run[1], run[3]] }
 */
export function neighbourhoodOf(run: readonly QualityPoint[], i: number, ends: boolean): Neighbourhood | null {
  const point = run[i];
  if (!point) return null;
  const prev = run[i - 1];
  const next = run[i + 1];
  if (prev !== undefined && next !== undefined) {
    if (!usable(prev) || !usable(next) || !close(prev, point) || !close(point, next)) return null;
    return withinBand(prev.value, next.value, next.year - prev.year) ? { near: [prev, next], shown: [prev, next] } : null;
  }
  if (!ends) return null;
  const first = prev ?? next;
  const second = prev !== undefined ? run[i - 2] : run[i + 2];
  if (!usable(first) || !usable(second) || !close(first, point) || !close(first, second)) return null;
  if (!withinBand(first.value, second.value, second.year - first.year)) return null;
  // A third value on that side that disagrees with the pair makes the pair the odd ones out.
  const third = prev !== undefined ? run[i - 3] : run[i + 3];
  if (third !== undefined && close(second, third) && !(third.value > 0 && withinBand(second.value, third.value, third.year - second.year))) return null;
  return { near: [first], shown: prev !== undefined ? [second, first] : [first, second] };
}
