import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { isChainedIndexRow } from './chained-index';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { ReportTable } from './types';

/*
 * Indices on the period before. Figures: Cục Thống kê Hòa Bình, Niên giám 2021, biểu 42 (GRDP index at 2010 prices,
 * "Năm trước = 100"), and Cục Thống kê Bình Định, Niên giám 2023 (CPI of the months, "Tháng trước = 100"); the rows are
 * cut to two. The fixed-base table is ours.
 */
function only(csv: string): ReportTable {
  const r = readReportTables(csv, 'bieu.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  const [table] = r.value;
  if (!table) throw new Error('no table');
  return table;
}

const GRDP_INDEX = [
  'Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 (Năm trước = 100)',
  ';;;Đơn vị tính - Unit: %',
  ';2017;2020;Sơ bộ Prel. 2021',
  'TỔNG SỐ - TOTAL;109,04;103,70;102,66',
  'Kinh tế Nhà nước - State;109,80;104,15;102,26',
].join('\n');

const CPI_MONTHS = [
  'Chỉ số giá tiêu dùng các tháng trong năm',
  ';2019;2020;2021',
  'Tháng trước = 100 - Previous month = 100;;;',
  'Tháng 1 - Jan.;100,39;101,54;100,42',
  'Tháng 2 - Feb.;100,61;99,49;102,02',
].join('\n');

describe('isChainedIndexRow', () => {
  it.each([
    ['a title with "Năm trước = 100"', GRDP_INDEX, true],
    ['a section "Tháng trước = 100"', CPI_MONTHS, true],
    ['an index on one year', GRDP_INDEX.replace('(Năm trước = 100)', '(Năm 2010 = 100)'), false],
    ['a table of levels', GRDP_INDEX.replace(' (Năm trước = 100)', '').replace('Chỉ số phát triển tổng', 'Tổng'), false],
    // Hòa Bình's yearbook 2019 (the CPI of December against December the year before), its title only.
    ['a title naming the same period a year before in words', CPI_MONTHS.replace('Chỉ số giá tiêu dùng các tháng trong năm', 'Chỉ số giá tiêu dùng tháng 12 so với cùng kỳ năm trước').replace('Tháng trước = 100 - Previous month = 100;;;\n', ''), true],
    // Quảng Trị's and Nam Định's yearbooks print their index of industrial production by industry with no base: the year before.
    ['an index of industrial production with no base', GRDP_INDEX.replace('Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 (Năm trước = 100)', 'Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp'), true],
    ['an index of industrial production on one year', GRDP_INDEX.replace('Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 (Năm trước = 100)', 'Chỉ số sản xuất công nghiệp (Năm 2010 = 100)'), false],
    ['a CPI on a base period', CPI_MONTHS.replace('Chỉ số giá tiêu dùng các tháng trong năm', 'Chỉ số giá tiêu dùng so với kỳ gốc 2014').replace('Tháng trước = 100 - Previous month = 100;;;\n', ''), false],
  ])('%s', (_name, csv, expected) => {
    const table = only(csv);
    expect(table.rows.map((row) => isChainedIndexRow(table, row))).toEqual(table.rows.map(() => expected));
  });
});

describe('rows of chained indices (through verifyReportTable)', () => {
  it('shows no ratio of two indices, which would read as a change', () => {
    const [total] = verifyReportTable(only(GRDP_INDEX));
    expect([total?.verdict, total?.computed]).toEqual(['none', null]);
    expect(total?.message).toContain('kỳ trước = 100');
    expect(total?.messageEn).toContain('previous period = 100');
  });

  describe('edge cases', () => {
    it('still shows the change between two values of an index on one year', () => {
      const [total] = verifyReportTable(only(GRDP_INDEX.replace('(Năm trước = 100)', '(Năm 2010 = 100)')));
      expect(total?.computed).toBeCloseTo(0.9415, 4);
      expect(total?.message).toBe('102,66 / 109,04 = 0,94 lần (giảm 5,9%)');
    });
  });
});
