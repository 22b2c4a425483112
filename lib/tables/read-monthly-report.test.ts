import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { readReportTables } from './read-report-table';
import { tablePart } from './table-part';
import type { ReportTable } from './types';

/*
 * A monthly report's table: the figures of Cục Thống kê Thừa Thiên Huế's retail table for October 2023 (September,
 * October, January–October, and two indices on the same time a year earlier, whose values the table does not print).
 */
const MONTHLY = [
  'Chỉ tiêu;Thực hiện tháng 9 năm 2023;Ước tính tháng 10 năm 2023;Lũy kế thực hiện 10 tháng năm 2023;Tháng 10/2023 so với cùng kỳ năm trước (%);Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)',
  'Tổng số;4736,0;4671,4;45896,9;113,0;115,1',
  'Dịch vụ lưu trú;140,8;130,7;1346,3;139,1;186,5',
].join('\n');

function read(csv: string, file = 'hue.csv'): ReportTable[] {
  const r = readReportTables(csv, file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('a monthly report table', () => {
  const tables = read(MONTHLY);

  it('reads one table per comparison, each with the month or months it names', () => {
    expect(tables.map((t) => [t.file, t.title, tablePart(t), t.compare, t.years])).toEqual([
      ['hue.csv', 'Tháng 10/2023 so với cùng kỳ năm trước (%)', 'T10', { from: 2022, to: 2023 }, [2023]],
      ['hue.csv #2', 'Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)', 'L10', { from: 2022, to: 2023 }, [2023]],
    ]);
    expect(tables.map((t) => t.rows.map((r) => r.values[2023]?.raw))).toEqual([['4671,4', '130,7'], ['45896,9', '1346,3']]);
  });

  it('gives the base each index implies, and says which part of the year every row speaks of', () => {
    const [october, months] = tables.map((t) => verifyReportTable(t));
    expect(october?.map((r) => [r.verdict, r.period])).toEqual([['implied', 'T10'], ['implied', 'T10']]);
    expect(october?.[0]?.implied?.value).toBeCloseTo(4133.98, 1);
    expect(months?.map((r) => [r.verdict, r.period])).toEqual([['implied', 'L10'], ['implied', 'L10']]);
    expect(months?.[1]?.implied?.value).toBeCloseTo(721.88, 1);
  });

  it('checks a period against its same time a year earlier when both are printed (Thái Nguyên, 6 tháng 2022)', () => {
    // Budget revenue 9.528,3 tỷ đồng, 129,3 % of the first half of 2021 (7.369,1, derived by us); the planted row is ours.
    const csv = [
      'Chỉ tiêu;Đơn vị tính;Thực hiện cùng kỳ năm 2021;Thực hiện 6 tháng năm 2022;So sánh (%)',
      'Thu ngân sách nhà nước;Tỷ đồng;7.369,1;9.528,3;129,3',
      'Thu ngân sách nhà nước (planted);Tỷ đồng;7.369,1;9.528,3;132,9',
    ].join('\n');
    const [table] = read(csv, 'thai-nguyen.csv');
    expect([tablePart(table!), table?.compare]).toEqual(['L6', { from: 2021, to: 2022 }]);
    expect(verifyReportTable(table!).map((r) => [r.verdict, r.period])).toEqual([['match', 'L6'], ['mismatch', 'L6']]);
  });

  it('never takes a whole year printed beside six months for the base of "so với cùng kỳ" (Thái Nguyên, 6 tháng 2022)', () => {
    // 9.528,3 tỷ đồng at 129,3 % of the first half of 2021, which the table does not print; the whole-year column is ours.
    const csv = ['Chỉ tiêu;Thực hiện năm 2021;Thực hiện 6 tháng năm 2022;6 tháng năm 2022 so với cùng kỳ (%)', 'Thu ngân sách nhà nước;15.200,0;9.528,3;129,3'].join('\n');
    const [table] = read(csv, 'thai-nguyen.csv');
    expect([tablePart(table!), table?.years]).toEqual(['L6', [2022]]);
    const [row] = verifyReportTable(table!);
    expect([row?.verdict, row?.from?.year, row?.implied?.value]).toEqual(['implied', 2021, expect.closeTo(7369.1, 1)]);
  });

  describe('a table of indices alone (Cục Thống kê Thừa Thiên Huế, CPI of March 2023)', () => {
    // The layout of the province's CPI table: a title, a blank corner, four indices of March 2023 and a quarter's
    // average, a "%" unit row; the figures are the table's, three of its seventeen rows.
    const CPI = [
      '"Chỉ số giá tiêu dùng, chỉ số giá vàng, chỉ số giá đô la Mỹ tháng 3 năm 2023"',
      ',Tháng 3 năm 2023 so với: Kỳ gốc 2019,Tháng 3 năm 2023 so với: Tháng 3 năm trước,Tháng 3 năm 2023 so với: Tháng 12 năm trước,Tháng 3 năm 2023 so với: Tháng 2 năm 2023,Bình quân quý I năm 2023 so với cùng kỳ năm trước',
      ',%,%,%,%,%',
      'CHỈ SỐ GIÁ TIÊU DÙNG,"109,31","102,00","100,97","99,53","102,79"',
      'Giao thông,"108,86","94,02","104,16","99,79","97,38"',
      'CHỈ SỐ GIÁ VÀNG,"139,44","97,59","101,74","99,23","100,12"',
    ].join('\n');
    const tables = read(CPI, 'cpi.csv');

    it('reads the blank corner as the indicator column and one table per index column', () => {
      expect(tables.map((t) => [t.file, t.rows.map((r) => r.indicator)])).toEqual(
        ['cpi.csv', 'cpi.csv #2', 'cpi.csv #3', 'cpi.csv #4', 'cpi.csv #5'].map((f) => [f, ['CHỈ SỐ GIÁ TIÊU DÙNG', 'Giao thông', 'CHỈ SỐ GIÁ VÀNG']]),
      );
      expect(tables.map((t) => t.rows[1]?.claim)).toEqual(['108,86', '94,02', '104,16', '99,79', '97,38']);
    });

    it('says once that the indices cannot be recomputed, and gives no verdict but "not computable"', () => {
      expect(tables.map((t) => t.warnings.map((w) => [w.code, w.row]))).toEqual([[['indices-only', 2]], [], [], [], []]);
      const verdicts = new Set(tables.flatMap((t) => verifyReportTable(t).map((r) => [r.kind, r.verdict].join(' '))));
      expect([...verdicts]).toEqual(['index not_computable']);
    });
  });

  describe('edge cases', () => {
    it('a header of indices alone with its corner named "Chỉ tiêu" reads the same', () => {
      const [first] = read('Chỉ tiêu;Tháng 3/2023 so với tháng 3/2022 (%);Tháng 3/2023 so với tháng 2/2023 (%)\nCPI;102,00;99,53');
      expect([first?.rows[0]?.claim, first?.warnings.map((w) => w.code)]).toEqual(['102,00', ['indices-only']]);
    });

    it('a header of one index and no value column is still refused for its missing years', () => {
      const r = readReportTables('Chỉ tiêu;Giá trị\nCPI;102,00', 'cpi.csv');
      expect(r.ok ? null : r.error.code).toBe('no-year-column');
    });

    it('without comparisons, each part of the year is a table', () => {
      const levels = read(MONTHLY.split('\n').map((l) => l.split(';').slice(0, 4).join(';')).join('\n'));
      expect(levels.map((t) => [t.file, tablePart(t)])).toEqual([['hue.csv', 'T9'], ['hue.csv #2', 'T10'], ['hue.csv #3', 'L10']]);
    });

    it('a table of whole years has no part, and its rows say none', () => {
      const [year] = read('Chỉ tiêu;Năm 2022;Năm 2023;So sánh (%)\nTổng số;100;113;113,0');
      expect(tablePart(year!)).toBe('');
      expect(verifyReportTable(year!)[0]?.period).toBeUndefined();
    });
  });
});
