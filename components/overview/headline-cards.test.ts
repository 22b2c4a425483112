import { describe, expect, it } from 'vitest';
import type { IndicatorView, RowView, SeriesPointView } from '@/lib/dataset/types';
import type { Verdict } from '@/lib/verify/types';
import { buildHeadlineCards, computeChange, HEADLINE_CARD_SPECS, summariseIndicator, type HeadlineCardSpec } from './headline-cards';

function point(year: number, value: number, raw: string, decimals = 1): SeriesPointView {
  return { year, value, decimals, raw, source: null, name: 'x', warning: null };
}

function claim(verdict: Verdict, text: string | null = 'Tăng 2 lần'): RowView {
  return {
    file: 'a.csv', row: 2, stt: '1', indicatorId: 'x', indicator: 'X', unit: 'Tỷ đồng', section: null,
    from: { year: 2009, value: 1 }, to: { year: 2022, value: 2 }, claim: text, kind: 'ratio', parsed: null, verdict,
    computed: 2, message: '', messageEn: '', expected: null, implied: null, source: null, warnings: [],
    key: 'a:2', tableId: 'a', cells: [],
  };
}

function indicator(id: string, unit: string, points: SeriesPointView[], claims: RowView[] = []): IndicatorView {
  return { id, name: `Tên ${id}`, names: [`Tên ${id}`], unit, points, claims, warnings: [] };
}

const spec: HeadlineCardSpec = { key: 'k', ids: ['x'], label: { vi: 'Nhãn', en: 'Label' } };

describe('computeChange', () => {
  it.each([
    { from: 10.6, to: 39.8, unit: 'Triệu đồng', ratio: 3.7547, percent: 275.47 },
    { from: 393.6, to: 3957.9, unit: 'Tỷ đồng', ratio: 10.0556, percent: 905.56 },
    { from: 200, to: 100, unit: 'Tấn', ratio: 0.5, percent: -50 },
  ])('ratio $from → $to ($unit)', ({ from, to, unit, ratio, percent }) => {
    const change = computeChange({ value: from, decimals: 1 }, { value: to, decimals: 1 }, unit);
    expect(change?.kind).toBe('ratio');
    if (change?.kind !== 'ratio') return;
    expect(change.ratio).toBeCloseTo(ratio, 3);
    expect(change.percent).toBeCloseTo(percent, 1);
  });

  it.each([
    { from: 62.4, fd: 1, to: 33.65, td: 2, unit: '%', points: -28.75, decimals: 2 },
    { from: 51, fd: 0, to: 57, td: 0, unit: '%', points: 6, decimals: 0 },
    { from: 0.7, fd: 1, to: 0.3, td: 1, unit: ' ‰ ', points: -0.4, decimals: 1 },
  ])('points $from → $to ($unit)', ({ from, fd, to, td, unit, points, decimals }) => {
    expect(computeChange({ value: from, decimals: fd }, { value: to, decimals: td }, unit)).toEqual({ kind: 'points', points, decimals });
  });

  describe('edge cases', () => {
    it('has no ratio on a zero or negative base', () => {
      expect(computeChange({ value: 0, decimals: 0 }, { value: 5, decimals: 0 }, 'Tấn')).toBeNull();
      expect(computeChange({ value: -2, decimals: 0 }, { value: 5, decimals: 0 }, 'Tấn')).toBeNull();
    });
  });
});

