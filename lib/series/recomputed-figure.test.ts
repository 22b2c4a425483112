import { describe, expect, it } from 'vitest';
import { claimDecimals, formatRowFigure, recomputedFigure, type FigureRow } from './recomputed-figure';

function row(overrides: Partial<FigureRow>): FigureRow {
  return { verdict: 'match', kind: 'ratio', claim: 'Tăng 3,8 lần', unit: 'Triệu đồng', computed: 3.7547, from: { year: 2009, value: 10.6 }, to: { year: 2022, value: 39.8 }, ...overrides };
}

// Figures from the bundled Cao Bằng tables (data/*.csv).
describe('formatRowFigure', () => {
  it.each<[string, Partial<FigureRow>, 'vi' | 'en', string]>([
    ['ratio: claim decimals plus one', {}, 'vi', '3,75 lần'],
    ['ratio in English', {}, 'en', '3,75×'],
    ['match_points in %: the difference in points', { verdict: 'match_points', kind: 'percent', claim: 'Giảm 28,75%', unit: '%', computed: 46.0737, from: { year: 2009, value: 62.4 }, to: { year: 2022, value: 33.65 } }, 'vi', '-28,750 điểm %'],
    ['a ‰ claim on a ‰ rate: points per mille', { verdict: 'match_points', kind: 'percent', claim: 'Giảm 0,4‰', unit: '‰', computed: 571.4286, from: { year: 1991, value: 0.7 }, to: { year: 2008, value: 0.3 } }, 'vi', '-0,40 điểm ‰'],
    ['percent', { kind: 'percent', claim: 'tăng 186,3%', unit: 'Tỷ đồng', computed: 186.3727 }, 'vi', '186,37%'],
    ['average annual', { verdict: 'mismatch', kind: 'average-annual', claim: 'bình quân tăng trên 10%/năm', unit: 'Tỷ đồng', computed: 4.8776 }, 'en', '4,9%/year'],
    ['plan', { kind: 'plan', claim: 'bằng 104% kế hoạch', computed: 104.33 }, 'vi', '104,3% kế hoạch'],
    ['direction on a share: the exact signed difference', { verdict: 'wrong_direction', kind: 'direction', claim: 'tăng từ 54,06% lên 53,75%', unit: '%', computed: -0.31 }, 'vi', '-0,31 điểm %'],
    ['direction, a rise gets a plus', { kind: 'direction', claim: 'từ 34% lên 48,2%', unit: '%', computed: 14.2 }, 'en', '+14,2 pp'],
    ['absolute in the row unit, grouped', { kind: 'absolute', claim: 'tăng 1.200 trường', unit: 'Trường', computed: 1204 }, 'vi', '+1.204,0 Trường'],
    // A row with no claim shows the ratio of its values (312 / 270 new enterprises; invented counts).
    ['no claim: the ratio of the two values', { verdict: 'none', kind: null, claim: null, unit: 'Doanh nghiệp', computed: 1.1556, from: { year: 2022, value: 270 }, to: { year: 2023, value: 312 } }, 'vi', '1,1556 lần'],
  ])('%s', (_name, overrides, lang, expected) => {
    expect(formatRowFigure(row(overrides), lang)).toBe(expected);
  });

  describe('edge cases', () => {
    it('is null when nothing was computed', () => {
      expect(formatRowFigure(row({ verdict: 'implied', computed: null }), 'vi')).toBeNull();
    });
    it('falls back to the engine figure when a points claim misses a value', () => {
      expect(recomputedFigure(row({ verdict: 'match_points', kind: 'percent', claim: 'giảm 5%', unit: '%', computed: 12.5, from: null }))?.terms).toBe('percent');
    });
    it('writes a zero difference without a sign', () => {
      expect(formatRowFigure(row({ kind: 'direction', claim: 'tăng', unit: '%', computed: 0 }), 'vi')).toBe('0 điểm %');
    });
  });
});

describe('claimDecimals', () => {
  it.each([
    ['Giảm 28,75%', 2],
    ['Tăng 18 lần', 0],
    ['tăng 1.042.100 lượt', 0],
    ['tăng', null],
    [null, null],
  ])('%s → %s', (claim, expected) => {
    expect(claimDecimals(claim)).toBe(expected);
  });
});
