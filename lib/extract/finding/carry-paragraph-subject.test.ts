import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/*
 * The months so far in a sentence that names no indicator. Layout of provincial monthly reports (Bắc Giang, Long An,
 * Vĩnh Phúc); our sentences and figures.
 */
const MONTHLY =
  'Giá trị sản xuất công nghiệp tháng 7 năm 2024 ước đạt 5.200 tỷ đồng, tăng 3,1% so với tháng trước. Lũy kế 7 tháng ' +
  'ước đạt 33.400 tỷ đồng, tăng 9,5% so với cùng kỳ năm trước.';

describe('carryParagraphSubject (through extractClaims)', () => {
  it.each<[string, string, (string | null)[]]>([
    ['lũy kế', MONTHLY, Array<string>(4).fill('Giá trị sản xuất công nghiệp')],
    [
      'tính chung, with its own time',
      'Kim ngạch xuất khẩu tháng 9 năm 2023 đạt 520 triệu USD. Tính chung 9 tháng năm 2023 đạt 4,5 tỷ USD.',
      ['Kim ngạch xuất khẩu', 'Kim ngạch xuất khẩu'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(extractClaims(text).map((c) => c.indicator)).toEqual(expected);
  });

  it('gives a month and the months so far no conflict', () => {
    expect(checkProse(MONTHLY).checks).toEqual([]);
  });

  describe('edge cases', () => {
    it.each<[string, string, (string | null)[]]>([
      ['a sentence that names its own', 'Doanh thu tháng 7 năm 2024 đạt 520 tỷ đồng. Lũy kế 7 tháng, vốn đầu tư đạt 900 tỷ đồng.', ['Doanh thu', 'vốn đầu tư']],
      ['another paragraph', 'Doanh thu tháng 7 năm 2024 đạt 520 tỷ đồng.\n\nLũy kế 7 tháng ước đạt 900 tỷ đồng.', ['Doanh thu', null]],
      ['a sentence with no cumulative lead', 'Doanh thu tháng 7 năm 2024 đạt 520 tỷ đồng. Ước đạt 900 tỷ đồng.', ['Doanh thu', null]],
    ])('%s', (_label, text, expected) => {
      expect(extractClaims(text).map((c) => c.indicator)).toEqual(expected);
    });
  });
});
