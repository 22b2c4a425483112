import { describe, expect, it } from 'vitest';
import { isCornerLabel } from './header-columns';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';

/*
 * The corner cell over a table's column of names, when the years run across. Figures: Long An's growth rates 2008–2019
 * (bảng 2.16 of a thesis on Long An, from the Sở Kế hoạch và Đầu tư; two sectors and three years kept) and Thừa Thiên
 * Huế's health figures 2016–2020 (the provincial portal, "Thông tin dư địa chí – Y tế"; two rows and years kept).
 */
describe('isCornerLabel', () => {
  it.each<[string, boolean]>([
    ['Năm', true],
    ['NĂM', true],
    ['Năm - Year', true],
    ['Tỉnh, vùng', true],
    ['Năm 2015', false],
    ['Nam giới', false],
    ['Năm học', false],
    ['Ghi chú', false],
  ])('%s → %s', (cell, corner) => {
    expect(isCornerLabel(cell)).toBe(corner);
  });
});

function read(lines: readonly string[]): { names: string[]; years: number[]; units: string[] } {
  const r = readReportTables(lines.join('\n'), 'bang.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  const [table] = r.value;
  return { names: table?.rows.map((row) => row.indicator) ?? [], years: [...(table?.years ?? [])], units: table?.rows.map((row) => row.unit) ?? [] };
}

describe('a corner naming the years or both axes', () => {
  const longAn = ['Khu vực I;5,7;3,3;2,6', 'Khu vực II;25,0;14,6;14,5'];
  const hue = ['Số giường bệnh;7.343;7.323;7.777', 'Bác sĩ;1.487;1.479;1.596'];

  it.each<[string, string[], string[]]>([
    ['"Năm", under a unit line', ['Đơn vị: %;;;', 'Năm;2008;2012;2019', ...longAn], ['Khu vực I', 'Khu vực II']],
    ['"NĂM" over "CHỈ TIÊU" in one cell', ['"NĂM\nCHỈ TIÊU";2008;2012;2019', ...hue], ['Số giường bệnh', 'Bác sĩ']],
    ['"Năm / Chỉ tiêu"', ['Năm / Chỉ tiêu;2008;2012;2019', ...hue], ['Số giường bệnh', 'Bác sĩ']],
    ['"Chỉ tiêu \\ Năm"', ['Chỉ tiêu \\ Năm;2008;2012;2019', ...hue], ['Số giường bệnh', 'Bác sĩ']],
  ])('%s: column A holds the indicators', (_corner, lines, names) => {
    const table = read(lines);
    expect(table.names).toEqual(names);
    expect(table.years).toEqual([2008, 2012, 2019]);
  });

  it('the unit line above a "Năm" corner is the rows\' unit', () => {
    expect(read(['Đơn vị: %;;;', 'Năm;2008;2012;2019', ...longAn]).units).toEqual(['%', '%']);
  });

  describe('edge cases', () => {
    it('"Năm" over indicator names, with the years down the rows, stays a years-down table', () => {
      const table = read(['Năm;Tổng số;Nam;Nữ', '2010;26,1;27,0;25,1', '2016;47,2;49,2;42,7']);
      expect(table.names).toEqual(['Tổng số', 'Nam', 'Nữ']);
      expect(table.years).toEqual([2010, 2016]);
    });

    it('"Năm" over one year only is no header', () => {
      const r = readReportTables(['Năm;2008', 'Khu vực I;5,7'].join('\n'), 'bang.csv');
      expect(r.ok ? 'read' : r.error.code).toBe('no-indicator-column');
    });
  });
});
