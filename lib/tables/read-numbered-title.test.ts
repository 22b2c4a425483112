import { describe, expect, it } from 'vitest';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { ReportTable } from './types';

/*
 * Yearbook tables keyed with the table's number left of its title ("48 | Cơ cấu chi ngân sách địa phương"): the column
 * of that number stays empty below the title, and the rows' names sit in the next column under a blank corner.
 * Figures: Hưng Yên's yearbook 2022, biểu 48 (structure of local budget spending, %), Quảng Trị's yearbook 2023
 * (enterprises' net turnover, tỷ đồng) and Nam Định's yearbook 2022, biểu 40 (index of industrial production, cont.).
 */

function read(csv: string): ReportTable {
  const r = readReportTables(csv, 'nien-giam.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  const [table] = r.value;
  if (!table) throw new Error('no table');
  return table;
}

const names = (t: ReportTable): string[] => t.rows.map((r) => r.indicator);

describe('a table number left of the title', () => {
  it.each([
    {
      name: 'structure of spending, a unit note under the title',
      csv: [
        '48;Cơ cấu chi ngân sách địa phương;;;',
        ';Đơn vị tính - Unit: %;;;',
        ';;2020;2021;Sơ bộ Prel. 2022',
        ';TỔNG CHI - TOTAL EXPENDITURE;100,00;100,00;100,00',
        ';Chi đầu tư phát triển;45,51;44,70;51,56',
        ';Chi thường xuyên;54,49;55,30;48,44',
      ],
      rows: ['TỔNG CHI - TOTAL EXPENDITURE', 'Chi đầu tư phát triển', 'Chi thường xuyên'],
      last: { year: 2022, raw: '48,44' },
    },
    {
      name: 'turnover of enterprises, an English title line',
      csv: [
        '203;Doanh thu thuần sản xuất kinh doanh của doanh nghiệp;;',
        ';Net turnover of enterprises;;',
        ';;2021;2022',
        ';TỔNG SỐ - TOTAL;45.012,3;52.804,6',
        ';Doanh nghiệp Nhà nước - State owned enterprise;4.301,5;4.412,6',
      ],
      rows: ['TỔNG SỐ - TOTAL', 'Doanh nghiệp Nhà nước - State owned enterprise'],
      last: { year: 2022, raw: '4.412,6' },
    },
  ])('$name: the names are read from the second column', ({ csv, rows, last }) => {
    const table = read(csv.join('\n'));
    expect(names(table)).toEqual(rows);
    expect(table.rows.at(-1)?.values[last.year]?.raw).toBe(last.raw);
  });

  // Sóc Trăng's yearbook 2023, biểu 8 (average population, people; growth rates, %), as the page prints it: the number
  // left of the title, the years down the rows, each block's label centred over the values. The title was read as the
  // header and nothing was read; with the title moved, the growth rates were summed as people (18 false warnings).
  it('years down the rows: the title is no header, and a label over the values starts its block', () => {
    const csv = [
      '8;Dân số trung bình phân theo giới tính;;',
      ';Tổng số;Nam;Nữ',
      ';Total;Male;Female',
      ';Người - Person;;',
      '2021;1.206.819;601.419;605.400',
      '2022;1.197.823;596.396;601.427',
      ';Tỷ lệ tăng - Growth rate (%);;',
      '2022;-0,75;-0,84;-0,66',
    ].join('\n');
    const table = read(csv);
    expect(table.title).toBe('8 Dân số trung bình phân theo giới tính');
    const levels = table.rows.filter((r) => r.claim === null);
    expect(levels.map((r) => [r.indicator, r.unit, r.values[2021]?.raw])).toEqual([
      ['Tổng số Total', 'Người', '1.206.819'],
      ['Nam Male', 'Người', '601.419'],
      ['Nữ Female', 'Người', '605.400'],
    ]);
    expect(table.rows.filter((r) => r.claim !== null).map((r) => r.claim)).toEqual(['-0,75', '-0,84', '-0,66']);
  });

  describe('edge cases', () => {
    it('a first row printed without figures is a row of the body, not a line of the header', () => {
      const table = read(
        [
          '40;(Tiếp theo) Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp;;;',
          ';;2020;2021;2022',
          ';Sản xuất than cốc, sản phẩm dầu mỏ tinh chế;;;',
          ';Sản xuất hoá chất và sản phẩm hoá chất;103,20;79,06;106,01',
        ].join('\n'),
      );
      expect(table.columns.filter((c) => c.role === 'year').map((c) => c.header)).toEqual(['2020', '2021', '2022']);
      expect(names(table).at(-1)).toBe('Sản xuất hoá chất và sản phẩm hoá chất');
    });

    it('a first column that does hold the names keeps them (a blank second column is no name column)', () => {
      const table = read([';;2021;2022', 'Dân số;;100;110', 'Lao động;;60;66'].join('\n'));
      expect(names(table)).toEqual(['Dân số', 'Lao động']);
    });
  });
});
