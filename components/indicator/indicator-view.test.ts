import { describe, expect, it } from 'vitest';
import type { RowView, SeriesPointView } from '@/lib/dataset/types';
import type { RowWarning } from '@/lib/verify/result';
import type { Verdict } from '@/lib/verify/types';
import { claimYears, namesWithYears, qualityItems, readingIfDifferent, sortClaims } from './indicator-view';

const point = (year: number, raw: string, value: number, decimals: number, name = 'A', warning: string | null = null): SeriesPointView => ({
  year, raw, value, decimals, name, warning: warning === null ? null : { vi: warning, en: `en ${warning}` }, source: null,
});

/** A typed row warning about a year, as verify-table makes it. */
const yearWarning = (year: number, vi: string): RowWarning => ({ code: 'read-as-decimal', year, raw: '1', otherVerdict: null, message: { vi, en: `${year}: two readings` } });

describe('qualityItems', () => {
  const grainPoints = [
    point(1991, '147.210', 147.21, 3, 'A', 'w1991'),
    point(2008, '236.625', 236.625, 3, 'A', 'w2008'),
    point(2009, '228,59', 228.59, 2),
  ];
  it.each<[string, string[], SeriesPointView[], RowWarning[][], { year: number | null; raw: string | null; reading: string | null; text: string }[]]>([
    ['none', [], [point(2009, '1', 1, 0)], [], []],
    ['grain: one item per warned value, row warnings about those years dropped', ['w1991', 'w2008'], grainPoints, [[yearWarning(1991, 'Năm 1991: hai cách đọc')], [yearWarning(2008, 'Năm 2008: hai cách đọc')]], [
      { year: 1991, raw: '147.210', reading: '147,210', text: 'w1991' },
      { year: 2008, raw: '236.625', reading: '236,625', text: 'w2008' },
    ]],
    ['a row warning about another year is kept, once', [], grainPoints, [[yearWarning(2015, 'Năm 2015: khác')], [yearWarning(2015, 'Năm 2015: khác')]], [
      { year: 1991, raw: '147.210', reading: '147,210', text: 'w1991' },
      { year: 2008, raw: '236.625', reading: '236,625', text: 'w2008' },
      { year: null, raw: null, reading: null, text: 'Năm 2015: khác' },
    ]],
    ['an indicator warning without a warned point', ['  chung  ', ''], [point(2009, '1', 1, 0)], [], [{ year: null, raw: null, reading: null, text: 'chung' }]],
    ['warned points come out in year order, read as printed gives no reading', [], [point(2022, '44', 44, 0, 'A', 'b'), point(2009, '18', 18, 0, 'A', 'a')], [], [
      { year: 2009, raw: '18', reading: null, text: 'a' },
      { year: 2022, raw: '44', reading: null, text: 'b' },
    ]],
  ])('%s', (_name, warnings, points, claimWarnings, expected) => {
    const claims = claimWarnings.map((ws) => ({ warnings: ws }) as unknown as RowView);
    expect(qualityItems({ warnings: warnings.map((vi) => ({ vi, en: `en ${vi}` })), points, claims }, 'vi')).toEqual(expected);
  });

  it('gives row warnings in the page language', () => {
    const claims = [{ warnings: [yearWarning(2015, 'Năm 2015: khác')] } as unknown as RowView];
    expect(qualityItems({ warnings: [], points: [], claims }, 'en')).toEqual([{ year: null, raw: null, reading: null, text: '2015: two readings' }]);
  });
});

describe('namesWithYears', () => {
  it.each<[string, [number, string][], { name: string; years: number[] }[]]>([
    ['grain: two names', [[1991, 'Sản lượng lương thực'], [2008, 'Sản lượng lương thực'], [2009, 'Tổng sản lượng lương thực có hạt'], [2015, 'Tổng sản lượng lương thực có hạt']],
      [{ name: 'Sản lượng lương thực', years: [1991, 2008] }, { name: 'Tổng sản lượng lương thực có hạt', years: [2009, 2015] }]],
    ['unsorted input', [[2022, 'B'], [1991, 'A'], [2008, 'B']], [{ name: 'A', years: [1991] }, { name: 'B', years: [2008, 2022] }]],
    ['one name', [[2009, 'A'], [2022, 'A']], [{ name: 'A', years: [2009, 2022] }]],
    ['a name coming back later', [[2009, 'A'], [2015, 'B'], [2022, 'A']], [{ name: 'A', years: [2009, 2022] }, { name: 'B', years: [2015] }]],
  ])('%s', (_name, rows, expected) => {
    expect(namesWithYears(rows.map(([y, n]) => point(y, '1', 1, 0, n)))).toEqual(expected);
  });
});

describe('readingIfDifferent', () => {
  it.each<[string, number, number, string | null]>([
    ['147.210', 147.21, 3, '147,210'],
    ['236.625', 236.625, 3, '236,625'],
    ['3.957,9', 3957.9, 1, null],
    ['1.382,08', 1382.08, 2, null],
    ['35', 35, 0, null],
    ['1,307', 1.307, 3, null],
  ])('%s', (raw, value, decimals, expected) => {
    expect(readingIfDifferent({ raw, value, decimals })).toBe(expected);
  });
});

describe('sortClaims', () => {
  it.each<[Verdict[], Verdict[]]>([
    [['match', 'mismatch', 'wrong_direction'], ['wrong_direction', 'mismatch', 'match']],
    [['match_truncated', 'match_points', 'implied'], ['match_points', 'match_truncated', 'implied']],
    [['match'], ['match']],
  ])('%j', (input, expected) => {
    expect(sortClaims(input.map((verdict) => ({ verdict }))).map((c) => c.verdict)).toEqual(expected);
  });
});

describe('claimYears', () => {
  it.each<[number | null, number | null, string | null]>([
    [2009, 2022, '2009 → 2022'],
    [2015, 2015, '2015'],
    [null, 2022, '2022'],
    [1991, null, '1991'],
    [null, null, null],
  ])('%s → %s', (from, to, expected) => {
    const side = (year: number | null) => (year === null ? null : { year, value: 1 });
    expect(claimYears({ from: side(from), to: side(to) })).toBe(expected);
  });
});

describe('edge cases', () => {
  it('sortClaims keeps table order among equal verdicts', () => {
    const rows = [{ verdict: 'match' as Verdict, n: 1 }, { verdict: 'mismatch' as Verdict, n: 2 }, { verdict: 'match' as Verdict, n: 3 }];
    expect(sortClaims(rows).map((r) => r.n)).toEqual([2, 1, 3]);
  });

  it('namesWithYears of nothing is empty', () => {
    expect(namesWithYears([])).toEqual([]);
  });

  it('readingIfDifferent ignores spaces around the printed text', () => {
    expect(readingIfDifferent({ raw: ' 44 ', value: 44, decimals: 0 })).toBeNull();
  });
});
