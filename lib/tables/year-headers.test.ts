import { describe, expect, it } from 'vitest';
import { schoolYearOf, yearPairOf } from './year-headers';

describe('schoolYearOf', () => {
  it.each<[string, { year: number; label: string } | null]>([
    ['2015-2016', { year: 2015, label: '2015-2016' }],
    ['Năm học 2022 - 2023', { year: 2022, label: '2022-2023' }],
    ['Sơ bộ - Prel. 2022-2023', { year: 2022, label: '2022-2023' }],
    ['2022-2023 Sơ bộ', { year: 2022, label: '2022-2023' }],
    ['2015/2016', { year: 2015, label: '2015-2016' }],
  ])('%s → %j', (header, expected) => expect(schoolYearOf(header)).toEqual(expected));

  describe('edge cases', () => {
    it.each(['2016-2020', '2016/2015', '2016', 'Giai đoạn 2016-2017 bình quân', ''])('"%s" is no school year', (header) => {
      expect(schoolYearOf(header)).toBeNull();
    });
  });
});

describe('yearPairOf', () => {
  it.each<[string, { later: number; earlier: number } | null]>([
    ['2016/2015', { later: 2016, earlier: 2015 }],
    ['Năm 2019/Năm 2018 (%)', { later: 2019, earlier: 2018 }],
    ['2020/2010', { later: 2020, earlier: 2010 }],
  ])('%s → %j', (header, expected) => expect(yearPairOf(header)).toEqual(expected));

  describe('edge cases', () => {
    it.each(['2015/2016', '2015-2016', '2016', '2016/15', 'Năm học 2015/2016', ''])('"%s" is no pair of a later and an earlier year', (header) => {
      expect(yearPairOf(header)).toBeNull();
    });
  });
});
