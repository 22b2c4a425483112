import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { isDitto, rowUnitOf } from './row-unit';

/*
 * Figures from Lâm Đồng's main socio-economic indicators for the first half of 2015 (GRDP at 2010 prices by sector,
 * tourists): the unit column prints a ditto mark under "Tỷ đồng" and "Ngàn lượt khách" for the rows that break them down.
 */
const HEADER = 'Chỉ tiêu;ĐVT;6 tháng đầu năm 2015;% tăng/ giảm so cùng kỳ';
function unitsOf(ditto: string): string[] {
  const lines = [
    HEADER,
    '1. Tổng sản phẩm (GRDP) giá so sánh 2010;Tỷ đồng;16.632,5;+8,37',
    `  - Khu vực nông, lâm, thủy sản;${ditto};4.501,1;+5,75`,
    `  - Khu vực dịch vụ;${ditto};7.259,8;+9,88`,
    '6. Khách du lịch qua cơ sở lưu trú;Ngàn lượt khách;1.432,9;+9,2',
    ` -  Khách nội địa;${ditto};1.348,8;+10,8`,
  ];
  const r = readReportTables(lines.join('\n'), 'lam-dong.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value[0]?.rows.map((row) => row.unit) ?? [];
}

describe('a ditto mark in the unit column is the unit of the row above', () => {
  it.each([
    ['a quoted typewriter ditto (""""), as Excel writes "', '""""'],
    ['a cell holding two quotes ("""""" in the file)', '""""""'],
    ['a typeset quote', '“'],
    ['dashes around the mark', '-"-'],
    ['"nt" (như trên)', 'nt'],
  ])('%s', (_name, ditto) => {
    expect(unitsOf(ditto)).toEqual(['Tỷ đồng', 'Tỷ đồng', 'Tỷ đồng', 'Ngàn lượt khách', 'Ngàn lượt khách']);
  });

  describe('edge cases', () => {
    it.each<[string, boolean]>([
      ['"', true],
      ['” ', true],
      ['- “ -', true],
      ['〃', true],
      ['Như trên', true],
      ['N.t', true],
      ['"Tỷ đồng"', false],
      ['ntd', false],
      ['-', false],
      ['Tỷ đồng', false],
    ])('isDitto(%s) → %s', (cell, ditto) => {
      expect(isDitto(cell)).toBe(ditto);
    });

    it.each<[string, Parameters<typeof rowUnitOf>[0], string]>([
      ['a ditto on the first row takes the fallback', { cell: '"', above: null, fallback: '%' }, '%'],
      ['a ditto under a row without unit takes the fallback', { cell: '"', above: '', fallback: '' }, ''],
      ['a unit of its own wins', { cell: 'Tấn', above: 'Tỷ đồng', fallback: '%' }, 'Tấn'],
      ['no cell: the fallback', { cell: null, above: 'Tỷ đồng', fallback: 'Ha' }, 'Ha'],
    ])('rowUnitOf: %s', (_name, input, unit) => {
      expect(rowUnitOf(input)).toBe(unit);
    });
  });
});
