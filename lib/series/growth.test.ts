import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageAnnualGrowth, growthBetweenYears, totalChange } from './growth';

describe('averageAnnualGrowth', () => {
  it.each<[string, number, number, number, number]>([
    // ((to/from)^(1/years) − 1) × 100
    ['doubling in one year', 100, 200, 1, 100],
    ['×1,40 over 7 years ≈ 4,92%/năm', 100, 140, 7, 4.9241],
    ['GRDP per capita 2009 → 2022', 10.6, 39.8, 13, 10.7129],
    ['budget revenue 2015 → 2022', 1382.08, 3957.9, 7, 16.2187],
    ['investment 2015 → 2022', 7600, 10607, 7, 4.8776],
    ['poverty rate 1991 → 2008 (a fall)', 62.4, 33.65, 17, -3.5675],
    ['no change', 5, 5, 10, 0],
  ])('%s', (_name, from, to, years, percent) => {
    const result = averageAnnualGrowth(from, to, years);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.percent).toBeCloseTo(percent, 3);
  });

  it.each<[string, number, number, number, string]>([
    ['zero start', 0, 5, 3, 'non-positive'],
    ['negative end', 5, -1, 3, 'non-positive'],
    ['zero years', 5, 6, 0, 'no-interval'],
    ['negative years', 5, 6, -2, 'no-interval'],
    ['NaN', Number.NaN, 6, 2, 'not-finite'],
    ['infinite years', 5, 6, Number.POSITIVE_INFINITY, 'not-finite'],
  ])('fails: %s', (_name, from, to, years, reason) => {
    expect(averageAnnualGrowth(from, to, years)).toEqual({ ok: false, reason });
  });
});

describe('totalChange', () => {
  it.each<[string, number, number, number, number]>([
    ['tăng 39,6%, ×1,40', 100, 139.6, 39.6, 1.396],
    ['GRDP per capita 2009 → 2022 (×3,75)', 10.6, 39.8, 275.4717, 3.7547],
    ['halving', 80, 40, -50, 0.5],
    ['to zero', 80, 0, -100, 0],
  ])('%s', (_name, from, to, percent, ratio) => {
    const result = totalChange(from, to);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.percent).toBeCloseTo(percent, 3);
    expect(result.ratio).toBeCloseTo(ratio, 4);
  });

  it.each<[number, number, string]>([
    [0, 5, 'non-positive'],
    [-2, 5, 'non-positive'],
    [2, -5, 'non-positive'],
    [Number.NaN, 5, 'not-finite'],
  ])('fails: %d → %d', (from, to, reason) => {
    expect(totalChange(from, to)).toEqual({ ok: false, reason });
  });
});

describe('growthBetweenYears', () => {
  const grain = [
    { year: 1991, value: 147.21 },
    { year: 2008, value: 236.625 },
    { year: 2009, value: 228.59 },
    { year: 2015, value: 262.6 },
    { year: 2022, value: 296.3 },
  ];

  it.each<[number, number, number, number, number]>([
    [1991, 2008, 17, 2.8312, 60.7398],
    [2009, 2022, 13, 2.0158, 29.6207],
    [2015, 2022, 7, 1.7398, 12.8332],
    [2008, 2009, 1, -3.3957, -3.3957],
  ])('%d → %d', (fromYear, toYear, years, annual, change) => {
    const result = growthBetweenYears(grain, fromYear, toYear);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.years).toBe(years);
    expect(result.annualPercent).toBeCloseTo(annual, 3);
    expect(result.changePercent).toBeCloseTo(change, 3);
  });

  it.each<[number, number, string]>([
    [1991, 2030, 'year-missing'],
    [2015, 2015, 'same-year'],
    [2022, 2009, 'reversed'],
  ])('fails: %d → %d', (fromYear, toYear, reason) => {
    expect(growthBetweenYears(grain, fromYear, toYear)).toEqual({ ok: false, reason });
  });
});

describe('edge cases', () => {
  it('a zero value in the series is reported, not turned into Infinity', () => {
    expect(growthBetweenYears([{ year: 2000, value: 0 }, { year: 2010, value: 5 }], 2000, 2010)).toEqual({ ok: false, reason: 'non-positive' });
  });

  it('compounding the average rate over the years gives back the end value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (from, to, years) => {
          const result = averageAnnualGrowth(from, to, years);
          if (!result.ok) return false;
          const back = from * Math.pow(1 + result.percent / 100, years);
          return Math.abs(back - to) <= 1e-9 * Math.max(1, to);
        },
      ),
    );
  });

  it('the ratio and the percent agree', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (from, to) => {
        const r = totalChange(from, to);
        return r.ok && Math.abs(r.percent - (r.ratio - 1) * 100) < 1e-9 * Math.max(1, Math.abs(r.percent));
      }),
    );
  });
});
