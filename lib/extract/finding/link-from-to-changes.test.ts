import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/*
 * Changes after a from–to statement. Figures: Trà Vinh's GRDP per head, 2015–2020 (35,28 and 65 triệu đồng/người, "gấp
 * 1,84 lần"); the rest invented. Our sentences.
 */
function changes(text: string): [string, string, number | null, number | null][] {
  return checkProse(text)
    .claims.filter((c) => c.kind === 'comparison' || c.kind === 'average-annual')
    .map((c) => [c.text, c.verdict, c.from?.value ?? null, c.to?.value ?? null]);
}

describe('linkFromToChanges (through checkProse)', () => {
  it.each<[string, string, [string, string, number | null, number | null][]]>([
    [
      'a ratio after the statement',
      'GRDP bình quân đầu người tăng từ 35,28 triệu đồng/người năm 2015 lên 65 triệu đồng/người năm 2020, gấp 1,84 lần.',
      [['gấp 1,84 lần', 'match', 35.28, 65]],
    ],
    [
      'a difference and an average rate',
      'Thu ngân sách tăng từ 2.000 tỷ đồng năm 2015 lên 3.000 tỷ đồng năm 2020, tăng 1.000 tỷ đồng; bình quân tăng 8,4%/năm.',
      [['tăng 1.000 tỷ đồng', 'match', 2000, 3000], ['bình quân tăng 8,4%/năm', 'match', 2000, 3000]],
    ],
    [
      'a wrong rate is a mismatch',
      'Số doanh nghiệp tăng từ 1.200 doanh nghiệp năm 2015 lên 1.800 doanh nghiệp năm 2020, tăng 60%.',
      [['tăng 60%', 'mismatch', 1200, 1800]],
    ],
  ])('%s', (_label, text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a level between them', 'Số doanh nghiệp tăng từ 1.200 năm 2015 lên 1.800 doanh nghiệp năm 2020, vốn đạt 500 tỷ đồng, tăng 60%.'],
      ['another base named', 'Số doanh nghiệp tăng từ 1.200 năm 2015 lên 1.800 doanh nghiệp năm 2020, tăng 60% so với năm 2010.'],
      ['an absolute change in another unit', 'Số doanh nghiệp tăng từ 1.200 năm 2015 lên 1.800 doanh nghiệp năm 2020, tăng 600 tỷ đồng.'],
      ['another sentence', 'Số doanh nghiệp tăng từ 1.200 năm 2015 lên 1.800 doanh nghiệp năm 2020. Năm 2021 tăng 60%.'],
    ])('%s: the change is not measured on the statement', (_label, text) => {
      const last = changes(text).at(-1);
      expect(last?.[2]).not.toBe(1200);
    });
  });
});
