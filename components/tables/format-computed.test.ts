import { describe, expect, it } from 'vitest';
import { formatComputed, formatImplied, formatPointsReading } from './format-computed';
import { makeRow } from './test-rows';
import type { ClaimFigure } from './types';

function fig(overrides: Partial<ClaimFigure>): ClaimFigure {
  return { kind: 'ratio', direction: 'up', value: 1, decimals: 1, qualifier: null, unitSign: null, unitWord: null, ...overrides };
}

describe('formatComputed', () => {
  it.each<[string, number, Partial<ClaimFigure>, string, 'vi' | 'en', string]>([
    ['ratio, one more decimal than the claim', 3.7547, { kind: 'ratio', decimals: 1 }, 'Triệu đồng', 'vi', '3,75 lần'],
    ['ratio in English', 3.7547, { kind: 'ratio', decimals: 1 }, 'Triệu đồng', 'en', '3,75×'],
    ['integer claim gets one decimal', 17.997, { kind: 'ratio', decimals: 0 }, 'Tỷ đồng', 'vi', '18,0 lần'],
    ['percent', 186.3727, { kind: 'percent', decimals: 1, unitSign: '%' }, 'Tỷ đồng', 'vi', '186,37%'],
    ['per mille', 571.4286, { kind: 'percent', decimals: 1, unitSign: '‰' }, '‰', 'vi', '571,43‰'],
    ['average annual', 4.8776, { kind: 'average-annual', decimals: 0, unitSign: '%' }, 'Tỷ đồng', 'vi', '4,9%/năm'],
    ['plan', 104.2, { kind: 'plan', decimals: 0, unitSign: '%' }, '%', 'vi', '104,2% kế hoạch'],
    ['points', 28.75, { kind: 'points', decimals: 2, unitSign: '%' }, '%', 'vi', '28,750 điểm %'],
    ['absolute with a unit word', 785, { kind: 'absolute', decimals: 0, unitWord: 'doanh nghiệp' }, 'Doanh nghiệp', 'vi', '785,0 doanh nghiệp'],
    ['thousands are grouped', 10607.25, { kind: 'absolute', decimals: 0 }, 'Tỷ đồng', 'vi', '10.607,3 Tỷ đồng'],
    ['direction on a share: signed points', -0.31, { kind: 'direction', direction: 'up', value: null, decimals: null }, '%', 'vi', '-0,31 điểm %'],
    ['direction, positive gets a plus', 2.87, { kind: 'direction', value: null, decimals: null }, '%', 'en', '+2,87 pp'],
    ['direction on another unit', 12, { kind: 'direction', value: null, decimals: null }, 'Trường', 'vi', '+12 Trường'],
  ])('%s', (_name, computed, figure, unit, lang, expected) => {
    expect(formatComputed(makeRow({ computed, unit, figure: fig(figure) }), lang)).toBe(expected);
  });

  describe('edge cases', () => {
    it('gives null when nothing was computed (implied, not computable)', () => {
      expect(formatComputed(makeRow({ computed: null }), 'vi')).toBeNull();
    });
    it('gives null for a row without a parsed claim', () => {
      expect(formatComputed(makeRow({ computed: 3.2, figure: null }), 'vi')).toBeNull();
    });
    it('a zero change in a direction claim has no sign', () => {
      expect(formatComputed(makeRow({ computed: 0, unit: '%', figure: fig({ kind: 'direction', value: null, decimals: null }) }), 'vi')).toBe(
        '0 điểm %',
      );
    });
  });
});

describe('formatImplied', () => {
  const tourists = makeRow({
    from: { year: 2015, value: null },
    to: { year: 2022, value: 1042100 },
    implied: { side: 'from', value: 400807.6923 },
    cells: [
      { year: 2015, raw: '', value: null, decimals: 0, warning: null },
      { year: 2022, raw: '1.042.100', value: 1042100, decimals: 0, warning: null },
    ],
  });

  it.each([
    ['base year missing, rounded like the printed value', tourists, '2015: ≈ 400.808'],
    [
      'later year missing, one decimal like the printed value',
      makeRow({
        from: { year: 2015, value: 21.7 },
        to: { year: 2022, value: null },
        implied: { side: 'to', value: 86.8333 },
        cells: [
          { year: 2015, raw: '21,7', value: 21.7, decimals: 1, warning: null },
          { year: 2022, raw: '', value: null, decimals: 0, warning: null },
        ],
      }),
      '2022: ≈ 86,8',
    ],
    [
      'the plan of a plan claim',
      makeRow({
        from: { year: 2015, value: null },
        to: { year: 2015, value: 21.7 },
        implied: { side: 'from', value: 20.8654 },
        figure: { kind: 'plan', direction: null, value: 104, decimals: 0, qualifier: null, unitSign: '%', unitWord: null },
        cells: [{ year: 2015, raw: '21,7', value: 21.7, decimals: 1, warning: null }],
      }),
      'kế hoạch: ≈ 20,9',
    ],
  ])('%s', (_name, row, expected) => {
    expect(formatImplied(row, 'vi')).toBe(expected);
  });

  describe('edge cases', () => {
    it('gives null when nothing is implied', () => {
      expect(formatImplied(makeRow(), 'vi')).toBeNull();
    });
    it('without years it still gives the value', () => {
      expect(formatImplied({ ...tourists, from: null, to: null }, 'en')).toBe('≈ 400.808');
    });
  });
});

describe('formatPointsReading', () => {
  const poverty = makeRow({
    unit: '%',
    verdict: 'match_points',
    from: { year: 1991, value: 62.4 },
    to: { year: 2008, value: 33.65 },
    cells: [
      { year: 1991, raw: '62,4', value: 62.4, decimals: 1, warning: null },
      { year: 2008, raw: '33,65', value: 33.65, decimals: 2, warning: null },
    ],
  });
  const birthRate = makeRow({
    unit: '‰',
    verdict: 'match_points',
    from: { year: 1991, value: 0.7 },
    to: { year: 2008, value: 0.3 },
    cells: [
      { year: 1991, raw: '0,7', value: 0.7, decimals: 1, warning: null },
      { year: 2008, raw: '0,3', value: 0.3, decimals: 1, warning: null },
    ],
  });

  it.each([
    ['a share in %, at the finer printed precision', poverty, 'vi', 'hiệu số 28,75 điểm %'],
    ['a rate in ‰', birthRate, 'vi', 'hiệu số 0,4 điểm ‰'],
    ['in English', poverty, 'en', 'difference 28,75 pp'],
  ] as const)('%s', (_name, row, lang, expected) => {
    expect(formatPointsReading(row, lang)).toBe(expected);
  });

  describe('edge cases', () => {
    it('gives null for other verdicts', () => {
      expect(formatPointsReading({ ...poverty, verdict: 'mismatch' }, 'vi')).toBeNull();
    });
    it('gives null when a value is missing', () => {
      expect(formatPointsReading({ ...poverty, to: { year: 2008, value: null } }, 'vi')).toBeNull();
    });
  });
});
