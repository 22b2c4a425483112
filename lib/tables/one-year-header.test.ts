import { describe, expect, it } from 'vitest';
import { oneYearHeaderAt } from './one-year-header';

type Records = string[][];

describe('oneYearHeaderAt', () => {
  it.each<[string, Records, number, boolean]>([
    // Bình Định's yearbook 2023, table 236, cut to one year.
    ['a year over the months, under a unit row', [['', '%'], ['', '2022'], ['Tháng trước = 100'], ['Tháng 1 - Jan.', '100,30']], 1, true],
    ['"Năm 2022" over districts', [['', 'Năm 2022'], ['Tổng số', '520.048']], 0, true],
    ['a preliminary year', [['', 'Sơ bộ 2023'], ['Tổng số', '30,0']], 0, true],
    ['two blank cells of corner', [['', '', '2022'], ['1', 'Tổng số', '30,0']], 0, true],
  ])('%s is a one-year header', (_name, records, at, expected) => {
    expect(oneYearHeaderAt(records, at)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each<[string, Records, number]>([
    ['a year in the first cell (a title)', [['Năm 2022'], ['Tháng 1', '100,30']], 0],
    ['a unit over the values', [['', '%'], ['Tháng 1', '100,30']], 0],
    ['a year with another cell right of it', [['', '2022', 'Ghi chú'], ['Tháng 1', '100,30', '']], 0],
    ['a year over words, not numbers', [['', '2022'], ['Tháng 1', 'không có số liệu']], 0],
    ['a year over nothing for four rows', [['', '2022'], ['A'], ['B'], ['C'], ['D'], ['E', '1']], 0],
    ['a year at the end of the records', [['', '2022']], 0],
    ['a range of years', [['', '2015-2020'], ['Tháng 1', '100,30']], 0],
  ])('%s is not', (_name, records, at) => {
    expect(oneYearHeaderAt(records, at)).toBe(false);
  });
});
