import { describe, expect, it } from 'vitest';
import { makeRow } from '@/components/tables/test-rows';
import type { ClaimFigure, ReportRow } from '@/components/tables/types';
import { buildComparison } from './comparison-points';

function fig(overrides: Partial<ClaimFigure>): ClaimFigure {
  return { kind: 'ratio', direction: 'up', value: 1, decimals: 1, qualifier: null, unitSign: null, unitWord: null, ...overrides };
}

function ratioRow(row: number, claimed: number, computed: number): ReportRow {
  return makeRow({ row, key: `t:${row}`, indicator: `Chỉ tiêu ${row}`, computed, figure: fig({ value: claimed }) });
}

describe('buildComparison', () => {
  it('draws each claim against its recomputed figure, labelled as printed', () => {
    const { panels, unplotted } = buildComparison([ratioRow(2, 3.8, 3.7547)], 'vi');
    expect(unplotted).toEqual([]);
    expect(panels).toHaveLength(1);
    expect(panels[0]).toMatchObject({ terms: 'ratio', unit: 'lần', scale: 'linear' });
    expect(panels[0]?.points[0]).toMatchObject({ claimed: 3.8, claimedLabel: '3,8', computed: 3.7547, computedLabel: '3,75' });
  });

  it.each<[string, Partial<ClaimFigure>, string, string]>([
    ['ratio', { kind: 'ratio' }, 'Tỷ đồng', 'ratio'],
    ['percent', { kind: 'percent', unitSign: '%' }, 'Tỷ đồng', 'percent'],
    ['per mille', { kind: 'percent', unitSign: '‰' }, '‰', 'permille'],
    ['points', { kind: 'points', unitSign: '%' }, '%', 'points'],
    ['average annual', { kind: 'average-annual', unitSign: '%' }, 'Tỷ đồng', 'annual'],
    ['plan', { kind: 'plan', unitSign: '%' }, '%', 'plan'],
    ['absolute', { kind: 'absolute', unitWord: 'trường' }, 'Trường', 'absolute:trường'],
    ['direction', { kind: 'direction', value: null, decimals: null }, '%', 'direction:%'],
  ])('a %s claim goes to the %s panel', (_name, figure, unit, terms) => {
    const { panels } = buildComparison([makeRow({ unit, figure: fig(figure), computed: 2 })], 'vi');
    expect(panels.map((p) => p.terms)).toEqual([terms]);
  });

  it('never puts claims in different terms on one axis, and keeps the table order of first appearance', () => {
    const rows = [
      makeRow({ row: 2, key: 't:2', figure: fig({ kind: 'percent', unitSign: '%', value: 51.8 }), computed: 51.81 }),
      ratioRow(3, 3.8, 3.75),
      makeRow({ row: 4, key: 't:4', figure: fig({ kind: 'percent', unitSign: '%', value: 39, decimals: 0 }), computed: 39.57 }),
      makeRow({ row: 5, key: 't:5', unit: 'Doanh nghiệp', figure: fig({ kind: 'absolute', unitWord: 'doanh nghiệp', value: 785 }), computed: 700 }),
      makeRow({ row: 6, key: 't:6', unit: 'Trường', figure: fig({ kind: 'absolute', unitWord: 'trường', value: 104 }), computed: 100 }),
    ];
    const { panels } = buildComparison(rows, 'vi');
    expect(panels.map((p) => [p.terms, p.points.map((x) => x.row)])).toEqual([
      ['percent', [2, 4]],
      ['ratio', [3]],
      ['absolute:doanh nghiệp', [5]],
      ['absolute:trường', [6]],
    ]);
  });

  it('a direction claim shows the stated direction and the signed change, on an axis symmetric around zero', () => {
    const row = makeRow({ unit: '%', figure: fig({ kind: 'direction', direction: 'up', value: null, decimals: null }), computed: -0.31, verdict: 'wrong_direction' });
    const [panel] = buildComparison([row], 'vi').panels;
    expect(panel?.unit).toBe('điểm %');
    expect(panel?.points[0]).toMatchObject({ claimed: null, claimedDirection: 'up', claimedLabel: 'nói tăng', computedLabel: '-0,31' });
    expect(panel?.domain[0]).toBe(-(panel?.domain[1] ?? NaN));
    expect(panel?.ticks).toContain(0);
  });

  it.each<[string, Partial<ReportRow>, 'implied' | 'not-computed']>([
    ['implied', { verdict: 'implied', computed: null }, 'implied'],
    ['not computable', { verdict: 'not_computable', computed: null }, 'not-computed'],
  ])('an %s claim is listed as not drawn', (_name, overrides, reason) => {
    const data = buildComparison([makeRow(overrides)], 'vi');
    expect(data.panels).toEqual([]);
    expect(data.unplotted).toEqual([expect.objectContaining({ row: 2, reason })]);
  });

  it('uses a log axis when a panel spans at least 20×, with 1-2-5 ticks covering every figure', () => {
    const [panel] = buildComparison([ratioRow(2, 1.6, 1.607), ratioRow(3, 102.2, 102.2188)], 'vi').panels;
    expect(panel?.scale).toBe('log');
    expect(panel?.domain).toEqual([1, 200]);
    expect(panel?.ticks).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
  });

  it('a linear axis starts at zero and ends on a round tick above the largest figure', () => {
    const [panel] = buildComparison([ratioRow(2, 3.8, 3.75), ratioRow(3, 10.1, 10.06)], 'vi').panels;
    expect(panel?.scale).toBe('linear');
    expect(panel?.domain).toEqual([0, 15]);
    expect(panel?.ticks).toEqual([0, 5, 10, 15]);
  });

  describe('edge cases', () => {
    it('rows without a claim, or with an unparsed claim, are neither drawn nor listed', () => {
      const data = buildComparison(
        [makeRow({ claim: null, verdict: 'none', figure: null }), makeRow({ claim: 'Tăng mạnh', verdict: 'unparsed', figure: null, computed: null })],
        'vi',
      );
      expect(data).toEqual({ panels: [], unplotted: [] });
    });

    it('a qualifier is shown with the printed figure', () => {
      const row = makeRow({ figure: fig({ kind: 'average-annual', unitSign: '%', value: 10, decimals: 0, qualifier: 'lower' }), computed: 4.8776 });
      expect(buildComparison([row], 'vi').panels[0]?.points[0]).toMatchObject({ claimedLabel: '> 10', computedLabel: '4,9' });
    });

    it('over many decades the log ticks keep only the ends and powers of ten', () => {
      const row = makeRow({ unit: '‰', figure: fig({ kind: 'percent', unitSign: '‰', value: 0.4 }), computed: 571.4286 });
      const [panel] = buildComparison([row], 'vi').panels;
      expect(panel?.domain).toEqual([0.2, 1000]);
      expect(panel?.ticks).toEqual([0.2, 1, 10, 100, 1000]);
    });

    it('English units and labels', () => {
      const [panel] = buildComparison([ratioRow(2, 3.8, 3.7547)], 'en').panels;
      expect(panel?.unit).toBe('×');
      expect(panel?.title).toBe('How many times larger or smaller');
    });
  });
});
