import { describe, expect, it } from 'vitest';
import { availableModes, buildSeriesChart, liftOffAxis, placeLabels, staggerTicks, type SeriesChartPoint, type SeriesMode, type TickRow } from './series-chart-data';

const pt = (year: number, value: number, raw: string, warning = false): SeriesChartPoint => ({ year, value, raw, warning });

const GRAIN: SeriesChartPoint[] = [
  pt(2009, 228.59, '228,59'),
  pt(1991, 147.21, '147.210', true),
  pt(2008, 236.625, '236.625', true),
  pt(2015, 262.6, '262,6'),
  pt(2022, 296.3, '296,3'),
];

describe('placeLabels', () => {
  it.each<[string, { year: number; value: number }[], string[]]>([
    ['grain: 2008 above 2009', [{ year: 1991, value: 147 }, { year: 2008, value: 236 }, { year: 2009, value: 228 }, { year: 2022, value: 296 }], ['above', 'above', 'below', 'above']],
    ['budget: 2009 higher than 2008', [{ year: 1991, value: 9.4 }, { year: 2008, value: 361.8 }, { year: 2009, value: 393.6 }, { year: 2022, value: 3957.9 }], ['above', 'below', 'above', 'above']],
    ['far apart: all above', [{ year: 2009, value: 10 }, { year: 2015, value: 20 }, { year: 2022, value: 5 }], ['above', 'above', 'above']],
    ['close and equal: the later goes below', [{ year: 2008, value: 5 }, { year: 2009, value: 5 }, { year: 2030, value: 1 }], ['above', 'below', 'above']],
  ])('%s', (_name, points, expected) => {
    expect(placeLabels(points)).toEqual(expected);
  });
});

describe('staggerTicks', () => {
  it.each<[string, number[], Record<number, TickRow>]>([
    ['grain years', [1991, 2008, 2009, 2015, 2022], { 1991: 0, 2008: 0, 2009: 1, 2015: 0, 2022: 0 }],
    ['unsorted', [2022, 2009, 2008], { 2008: 0, 2009: 1, 2022: 0 }],
    ['a run of close years: two lines, then unlabelled', [2000, 2001, 2002, 2003, 2040], { 2000: 0, 2001: 1, 2002: null, 2003: null, 2040: 0 }],
    ['every few years fits on two lines', [2000, 2003, 2006, 2009, 2030], { 2000: 0, 2003: 1, 2006: 0, 2009: 1, 2030: 0 }],
    ['far apart', [2009, 2015, 2022], { 2009: 0, 2015: 0, 2022: 0 }],
    ['one year', [2022], { 2022: 0 }],
  ])('%s', (_name, years, expected) => {
    expect(staggerTicks(years)).toEqual(expected);
  });
});

describe('buildSeriesChart', () => {
  it.each<[SeriesMode, number[], string[], 'linear' | 'log']>([
    ['absolute', [147.21, 236.625, 228.59, 262.6, 296.3], ['147.210 ⚠', '236.625 ⚠', '228,59', '262,6', '296,3'], 'linear'],
    ['index', [100, 160.74, 155.28, 178.38, 201.28], ['100 ⚠', '160,7 ⚠', '155,3', '178,4', '201,3'], 'linear'],
    ['log', [147.21, 236.625, 228.59, 262.6, 296.3], ['147.210 ⚠', '236.625 ⚠', '228,59', '262,6', '296,3'], 'log'],
  ])('grain in %s mode', (mode, plotted, labels, scale) => {
    const model = buildSeriesChart(GRAIN, mode);
    expect(model.ok).toBe(true);
    if (!model.ok) return;
    expect(model.scale).toBe(scale);
    expect(model.years).toEqual([1991, 2008, 2009, 2015, 2022]);
    model.rows.forEach((r, i) => expect(r.plotted).toBeCloseTo(plotted[i] ?? NaN, 2));
    expect(model.rows.map((r) => r.label)).toEqual(labels);
    expect(model.rows.map((r) => r.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'end']);
    expect(model.rows.map((r) => r.placement)).toEqual(['above', 'above', 'below', 'above', 'above']);
  });

  it.each<[SeriesMode, readonly [number, number] | null, readonly number[] | null]>([
    ['absolute', [0, 300], [0, 100, 200, 300]],
    ['index', [0, 250], [0, 50, 100, 150, 200, 250]],
    ['log', [100, 1000], [100, 200, 500, 1000]],
  ])('y axis of grain in %s mode', (mode, domain, ticks) => {
    const model = buildSeriesChart(GRAIN, mode);
    expect(model.ok && [model.yDomain, model.yTicks]).toEqual([domain, ticks]);
  });

  it.each<[SeriesMode, SeriesChartPoint[], string]>([
    ['absolute', [], 'empty'],
    ['index', [pt(2009, 0, '0'), pt(2022, 5, '5')], 'non-positive'],
    ['log', [pt(2009, 3, '3'), pt(2022, 0, '0')], 'non-positive'],
  ])('fails in %s mode', (mode, points, reason) => {
    expect(buildSeriesChart(points, mode)).toEqual({ ok: false, mode, reason });
  });
});

describe('availableModes', () => {
  it.each<[string, SeriesChartPoint[], Record<SeriesMode, boolean>]>([
    ['grain', GRAIN, { absolute: true, index: true, log: true }],
    ['a zero in the middle', [pt(2009, 2, '2'), pt(2015, 0, '0'), pt(2022, 5, '5')], { absolute: true, index: true, log: false }],
    ['a zero first', [pt(2009, 0, '0'), pt(2022, 5, '5')], { absolute: true, index: false, log: false }],
    ['nothing', [], { absolute: false, index: false, log: false }],
  ])('%s', (_name, points, expected) => {
    expect(availableModes(points)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('a single point: index 100, one label centred above', () => {
    const model = buildSeriesChart([pt(2022, 60911, '60.911')], 'index');
    expect(model.ok && model.rows).toEqual([
      { year: 2022, plotted: 100, label: '100', raw: '60.911', warning: false, placement: 'above', anchor: 'middle' },
    ]);
  });

  it('a single year span places every label above', () => {
    expect(placeLabels([{ year: 2022, value: 1 }])).toEqual(['above']);
  });
});

describe('liftOffAxis', () => {
  it.each([
    // The budget series at 390 px: 361,828 (2008) sits just above the axis under 393,6 (2009).
    [['above', 'below'] as const, [393.6, 361.8], [0, 4000] as const, ['above', 'left']],
    [['above', 'below'] as const, [3957.9, 1382.08], [0, 4000] as const, ['above', 'below']],
  ])('%j → %j', (placements, plotted, domain, expected) => {
    expect(liftOffAxis(placements, plotted, domain)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('leaves the placements alone without a linear domain', () => {
      expect(liftOffAxis(['below'], [1], null)).toEqual(['below']);
    });
  });
});
