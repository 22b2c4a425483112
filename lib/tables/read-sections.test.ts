import { describe, expect, it } from 'vitest';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { ReportTable } from './types';

/*
 * Sections of a report table's body: a row without figures heads the rows under it until the next such row. Figures:
 * Quảng Trị's main indicators 2018–2023 (Cục Thống kê), two years of it.
 */

function read(csv: string): ReportTable {
  const r = readReportTables(csv, 'chi-tieu.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  const [table] = r.value;
  if (!table) throw new Error('no table');
  return table;
}

const sectionsOf = (csv: string): [string, string | null][] => read(csv).rows.map((r) => [r.indicator, r.section]);

describe('sections', () => {
  it('the next item of a numbered list closes the sections opened under the item before it', () => {
    const csv = [
      ';ĐVT;2021;2022',
      '1. Dân số trung bình;Người;647790;649708',
      'Phân theo giới tính;;;',
      'Nam;;321786;323905',
      'Nữ;;326004;325803',
      '2. Tỷ lệ tăng tự nhiên dân số;%;8,22;7,19',
      '3. Mật độ dân số;Ng/km2;138;138',
    ].join('\n');
    expect(sectionsOf(csv)).toEqual([
      ['1. Dân số trung bình', null],
      ['Nam', 'Phân theo giới tính'],
      ['Nữ', 'Phân theo giới tính'],
      ['2. Tỷ lệ tăng tự nhiên dân số', null],
      ['3. Mật độ dân số', null],
    ]);
  });

  describe('edge cases', () => {
    it('a list numbered anew inside each section stays in it', () => {
      const csv = [
        ';ĐVT;2021;2022',
        'I. Nông nghiệp;;;',
        '1. Lúa;Tấn;100;110',
        '2. Ngô;Tấn;50;55',
        'II. Công nghiệp;;;',
        '1. Điện;Triệu kWh;20;22',
        '2. Nước;Triệu m3;8;9',
      ].join('\n');
      expect(sectionsOf(csv).map(([, section]) => section)).toEqual(['I. Nông nghiệp', 'I. Nông nghiệp', 'II. Công nghiệp', 'II. Công nghiệp']);
    });
  });
});
