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

  describe('edge cases', () => {
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
