import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { isDitto, rowUnitOf, unitOfLabel } from './row-unit';

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
      ['a ditto on the first row takes the fallback', { cell: '"', above: null, label: '', fallback: '%' }, '%'],
      ['a ditto under a row without unit takes the fallback', { cell: '"', above: '', label: '', fallback: '' }, ''],
      ['a unit of its own wins', { cell: 'Tấn', above: 'Tỷ đồng', label: 'Sản lượng (Tạ)', fallback: '%' }, 'Tấn'],
      ['no cell: the fallback', { cell: null, above: 'Tỷ đồng', label: '', fallback: 'Ha' }, 'Ha'],
    ])('rowUnitOf: %s', (_name, input, unit) => {
      expect(rowUnitOf(input)).toBe(unit);
    });
  });
});

/*
 * Figures from Thừa Thiên Huế's main socio-economic targets of 2019 (report 330/BC-UBND): no unit column, each name
 * closes with its unit in brackets.
 */
describe('a unit closing the name in brackets is the row\'s unit when its cell gives none', () => {
  const targets = [
    'Stt;Chỉ tiêu chủ yếu;TH năm 2018;Ước TH năm 2019',
    '1;Tốc độ tăng tổng sản phẩm trong tỉnh (GRDP) (%);6,61;7,18',
    '2;Tổng sản phẩm trong tỉnh bình quân đầu người (USD);1.839;2.007',
    '3;Giá trị xuất khẩu (triệu USD);864;950',
    '4;Tổng vốn đầu tư toàn xã hội (Tỷ đồng);19.770;22.700',
    '6;Mức giảm tỷ suất sinh (‰);2;2',
  ];
  it.each<[string, string[], string[]]>([
    ['no unit column', targets, ['%', 'USD', 'triệu USD', 'Tỷ đồng', '‰']],
    [
      'an empty unit cell; a printed unit wins over the name',
      ['Stt;Chỉ tiêu chủ yếu;ĐVT;TH năm 2018;Ước TH năm 2019', '1;Tốc độ tăng GRDP (%);;6,61;7,18', '3;Giá trị xuất khẩu (triệu USD);Tỷ USD;0,864;0,950'],
      ['%', 'Tỷ USD'],
    ],
  ])('%s', (_name, lines, units) => {
    const r = readReportTables(lines.join('\n'), 'hue.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]?.rows.map((row) => row.unit)).toEqual(units);
    // The name is kept as printed.
    expect(r.value[0]?.rows[0]?.indicator).toMatch(/\(%\)$/u);
  });

  describe('edge cases', () => {
    it.each<[string, string | null]>([
      ['Tổng sản phẩm trong tỉnh (GRDP)', null],
      ['Tỷ lệ hộ nghèo (%) của các huyện', null],
      ['Thu ngân sách Nhà nước ( Tỷ đồng ):', 'Tỷ đồng'],
      ['Tỷ lệ trẻ em suy dinh dưỡng: -Theo cân nặng (%) -Theo chiều cao (%)', '%'],
      ['Dân số (nghìn người)', 'nghìn người'],
      ['Lúa (vụ mùa)', null],
    ])('unitOfLabel(%s) → %s', (label, unit) => {
      expect(unitOfLabel(label)).toBe(unit);
    });

    it('a ditto under a row without unit falls back to the name', () => {
      expect(rowUnitOf({ cell: '"', above: '', label: 'Giá trị xuất khẩu (triệu USD)', fallback: '' })).toBe('triệu USD');
    });
  });
});
