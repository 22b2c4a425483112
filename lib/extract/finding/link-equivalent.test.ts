import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

/** The values of a text and whether each says the one before it again in another currency. */
function restated(text: string): [number | undefined, boolean][] {
  return extractClaims(text)
    .filter((c) => c.kind === 'value')
    .map((c) => [c.figures[0]?.value, c.restates === true]);
}

describe('linkEquivalent (through extractClaims)', () => {
  it.each<[string, string, [number, boolean][]]>([
    // tourism-2023-q1, our words
    ['in brackets after "tương đương hơn"', 'Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2%.', [[36112, false], [1.5, true]]],
    // gso-2023-annual, our words
    ['after a comma and "tương đương"', 'GDP bình quân đầu người năm 2023 đạt 101,9 triệu đồng/người, tương đương 4.284 USD.', [[101.9, false], [4284, true]]],
    // provinces-2022 (Bắc Giang) and mpi-2018-midterm, our words
    ['after "khoảng" alone', 'Năm 2022 quy mô GRDP ước 155,6 nghìn tỷ đồng, khoảng 6,5 tỷ USD.', [[155.6, false], [6.5, true]]],
    ['in a bare bracket', 'GDP năm 2018 ước 5.555 nghìn tỷ đồng (240,5 tỷ USD).', [[5555, false], [240.5, true]]],
    // Cục Chăn nuôi, September: live weight said again as carcass weight, in brackets that say so; our words
    ['in another measure, in brackets that say so', 'Tháng 9, lượng thịt hơi đạt khoảng 452.000 tấn (tương đương 309.000 tấn thịt xẻ), tăng 5%.', [[452000, false], [309000, true]]],
  ])('%s', (_name, text, expected) => {
    expect(restated(text)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['the same currency: a second amount', 'Năm 2023 thu ngân sách đạt 2.480 tỷ đồng (khoảng 2.500 tỷ đồng theo kế hoạch).'],
      ['a count, not money', 'Năm 2023 toàn tỉnh có 1.894 doanh nghiệp, khoảng 25.000 lao động.'],
      ['a share after an amount', 'Năm 2023 vốn đầu tư đạt 7.200 tỷ đồng (khoảng 18%).'],
      ['a rate said to be equal', 'Năm 2023 vốn đầu tư đạt 7.200 tỷ đồng (tương đương 18%).'],
      ['the same measure without the words', 'Tháng 9, lượng thịt hơi đạt 452.000 tấn (309.000 tấn thịt lợn).'],
      ['an unclosed bracket', 'Năm 2023 tổng thu du lịch đạt 36.112 tỷ đồng (tương đương 1,5 tỷ USD, tăng 77,2%.'],
    ])('%s: nothing said again', (_name, text) => {
      expect(restated(text).some(([, again]) => again)).toBe(false);
    });
  });
});

describe('the claims after an amount said again', () => {
  it('are of the level it says again (Cục Chăn nuôi, September; our words)', () => {
    const claims = extractClaims('Tháng 9, lượng thịt hơi đạt khoảng 452.000 tấn (tương đương 309.000 tấn thịt xẻ), tăng 5% so với tháng 8.');
    expect(claims.map((c) => c.indicator)).toEqual(['lượng thịt hơi', 'lượng thịt hơi', 'lượng thịt hơi']);
  });
});
