import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';

/*
 * The unit line of a yearbook table with the years down the rows. Figures: Kon Tum's yearbook 2017 (Cục Thống kê Kon
 * Tum, NGTK 2017, biểu 34: trained employed workers, % by sex), two years kept; the title lines left out, as a sheet is
 * often exported. The other places and spellings of the note are ours.
 */
const HEADER = [';Tổng số Total;Phân theo giới tính - By sex;', ';;Nam Male;Nữ Female'];
const YEARS = ['2010;26,1;27,0;25,1', 'Sơ bộ - Prel 2017;47,9;49,7;43,2'];

function unitsOf(lines: readonly string[]): string[] {
  const r = readReportTables(lines.join('\n'), 'nien-giam.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value[0]?.rows.map((row) => row.unit) ?? [];
}

describe('a unit line above a years-down header', () => {
  it.each<[string, string]>([
    ['at the right edge, as printed', ';;;Đơn vị tính - Unit: %'],
    ['in column A', 'Đơn vị tính - Unit: %;;;'],
    ['in column B', ';Đơn vị tính - Unit: %;;'],
    ['"ĐVT: %"', 'ĐVT: %;;;'],
    ['"Đơn vị: %"', ';Đơn vị: %;;'],
  ])('%s is the unit of every row', (_where, note) => {
    expect(unitsOf([note, ...HEADER, ...YEARS])).toEqual(['%', '%', '%']);
  });

  it('a rate closing the title, with no unit line', () => {
    expect(unitsOf(['Tỷ lệ lao động đã qua đào tạo (%);;;', ...HEADER, ...YEARS])).toEqual(['%', '%', '%']);
  });

  describe('edge cases', () => {
    it('a unit in a column header wins over the line', () => {
      const header = [';Tổng số (người);Nam;Nữ'];
      expect(unitsOf(['ĐVT: %;;;', ...header, ...YEARS])).toEqual(['người', '%', '%']);
    });

    it('a block label with its own unit wins over the line', () => {
      const lines = ['ĐVT: Người;;;', ';Tổng số;Nam;Nữ', '2010;100;60;40', 'Cơ cấu - Structure (%);;;', '2010;100;60;40'];
      expect(unitsOf(lines)).toEqual(['Người', 'Người', 'Người', '%', '%', '%']);
    });

    it('no unit line: no unit', () => {
      expect(unitsOf([...HEADER, ...YEARS])).toEqual(['', '', '']);
    });
  });
});

/*
 * Figures: Phòng Thống kê Đà Lạt (area and average population, 2005–2011, the yearbook updated 31/12/2019), three years
 * kept. With no comparison column the rows compare their first and last years, as a table with the years across does.
 */
describe('the years a years-down table compares', () => {
  const lines = ['Năm;Diện tích (Km2);Dân số trung bình (người)', '2005;393,29;191.281', '2010;393,29;209.173', '2011;394,38;211.696'];

  it('its first and last years', () => {
    const r = readReportTables(lines.join('\n'), 'da-lat.csv');
    expect(r.ok && r.value[0]?.compare).toEqual({ from: 2005, to: 2011 });
  });

  describe('edge cases', () => {
    it('a preliminary year ("Sơ bộ 2019") is the last', () => {
      const r = readReportTables([...lines, 'Sơ bộ 2019;394,38;214.443'].join('\n'), 'da-lat.csv');
      expect(r.ok && r.value[0]?.compare).toEqual({ from: 2005, to: 2019 });
    });
  });
});

/*
 * Kon Tum's yearbook (average population by sex, 2010–2011, as a stored page prints it; our layout): its people grouped
 * the Vietnamese way ("442.113") and its rates with decimal points ("2.39") in one table.
 */
describe('a years-down table that writes "." both ways', () => {
  const codesOf = (lines: readonly string[]): string[] => {
    const r = readReportTables(lines.join('\n'), 'nien-giam.csv');
    if (!r.ok) throw new Error(r.error.code);
    return r.value[0]?.warnings.map((w) => w.code) ?? [];
  };
  const PEOPLE = [';Tổng số;Nam;Nữ', 'Người;;;', '2010;442.113;227.562;214.551', '2011;451.611;236.281;215.330'];

  it.each<[string, readonly string[], string[]]>([
    ['groups beside decimal points are a mixed style', [...PEOPLE, 'Tỷ lệ tăng (%);;;', '2011;2.15;3.83;0.36'], ['mixed-number-style']],
    ['groups beside decimal commas are the Vietnamese way', [...PEOPLE, 'Tỷ lệ tăng (%);;;', '2011;2,15;3,83;0,36'], []],
    ['decimal points alone are the English way', [';Tổng số;Nam;Nữ', 'Tỷ lệ tăng (%);;;', '2010;2.39;4.07;0.65', '2011;2.15;3.83;0.36'], []],
  ])('%s', (_name, lines, codes) => {
    expect(codesOf(lines)).toEqual(codes);
  });
});
