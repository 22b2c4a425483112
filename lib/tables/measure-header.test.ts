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

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a title that prints no year', QUANG_NGAI.replace(' năm 2016', '')],
      ['a title that prints two years', QUANG_NGAI.replace('năm 2016', 'năm 2016 (so với 2015)')],
    ])('%s is refused for its missing year columns, naming its header row', (_name, csv) => {
      const r = readReportTables(csv, 'bieu-11.csv');
      expect(r.ok ? null : r.error).toEqual({ code: 'no-year-column', file: 'bieu-11.csv', row: 2 });
    });
  });
});