describe('summariseIndicator', () => {
  it.each([
    { verdicts: ['match', 'wrong_direction', 'mismatch'] as Verdict[], worst: 'wrong_direction' },
    { verdicts: ['match', 'match_truncated', 'match_points'] as Verdict[], worst: 'match_points' },
    { verdicts: ['match'] as Verdict[], worst: 'match' },
  ])('picks the worst verdict of $verdicts', ({ verdicts, worst }) => {
    const ind = indicator('x', 'Tỷ đồng', [point(2009, 1, '1'), point(2022, 2, '2')], verdicts.map((v) => claim(v)));
    const card = summariseIndicator(ind, spec, 'vi');
    expect(card?.verdict).toBe(worst);
    expect(card?.claimCount).toBe(verdicts.length);
  });

  it('lists the claims worst first, keeping document order within a verdict', () => {
    const ind = indicator('x', 'Tỷ đồng', [point(2009, 1, '1')], [claim('match', 'a'), claim('implied', 'b'), claim('match', 'c'), claim('mismatch', 'd')]);
    const card = summariseIndicator(ind, spec, 'vi');
    expect(card?.claims.map((c) => `${c.verdict}:${c.text}`)).toEqual(['mismatch:d', 'implied:b', 'match:a', 'match:c']);
    expect(card?.claims[0]).toEqual({ verdict: 'mismatch', text: 'd', fromYear: 2009, toYear: 2022 });
  });

  it('orders the points by year and keeps the printed text', () => {
    const ind = indicator('x', 'Triệu đồng', [point(2022, 39.8, '39,8'), point(2009, 10.6, '10,6'), point(2015, 21.7, '21,7')]);
    const card = summariseIndicator(ind, spec, 'en');
    expect(card?.label).toBe('Label');
    expect(card?.latest).toEqual({ year: 2022, value: 39.8, decimals: 1, raw: '39,8', warning: null });
    expect(card?.earliest).toEqual({ year: 2009, value: 10.6, decimals: 1, raw: '10,6', warning: null });
    expect(card?.points.map((p) => p.year)).toEqual([2009, 2015, 2022]);
  });

  describe('edge cases', () => {
    it('keeps the warning of an ambiguous value and computes the change from the value as read', () => {
      const ambiguous = { ...point(1991, 147.21, '147.210', 3), warning: { vi: '"147.210" (1991) đọc là 147,21', en: '"147.210" (1991) read as 147,21' } };
      const card = summariseIndicator(indicator('x', 'Nghìn tấn', [ambiguous, point(2022, 296.3, '296,3')]), spec, 'vi');
      expect(card?.earliest?.warning?.vi).toContain('147,21');
      expect(card?.change?.kind === 'ratio' ? card.change.ratio : null).toBeCloseTo(2.0128, 3);
    });
    it('returns null for an indicator without points', () => {
      expect(summariseIndicator(indicator('x', '%', []), spec, 'vi')).toBeNull();
    });
    it('has no earliest value and no change for a single year', () => {
      const card = summariseIndicator(indicator('x', '%', [point(2022, 57, '57', 0)]), spec, 'vi');
      expect(card?.earliest).toBeNull();
      expect(card?.change).toBeNull();
    });
    it('has no verdict when nothing is claimed', () => {
      const card = summariseIndicator(indicator('x', '%', [point(2022, 57, '57', 0)]), spec, 'vi');
      expect(card?.verdict).toBeNull();
      expect(card?.claims).toEqual([]);
    });
  });
});

describe('buildHeadlineCards', () => {
  it('keeps spec order, takes the first id found and skips absent indicators', () => {
    const indicators = [
      indicator('ty-le-che-phu-rung', '%', [point(2009, 51, '51', 0), point(2022, 57, '57', 0)]),
      indicator('thu-ngan-sach-tren-dia-ban', 'Tỷ đồng', [point(2009, 393.6, '393,6')]),
      indicator('gdp-binh-quan-dau-nguoi', 'Triệu đồng', [point(2009, 10.6, '10,6')]),
    ];
    const cards = buildHeadlineCards(indicators, HEADLINE_CARD_SPECS, 'vi');
    expect(cards.map((c) => [c.key, c.indicatorId])).toEqual([
      ['gdp', 'gdp-binh-quan-dau-nguoi'],
      ['budget', 'thu-ngan-sach-tren-dia-ban'],
      ['forest', 'ty-le-che-phu-rung'],
    ]);
  });

  describe('edge cases', () => {
    it('gives no cards for an empty dataset', () => {
      expect(buildHeadlineCards([], HEADLINE_CARD_SPECS, 'vi')).toEqual([]);
    });
  });
});
