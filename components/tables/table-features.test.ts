import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import { buildReportColumns } from './report-columns';
import { reportFeatures, reportTableOptions, searchTokens, type ReportFeatures } from './table-features';
import { makeRow } from './test-rows';
import type { ReportRow } from './types';

const ROWS: ReportRow[] = [
  makeRow({ row: 2, stt: '1', indicator: 'GDP bình quân đầu người', claim: 'Tăng 3,8 lần', verdict: 'match', computed: 3.7547 }),
  makeRow({
    row: 3,
    stt: '2',
    indicator: 'Thu ngân sách trên địa bàn',
    unit: 'Tỷ đồng',
    claim: 'Tăng 10,1 lần',
    verdict: 'match',
    computed: 10.0556,
    cells: [
      { year: 2009, raw: '393,6', value: 393.6, decimals: 1, warning: null },
      { year: 2022, raw: '3.957,9', value: 3957.9, decimals: 1, warning: null },
    ],
  }),
  makeRow({
    row: 4,
    stt: '10',
    indicator: 'Cơ cấu kinh tế: dịch vụ',
    unit: '%',
    claim: 'tăng từ 54,06% lên 53,75%',
    verdict: 'wrong_direction',
    computed: -0.31,
    cells: [
      { year: 2009, raw: '', value: null, decimals: 0, warning: null },
      { year: 2022, raw: '53,75', value: 53.75, decimals: 2, warning: null },
    ],
  }),
  makeRow({ row: 5, stt: '3', indicator: 'Đường giao thông', unit: 'Km', claim: null, verdict: 'none', computed: null }),
  makeRow({ row: 6, stt: '4', indicator: 'Thu ngân sách Nhà nước', claim: 'tăng 186,3%', verdict: 'match_truncated', computed: 186.37 }),
];

// useTable brings React's reactivity; a plain table needs the store bindings (an extra feature key).
const features: ReportFeatures = Object.assign({}, reportFeatures, { coreReactivityFeature: storeReactivityBindings() });

function makeTable() {
  return constructTable({
    features,
    columns: buildReportColumns([2009, 2022], 'vi'),
    data: ROWS,
    ...reportTableOptions,
  });
}

function shownRows(table: ReturnType<typeof makeTable>): number[] {
  return table.getRowModel().rows.map((r) => r.original.row);
}

describe('searchTokens', () => {
  it.each([
    ['ngan sach', ['ngan', 'sach']],
    ['Ngân   Sách', ['ngan', 'sach']],
    ['  ĐƯỜNG\u00a0giao ', ['duong', 'giao']],
    ['3,8', ['3,8']],
  ])('%j → %j', (query, expected) => {
    expect(searchTokens(query)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each([[''], ['   '], [undefined], [42]])('%j has no tokens', (query) => {
      expect(searchTokens(query)).toEqual([]);
    });
  });
});

describe('report table model', () => {
  it.each([
    ['ngan sach', [3, 6]],
    ['NGÂN SÁCH', [3, 6]],
    ['ngân sach nha nuoc', [6]],
    ['duong', [5]],
    ['gdp lan', [2]],
    ['3,8 lần', [2]],
    ['dich vu 54,06', [4]],
    ['ty dong', [3]],
    ['khong co', []],
  ])('global search %j keeps rows %j', (query, expected) => {
    const table = makeTable();
    table.setGlobalFilter(query);
    expect(shownRows(table)).toEqual(expected);
  });

  it.each([
    ['match', [2, 3]],
    ['wrong_direction', [4]],
    ['none', [5]],
    ['mismatch', []],
  ])('verdict filter %s keeps rows %j', (verdict, expected) => {
    const table = makeTable();
    table.getColumn('verdict')?.setFilterValue(verdict);
    expect(shownRows(table)).toEqual(expected);
  });

  it('search and verdict filter combine', () => {
    const table = makeTable();
    table.setGlobalFilter('ngan sach');
    table.getColumn('verdict')?.setFilterValue('match_truncated');
    expect(shownRows(table)).toEqual([6]);
  });

  it.each<[string, boolean, number[]]>([
    ['indicator', false, [4, 5, 2, 6, 3]],
    ['stt', false, [2, 3, 5, 6, 4]],
    ['nam-2022', true, [3, 4, 2, 5, 6]],
    ['nam-2009', false, [2, 5, 6, 3, 4]],
    ['verdict', false, [4, 6, 2, 3, 5]],
    ['computed', true, [6, 3, 2, 4, 5]],
  ])('sorting by %s (desc %s) gives rows %j', (id, desc, expected) => {
    const table = makeTable();
    table.setSorting([{ id, desc }]);
    expect(shownRows(table)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('an empty search keeps every row in the printed order', () => {
      const table = makeTable();
      table.setGlobalFilter('   ');
      expect(shownRows(table)).toEqual([2, 3, 4, 5, 6]);
    });

    it('hiding a column keeps its rows but drops its cells', () => {
      const table = makeTable();
      table.getColumn('unit')?.toggleVisibility(false);
      const first = table.getRowModel().rows[0];
      expect(first?.getVisibleCells().map((c) => c.column.id)).not.toContain('unit');
      expect(table.getRowModel().rows).toHaveLength(5);
    });

    it('the indicator column cannot be hidden', () => {
      expect(makeTable().getColumn('indicator')?.getCanHide()).toBe(false);
    });

    it('every row can expand', () => {
      const table = makeTable();
      const row = table.getRowModel().rows[1];
      row?.toggleExpanded(true);
      expect(row?.getIsExpanded()).toBe(true);
    });
  });
});
