import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';
import { measureOfSubject } from './measure-subject';
import type { ExtractedClaim } from '../types';

/** The names of the recorded levels of a text, in order. */
function levelNames(text: string): (string | null)[] {
  return extractClaims(text).filter((c) => c.kind === 'value').map((c) => c.indicator);
}

/*
 * Farm paragraphs that name a crop once, then only its measures. Figures: Thanh Hóa, vụ thu mùa 2023 (ctk.thanhhoa.gov.vn,
 * 11 tháng 2023) and Lạng Sơn, lúa mùa tháng 11/2024 (cucthongkelangson.gov.vn); our sentences.
 */
describe('a measure named alone takes the crop of the level before it', () => {
  it.each<[string, string, (string | null)[]]>([
    [
      'two crops, each with its yield and output',
      'Năm 2023 năng suất ngô đạt 46,3 tạ/ha, sản lượng 56,4 nghìn tấn; năng suất lạc đạt 20,9 tạ/ha, sản lượng 2,3 nghìn tấn.',
      ['năng suất ngô', 'sản lượng ngô', 'năng suất lạc', 'sản lượng lạc'],
    ],
    [
      'the crop after a harvested area, cut before the time words',
      'Diện tích thu hoạch lúa mùa trong tháng đạt 23.640 ha; năng suất ước đạt 42,18 tạ/ha; sản lượng đạt 99.701,4 tấn.',
      ['Diện tích thu hoạch lúa mùa trong tháng', 'năng suất lúa mùa', 'sản lượng lúa mùa'],
    ],
    [
      'the crop after "cây", cut before the work',
      'Cây ngô tiến độ thu hoạch trong tháng đạt 3.280 ha; năng suất ước đạt 49,63 tạ/ha; sản lượng đạt 16.278,3 tấn.',
      ['Cây ngô tiến độ thu hoạch trong tháng', 'năng suất ngô', 'sản lượng ngô'],
    ],
  ])('%s', (_name, text, names) => {
    expect(levelNames(text)).toEqual(names);
  });

  it('no longer gives two crops\' outputs as two values of one indicator', () => {
    const text = 'Năm 2023 năng suất ngô đạt 46,3 tạ/ha, sản lượng 56,4 nghìn tấn; năng suất lạc đạt 20,9 tạ/ha, sản lượng 2,3 nghìn tấn.';
    expect(checkProse(text).checks.filter((c) => c.kind === 'conflicting-values')).toEqual([]);
  });

  describe('edge cases', () => {
    const before = (indicator: string): ExtractedClaim[] => extractClaims(`${indicator} đạt 46,3 tạ/ha.`);
    it.each<[string, string, string]>([
      ['a name with more than the measure stays', 'sản lượng sắn', 'năng suất ngô'],
      ['a level before without a measure gives nothing', 'sản lượng', 'gieo trồng'],
      ['a measure of a time only gives nothing', 'sản lượng', 'năng suất trong tháng'],
      ['other words stay', 'doanh thu', 'năng suất ngô'],
    ])('%s', (_name, indicator, previous) => {
      expect(measureOfSubject(indicator, before(previous))).toBe(indicator);
    });

    it('without any level before, the measure stays itself', () => {
      expect(measureOfSubject('sản lượng', [])).toBe('sản lượng');
      expect(measureOfSubject(null, [])).toBeNull();
    });
  });
});
