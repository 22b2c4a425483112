import { describe, expect, it } from 'vitest';
import type { SeriesPointView } from '../dataset/types';
import { buildSeriesSheet } from './series-sheet';

function point(year: number, value: number, decimals: number, raw: string, warning: string | null = null): SeriesPointView {
  return { year, value, decimals, raw, source: 'Bảng 2', name: 'Sản lượng lương thực', warning: warning === null ? null : { vi: warning, en: `English: ${warning}` } };
}

const INDICATOR = {
  name: 'Sản lượng lương thực',
  unit: 'Nghìn tấn',
  points: [point(2022, 147.21, 3, '147.210', 'Đọc là 147,210'), point(2009, 120.5, 1, '120,5')],
};

describe('buildSeriesSheet', () => {
  const sheet = buildSeriesSheet(INDICATOR, 'vi');

  it('has year, value (with the unit), printed text, name, source and warnings', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual([
      'Năm',
      'Giá trị (Nghìn tấn)',
      'Số in trong báo cáo',
      'Tên trong bảng',
      'Nguồn',
      'Cảnh báo dữ liệu',
    ]);
    expect(sheet.title).toBe('Sản lượng lương thực');
  });

  it.each([
    [0, ['2009', { kind: 'number', value: 2009, decimals: 0, grouping: false }, { kind: 'number', value: 120.5, decimals: 1 }, { kind: 'text', text: '120,5' }]],
    [1, ['2022', { kind: 'number', value: 2022, decimals: 0, grouping: false }, { kind: 'number', value: 147.21, decimals: 3 }, { kind: 'text', text: '147.210' }]],
  ] as const)('row %d is sorted by year, keyed by year, values as numbers', (index, [key, year, value, printed]) => {
    const row = sheet.rows[index];
    expect(row?.key).toBe(key);
    expect(row?.cells.slice(0, 3)).toEqual([year, value, printed]);
  });

  it('carries the warning', () => {
    expect(sheet.rows[1]?.cells[5]).toEqual({ kind: 'text', text: 'Đọc là 147,210' });
    expect(sheet.rows[0]?.cells[5]).toEqual({ kind: 'empty' });
  });
});

describe('edge cases', () => {
  it('an indicator without a unit has a plain value header (English)', () => {
    expect(buildSeriesSheet({ ...INDICATOR, unit: '' }, 'en').columns[1]?.header).toBe('Value');
  });

  it('no points gives the header only', () => {
    expect(buildSeriesSheet({ ...INDICATOR, points: [] }, 'vi').rows).toEqual([]);
  });
});
