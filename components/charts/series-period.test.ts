import { describe, expect, it } from 'vitest';
import { choosePeriod, claimMarks, comparisonLines, type ChartClaim } from './series-period';

// Years and values of the bundled budget series (Thu ngân sách trên địa bàn, data/*.csv).
const YEARS = [1991, 2008, 2009, 2015, 2022];

describe('choosePeriod', () => {
  it.each([
    [2009, 2022, { from: 2009, to: 2022 }],
    [null, null, { from: 1991, to: 2022 }],
    [2015, null, { from: 2015, to: 2022 }],
    [2015, 2015, { from: 2015, to: 2015 }],
  ])('%s–%s', (from, to, expected) => {
    expect(choosePeriod(YEARS, from, to)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('falls back to the whole series for a reversed choice', () => {
      expect(choosePeriod(YEARS, 2022, 2009)).toEqual({ from: 1991, to: 2022 });
    });
    it('ignores a year the series does not print', () => {
      expect(choosePeriod(YEARS, 2010, 2022)).toEqual({ from: 1991, to: 2022 });
    });
  });
});

describe('comparisonLines', () => {
  const budget = { id: 'ngan-sach', name: 'Thu ngân sách', unit: 'Tỷ đồng', points: [{ year: 2009, value: 393.6 }, { year: 2015, value: 1382.08 }, { year: 2022, value: 3957.9 }] };
  const gdp = { id: 'gdp', name: 'GRDP bình quân', unit: 'Triệu đồng', points: [{ year: 2009, value: 10.6 }, { year: 2015, value: 21.7 }, { year: 2022, value: 39.8 }] };

  it('rebases every line on the period start', () => {
    const [line] = comparisonLines([gdp], 2015, 2022);
    expect(line?.baseYear).toBe(2015);
    expect(line?.rows[0]).toEqual({ year: 2015, plotted: 100 });
    expect(line?.rows[1]?.plotted).toBeCloseTo(183.41, 2);
  });

  it('keeps the order given and leaves out series with under two values in the period', () => {
    expect(comparisonLines([budget, gdp], 2009, 2022).map((l) => l.id)).toEqual(['ngan-sach', 'gdp']);
    expect(comparisonLines([budget], 2022, 2022)).toEqual([]);
  });

  describe('edge cases', () => {
    it('uses the first year in the period when the series lacks the start year', () => {
      const late = { ...gdp, points: gdp.points.slice(1) };
      expect(comparisonLines([late], 2009, 2022)[0]?.baseYear).toBe(2015);
    });
    it('skips zero and negative values', () => {
      const zero = { ...gdp, points: [{ year: 2009, value: 0 }, ...gdp.points.slice(1)] };
      expect(comparisonLines([zero], 2009, 2022)[0]?.baseYear).toBe(2015);
    });
  });
});

describe('claimMarks', () => {
  const claim = (fromYear: number | null, toYear: number | null, text = 'Tăng 10,1 lần'): ChartClaim => ({ text, verdict: 'match', fromYear, toYear, note: null });
  const rows = [
    { year: 2009, plotted: 393.6 },
    { year: 2015, plotted: 1382.08 },
    { year: 2022, plotted: 3957.9 },
  ];

  it('numbers the drawn claims and stacks those ending on one year', () => {
    const marks = claimMarks([claim(2009, 2022), claim(1991, 2008), claim(2015, 2022, 'tăng 186,3%')], rows);
    expect(marks.map((m) => [m.n, m.toYear, m.fromYear, m.stack])).toEqual([
      [1, 2022, 2009, 0],
      [2, 2022, 2015, 1],
    ]);
  });

  describe('edge cases', () => {
    it('marks a one-year claim (plan) without a start', () => {
      expect(claimMarks([claim(2015, 2015, 'bằng 110,6% kế hoạch')], rows)[0]).toMatchObject({ toYear: 2015, fromYear: null, fromY: null });
    });
    it('drops the start of a claim that begins before the period', () => {
      expect(claimMarks([claim(1991, 2015)], rows)[0]?.fromY).toBeNull();
    });
  });
});
