import { describe, expect, it } from 'vitest';
import type { RowView } from '@/lib/dataset/types';
import type { Verdict } from '@/lib/verify/types';
import { buildFilterOptions, claimIndicatorId, filterClaims, readFilters, type ReportFilters } from './filter-claims';

function row(verdict: Verdict, tableId: string, indicatorId: string | null, indicator: string, line: number): RowView {
  return {
    file: `${tableId}.csv`, row: line, stt: null, indicatorId, indicator, unit: '%', section: null,
    from: { year: 2015, value: 1 }, to: { year: 2022, value: 2 }, claim: 'tăng', kind: 'direction', parsed: null, verdict,
    computed: null, message: '', messageEn: '', expected: null, implied: null, source: null, warnings: [],
    key: `${tableId}:${line}`, tableId, cells: [],
  };
}

const claims: RowView[] = [
  row('match', 'bang-2', 'gdp', 'GDP bình quân đầu người', 2),
  row('match_truncated', 'bang-2', 'thu-ngan-sach', 'Thu ngân sách', 5),
  row('wrong_direction', 'so-sanh', 'dich-vu', 'Cơ cấu kinh tế: dịch vụ', 3),
  row('match_points', 'bang-1', null, 'Tỷ lệ hộ nghèo', 9),
  row('mismatch', 'bang-1', 'thu-ngan-sach', 'Thu ngân sách', 4),
  row('match', 'bang-1', 'gdp', 'GDP', 7),
];

const all: ReportFilters = { verdict: null, table: null, indicator: null };

describe('readFilters', () => {
  it.each([
    { params: {}, expected: all },
    { params: { verdict: 'mismatch' }, expected: { ...all, verdict: 'mismatch' } },
    { params: { verdict: 'not-a-verdict', table: 'bang-1' }, expected: { ...all, table: 'bang-1' } },
    { params: { verdict: ['wrong_direction', 'match'], indicator: ' gdp ' }, expected: { ...all, verdict: 'wrong_direction', indicator: 'gdp' } },
    { params: { verdict: '', table: '  ', indicator: '' }, expected: all },
  ])('$params', ({ params, expected }) => {
    expect(readFilters(params)).toEqual(expected);
  });
});

describe('filterClaims', () => {
  it.each([
    { filters: all, keys: ['so-sanh:3', 'bang-1:4', 'bang-1:9', 'bang-2:5', 'bang-2:2', 'bang-1:7'] },
    { filters: { ...all, verdict: 'match' as const }, keys: ['bang-2:2', 'bang-1:7'] },
    { filters: { ...all, table: 'bang-1' }, keys: ['bang-1:4', 'bang-1:9', 'bang-1:7'] },
    { filters: { ...all, indicator: 'thu-ngan-sach' }, keys: ['bang-1:4', 'bang-2:5'] },
    { filters: { ...all, indicator: 'ty-le-ho-ngheo' }, keys: ['bang-1:9'] },
    { filters: { verdict: 'match' as const, table: 'bang-1', indicator: 'gdp' }, keys: ['bang-1:7'] },
  ])('$filters', ({ filters, keys }) => {
    expect(filterClaims(claims, filters).map((r) => r.key)).toEqual(keys);
  });

  describe('edge cases', () => {
    it('returns nothing for an unknown table and does not mutate its input', () => {
      const before = claims.map((r) => r.key);
      expect(filterClaims(claims, { ...all, table: 'khong-co' })).toEqual([]);
      filterClaims(claims, all);
      expect(claims.map((r) => r.key)).toEqual(before);
    });
    it('handles an empty list', () => {
      expect(filterClaims([], all)).toEqual([]);
    });
  });
});

describe('claimIndicatorId', () => {
  it.each([
    { indicatorId: 'gdp', indicator: 'GDP', expected: 'gdp' },
    { indicatorId: null, indicator: 'Tỷ lệ hộ nghèo', expected: 'ty-le-ho-ngheo' },
  ])('$indicator → $expected', ({ indicatorId, indicator, expected }) => {
    expect(claimIndicatorId({ indicatorId, indicator })).toBe(expected);
  });
});

describe('buildFilterOptions', () => {
  const options = buildFilterOptions(
    claims,
    [
      { id: 'bang-1', title: 'Bảng 1' },
      { id: 'bang-2', title: 'Bảng 2' },
      { id: 'khong-nhan-dinh', title: 'Không có nhận định' },
      { id: 'so-sanh', title: 'So sánh' },
    ],
    [{ id: 'gdp', name: 'GRDP bình quân đầu người' }],
    (v) => v.toUpperCase(),
  );

  it.each([
    { field: 'verdicts' as const, expected: [['wrong_direction', 1], ['mismatch', 1], ['match_points', 1], ['match_truncated', 1], ['match', 2]] },
    { field: 'tables' as const, expected: [['bang-1', 3], ['bang-2', 2], ['so-sanh', 1]] },
    { field: 'indicators' as const, expected: [['dich-vu', 1], ['gdp', 2], ['thu-ngan-sach', 2], ['ty-le-ho-ngheo', 1]] },
  ])('$field', ({ field, expected }) => {
    expect(options[field].map((o) => [o.value, o.count])).toEqual(expected);
  });

  describe('edge cases', () => {
    it('labels an indicator by the dataset name, else by the row text', () => {
      expect(options.indicators.map((o) => o.label)).toEqual([
        'Cơ cấu kinh tế: dịch vụ',
        'GRDP bình quân đầu người',
        'Thu ngân sách',
        'Tỷ lệ hộ nghèo',
      ]);
      expect(options.verdicts[0]?.label).toBe('WRONG_DIRECTION');
    });
  });
});
