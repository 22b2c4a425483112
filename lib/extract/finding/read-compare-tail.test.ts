import { describe, expect, it } from 'vitest';
import { readCompareTail } from './read-compare-tail';
import type { CompareTo } from '../types';

describe('readCompareTail', () => {
  it.each<[string, string, CompareTo]>([
    [' so với năm 2019, bình quân', ' so với năm 2019', { year: 2019 }],
    [', so với năm 2019.', ', so với năm 2019', { year: 2019 }],
    [' so với giai đoạn 2014 - 2018; tiếp', ' so với giai đoạn 2014 - 2018', { period: { from: 2014, to: 2018 } }],
    [' so với tổng doanh thu của ngành giai đoạn 2014 - 2018', ' so với tổng doanh thu của ngành giai đoạn 2014 - 2018', { period: { from: 2014, to: 2018 } }],
    [' so sánh với năm 2010', ' so sánh với năm 2010', { year: 2010 }],
    [' so với cùng kỳ năm trước, đạt', ' so với cùng kỳ năm trước', null],
  ])('%s', (text, covered, compareTo) => {
    const tail = readCompareTail(text);
    expect(tail?.compareTo).toEqual(compareTo);
    expect(text.slice(0, tail?.end)).toBe(covered);
  });
});

describe('edge cases', () => {
  it.each([' và năm 2019', '', ' so sánh', 'so với'])('no tail in "%s"', (text) => {
    expect(readCompareTail(text)).toBeNull();
  });

  it('does not reach a year past the clause', () => {
    expect(readCompareTail(' so với đầu kỳ, năm 2019 đạt')?.compareTo).toBeNull();
  });
});
