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
  it('is refused for its missing year columns, naming its header row', () => {
    const r = readReportTables(QUANG_NGAI, 'bieu-11.csv');
    expect(r.ok ? null : r.error).toEqual({ code: 'no-year-column', file: 'bieu-11.csv', row: 2 });
  });
});
