import { describe, expect, it } from 'vitest';
import { findHeaderRow, isColumnNumberRow, mergeHeaderRows } from './locate-header';

describe('findHeaderRow', () => {
  it.each<[string, string[][], number]>([
    ['first row', [['STT', 'Chỉ tiêu', 'Năm 2009']], 0],
    ['below a title and a blank row', [['BẢNG 1. MỘT SỐ CHỈ TIÊU'], [''], ['STT', 'Chỉ tiêu', 'Năm 2009']], 2],
    ['a title padded by Excel', [['Chỉ tiêu kinh tế', '', ''], ['TT', 'Tên chỉ tiêu', '2009']], 1],
    ['none', [['a', 'b'], ['1', '2']], -1],
  ])('%s', (_name, records, expected) => {
    expect(findHeaderRow(records)).toBe(expected);
  });
});

describe('mergeHeaderRows', () => {
  it.each<[string, string[], string[] | undefined, string[] | null]>([
    ['"Năm" over two years', ['Chỉ tiêu', 'Năm', ''], ['', '2009', '2022'], ['Chỉ tiêu', 'Năm 2009', '2022']],
    ['plan over a year', ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['', '2015', '2015'], ['Chỉ tiêu', 'Kế hoạch 2015', 'Thực hiện 2015']],
    ['a data row below', ['Chỉ tiêu', 'Năm 2009'], ['GDP', '2009'], null],
    ['years already in the header', ['Chỉ tiêu', 'Năm 2009'], ['', '2009'], null],
    ['a column-number row', ['Chỉ tiêu', 'Năm 2009'], ['(1)', '(2)'], null],
    ['nothing below', ['Chỉ tiêu', 'Năm 2009'], undefined, null],
  ])('%s', (_name, header, below, expected) => {
    expect(mergeHeaderRows(header, below)).toEqual(expected);
  });
});

describe('isColumnNumberRow', () => {
  it.each<[string[], boolean]>([
    [['(1)', '(2)', '(3)', '(4)', '(5)=(4)/(3)'], true],
    [['A', 'B', '1', '2', '3'], true],
    [['', 'ĐVT', '', 'Tỷ đồng', 'Tỷ đồng'], true],
    [['1', 'GDP bình quân đầu người', 'Triệu đồng', '10,6'], false],
    [['', '', ''], false],
    [['A', '1', '2'], true],
    [['A', '1', '', '', ''], false],
    [['A', '1'], false],
  ])('%j → %s', (record, expected) => {
    expect(isColumnNumberRow(record, 1, 5)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('takes every cell of a header narrower than three columns', () => {
    expect(isColumnNumberRow(['A', '1'], 0, 2)).toBe(true);
  });

  it('a single-cell row naming "Chỉ tiêu" is a title, not the header', () => {
    expect(findHeaderRow([['Chỉ tiêu chủ yếu'], ['STT', 'Chỉ tiêu', 'Năm 2022']])).toBe(1);
  });

  it('only searches the first 50 rows', () => {
    const records = [...Array.from({ length: 50 }, () => ['x', 'y']), ['Chỉ tiêu', 'Năm 2022']];
    expect(findHeaderRow(records)).toBe(-1);
  });
});
