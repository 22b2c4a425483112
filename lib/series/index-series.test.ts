import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSeries } from './index-series';
import type { YearValue } from './types';

const p = (year: number, value: number): YearValue => ({ year, value });

describe('indexSeries', () => {
  it.each<[string, YearValue[], number | undefined, [number, number][]]>([
    ['GRDP per capita, base 2009', [p(2009, 10.6), p(2015, 21.7), p(2022, 39.8)], undefined, [[2009, 100], [2015, 204.717], [2022, 375.472]]],
    ['grain, decimal reading', [p(1991, 147.21), p(2008, 236.625), p(2009, 228.59), p(2015, 262.6), p(2022, 296.3)], undefined, [[1991, 100], [2008, 160.74], [2009, 155.282], [2015, 178.385], [2022, 201.277]]],
    ['unsorted input comes back in year order', [p(2022, 50), p(2009, 25)], undefined, [[2009, 100], [2022, 200]]],
    ['explicit base year in the middle', [p(2009, 20), p(2015, 40), p(2022, 80)], 2015, [[2009, 50], [2015, 100], [2022, 200]]],
    ['a falling series', [p(1991, 62.4), p(2008, 33.65)], undefined, [[1991, 100], [2008, 53.926]]],
  ])('%s', (_name, points, baseYear, expected) => {
    const result = indexSeries(points, baseYear);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.points.map((q) => q.year)).toEqual(expected.map(([y]) => y));
    result.points.forEach((q, i) => expect(q.index).toBeCloseTo(expected[i]?.[1] ?? NaN, 2));
  });

  it.each<[string, YearValue[], number | undefined, string]>([
    ['no points', [], undefined, 'empty'],
    ['base year not in the series', [p(2009, 1), p(2022, 2)], 2015, 'base-year-missing'],
    ['zero base', [p(2009, 0), p(2022, 2)], undefined, 'non-positive-base'],
    ['negative base', [p(2009, -3), p(2022, 2)], undefined, 'non-positive-base'],
    ['NaN value', [p(2009, 1), p(2022, Number.NaN)], undefined, 'not-finite'],
  ])('fails: %s', (_name, points, baseYear, reason) => {
    expect(indexSeries(points, baseYear)).toEqual({ ok: false, reason });
  });
});

describe('edge cases', () => {
  it('a single point is its own base, exactly 100', () => {
    expect(indexSeries([p(2022, 3957.9)])).toEqual({ ok: true, baseYear: 2022, points: [{ year: 2022, value: 3957.9, index: 100 }] });
  });

  it('keeps the original values beside the index', () => {
    const result = indexSeries([p(1991, 9.4), p(2022, 3957.9)]);
    expect(result.ok && result.points.map((q) => q.value)).toEqual([9.4, 3957.9]);
  });

  it('property: the base year is exactly 100 and a larger value never gets a smaller index', () => {
    const seriesArb = fc.uniqueArray(fc.integer({ min: 1900, max: 2100 }), { minLength: 1, maxLength: 8 }).chain((years) =>
      fc.tuple(fc.constant(years), fc.array(fc.double({ min: 0.001, max: 1e9, noNaN: true }), { minLength: years.length, maxLength: years.length })),
    );
    fc.assert(
      fc.property(seriesArb, ([years, values]) => {
        const points = years.map((y, i) => p(y, values[i] ?? 1));
        const result = indexSeries(points);
        if (!result.ok) return false;
        const first = result.points[0];
        if (!first || first.index !== 100 || first.year !== Math.min(...years)) return false;
        return result.points.every((a) => result.points.every((b) => !(a.value < b.value) || a.index <= b.index));
      }),
    );
  });
});
