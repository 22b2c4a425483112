import { describe, expect, it } from 'vitest';
import { locateMeasureHeader } from './measure-header';
import { readReportTables } from './read-report-table';

/*
 * Cục Thống kê Quảng Ngãi, Niên giám 2016, biểu 11 (area, population and density by district in 2016; rows cut to two),
 * and Hưng Yên's district yearbook of 2019 in the same form.
 */
const QUANG_NGAI = [
  '11. Diện tích, dân số và mật độ dân số năm 2016 phân theo huyện/thành phố thuộc tỉnh;;;',
  ';Diện tích (Km2) Area (Km2);Dân số trung bình (Người);Mật độ dân số (Người/km2)',
  'TỔNG SỐ - TOTAL;5.152,49;1.254.184;243',
  '1. TP. Quảng Ngãi;156,85;252.050;1.607',
].join('\n');

describe('locateMeasureHeader', () => {
  it.each<[string, string[][], number | null]>([
    ['measures over a province and its districts', QUANG_NGAI.split('\n').map((l) => l.split(';')), 1],
    ['a blank row between header and numbers', [['', 'Diện tích', 'Dân số'], [], ['Huyện A', '12,5', '3.400']], 0],
  ])('%s', (_name, records, expected) => {
    expect(locateMeasureHeader(records)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string[][]]>([
      ['one measure only', [['', 'Diện tích'], ['Huyện A', '12,5']]],
      ['years, not measures', [['', '2015', '2020'], ['Huyện A', '12,5', '13']]],
      ['words with no numbers under them', [['', 'Ghi chú', 'Nguồn'], ['Huyện A', 'x', 'y']]],
      ['nothing', []],
    ])('%s', (_name, records) => {
      expect(locateMeasureHeader(records)).toBeNull();
    });
  });
});

describe('a table of measures of one year (through readReportTables)', () => {
  it('is read as one table per measure, its year the title\'s, and says so', () => {
    const r = readReportTables(QUANG_NGAI, 'bieu-11.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.map((t) => [t.file, t.rows.map((row) => [row.indicator, row.values[2016]?.raw])])).toEqual([
      ['bieu-11.csv', [['TỔNG SỐ - TOTAL', '5.152,49'], ['1. TP. Quảng Ngãi', '156,85']]],
      ['bieu-11.csv #2', [['TỔNG SỐ - TOTAL', '1.254.184'], ['1. TP. Quảng Ngãi', '252.050']]],
      ['bieu-11.csv #3', [['TỔNG SỐ - TOTAL', '243'], ['1. TP. Quảng Ngãi', '1.607']]],
    ]);
    expect(r.value[0]?.warnings[0]).toEqual({ code: 'year-from-title', file: 'bieu-11.csv', row: 2, year: 2016 });
  });

  // Tiền Giang's communes of 2013 (UBND; rows cut to two): the first row is a district's subtotal, named in the number
  // column; the column of names is found from the rows under it.
  it('finds the column of names from the first rows, not the first alone', () => {
    const csv = ['Các xã, phường, thị trấn trên địa bàn tỉnh, số liệu năm 2013;;;', 'STT;Xã, phường, thị trấn;Diện tích (ha);Dân số (người)', 'I. Huyện Cái Bè;;42.089,82;291.627', '1;Thị trấn Cái Bè;426,26;16.856'].join('\n');
    const r = readReportTables(csv, 'tien-giang.csv');
    if (!r.ok) throw new Error(r.error.code);
    // The subtotal names itself in the number column, so it has no name and is no row of its own.
    expect(r.value.map((t) => t.rows.map((row) => [row.indicator, row.values[2013]?.raw]))).toEqual([[['Thị trấn Cái Bè', '426,26']], [['Thị trấn Cái Bè', '16.856']]]);
  });

  // Cục Thống kê Nghệ An, Niên giám 2015, biểu 3.3 (food crops by district; two districts and two crops kept): the header
  // has a column of indicators ("Chỉ tiêu") right of a column of group labels ("Tên huyện"), and the crops as columns.
  const NGHE_AN = [
    'Bảng 3.3: Diện tích, năng suất, sản lượng cây lương thực chính phân theo huyện năm 2015;;;',
    'Tên huyện;Chỉ tiêu;Lúa cả năm;Ngô',
    'Huyện Con Cuông;Diện tích (ha);4 352;2 226',
    ';Sản lượng (tấn);22 908;9 618',
    'Huyện Tương Dương;Diện tích (ha);6 146;3 054',
    ';Sản lượng (tấn);11 368;7 874',
  ].join('\n');

  it('reads a header whose indicators are headed "Chỉ tiêu", each group label opening a section', () => {
    const r = readReportTables(NGHE_AN, 'nghe-an.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.map((t) => t.rows.map((row) => [row.section, row.indicator, row.values[2015]?.raw]))).toEqual([
      [
        ['Huyện Con Cuông', 'Diện tích (ha)', '4 352'],
        ['Huyện Con Cuông', 'Sản lượng (tấn)', '22 908'],
        ['Huyện Tương Dương', 'Diện tích (ha)', '6 146'],
        ['Huyện Tương Dương', 'Sản lượng (tấn)', '11 368'],
      ],
      [
        ['Huyện Con Cuông', 'Diện tích (ha)', '2 226'],
        ['Huyện Con Cuông', 'Sản lượng (tấn)', '9 618'],
        ['Huyện Tương Dương', 'Diện tích (ha)', '3 054'],
        ['Huyện Tương Dương', 'Sản lượng (tấn)', '7 874'],
      ],
    ]);
    expect(r.value[0]?.warnings[0]).toEqual({ code: 'year-from-title', file: 'nghe-an.csv', row: 2, year: 2015 });
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a title that prints no year', QUANG_NGAI.replace(' năm 2016', '')],
      ['a "Chỉ tiêu" header under a title that prints no year', NGHE_AN.replace(' năm 2015', '')],
      ['a title that prints two years', QUANG_NGAI.replace('năm 2016', 'năm 2016 (so với 2015)')],
    ])('%s is refused for its missing year columns, naming its header row', (_name, csv) => {
      const r = readReportTables(csv, 'bieu-11.csv');
      expect(r.ok ? null : r.error).toEqual({ code: 'no-year-column', file: 'bieu-11.csv', row: 2 });
    });

    it('a column of codes left of the names is no column of group labels', () => {
      const csv = NGHE_AN.replace('Tên huyện;', 'Mã;').replace('Huyện Con Cuông;', '01;').replace('Huyện Tương Dương;', '02;');
      const r = readReportTables(csv, 'nghe-an.csv');
      if (!r.ok) throw new Error(r.error.code);
      expect(r.value[0]?.rows.map((row) => row.section)).toEqual([null, null, null, null]);
    });
  });
});
