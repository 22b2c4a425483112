import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

// Huyện Chư Sê, 2023 (UBND huyện; our words, its figures): 40.869,6 tấn, 204,4 tấn over the plan, 99,6 % of the year
// before. The figures in the other cases are invented on its form.
const CHU_SE = 'Năm 2023, tổng sản lượng lương thực ước đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng 99,6% so với năm trước.';

// The exports of ten months of 2025 by province (a provincial paper on Bắc Ninh's exports; our words, its figures): each
// province is under the threshold, they do not add up to it (was a false parts-not-total error).
const THRESHOLD = 'Trong 10 tháng năm 2025, 4 tỉnh có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD, gồm: Cao Bằng đạt 42,3 triệu USD, Lai Châu 24,2 triệu USD, Sơn La 20,5 triệu USD và Điện Biên 5,5 triệu USD.';

// Lào Cai's GRDP, first half of 2022 (the province's report; our words, its figures): last year's rate after "thấp hơn
// mức tăng" gave 7,14% a base of 7,56% ("giá trị kỳ sau khoảng 8,10%").
const LAO_CAI = 'Tổng sản phẩm trên địa bàn tỉnh 6 tháng đầu năm 2022 tăng 7,14% so với cùng kỳ năm 2021, thấp hơn mức tăng 7,56% của 6 tháng đầu năm 2021.';

describe('markExcess (through extractClaims)', () => {
  it.each<[string, string, string, boolean]>([
    ['an amount after "vượt"', CHU_SE, '204,4 tấn', true],
    ['an amount after "vượt hơn"', 'Năm 2023 thu ngân sách đạt 5.120 tỷ đồng, vượt hơn 120 tỷ đồng so với dự toán.', 'hơn 120 tỷ đồng', true],
    ['the level itself', CHU_SE, 'ước đạt 40.869,6 tấn', false],
    ['a threshold', THRESHOLD, '100 triệu USD', true],
    ['the rate of another period after "thấp hơn mức tăng"', LAO_CAI, '7,56% của 6 tháng đầu năm 2021', true],
    ['after "cao hơn tốc độ tăng trưởng"', 'Năm 2023 GRDP tăng 8,1%, cao hơn tốc độ tăng trưởng 7,4% của năm 2022.', '7,4% của năm 2022', true],
  ])('%s', (_name, raw, text, excess) => {
    const claim = extractClaims(raw).find((c) => c.text.endsWith(text));
    expect(claim?.excess === true).toBe(excess);
  });

  it('adds up no parts against a threshold', () => {
    expect(checkProse(THRESHOLD).checks).toEqual([]);
    // The same list under a total is checked.
    expect(checkProse(THRESHOLD.replace('dưới ngưỡng 100', 'tổng cộng 100')).checks.map((c) => c.kind)).toEqual(['parts-not-total']);
  });

  it('compares no change with the rate of another period (Lào Cai, and GSO\'s IIP of 8 months of 2017)', () => {
    const report = checkProse(LAO_CAI);
    expect(report.claims.find((c) => c.claim === 'tăng 7,14%')?.from).toBeNull();
    const iip = checkProse('Tính chung 8 tháng năm 2017, chỉ số sản xuất công nghiệp tăng 6,7% so với cùng kỳ năm trước, thấp hơn mức tăng 7,2% của cùng kỳ năm 2016.');
    expect(iip.claims.find((c) => c.claim === 'tăng 6,7%')?.verdict).toBe('not_computable');
  });

  it('checks no index against an amount past the plan', () => {
    const report = checkProse(CHU_SE);
    expect(report.claims.filter((c) => c.verdict === 'mismatch' || c.verdict === 'wrong_direction')).toEqual([]);
  });

  describe('edge cases', () => {
    it.each([
      ['a mark the level passed', 'Năm 2023 số doanh nghiệp thành lập mới vượt mốc 130 nghìn doanh nghiệp.', '130 nghìn doanh nghiệp'],
      ['an amount after "tăng"', 'Năm 2023 thu ngân sách đạt 5.120 tỷ đồng, tăng 120 tỷ đồng so với năm trước.', 'tăng 120 tỷ đồng'],
      ['a level after "mức tăng" with no comparison', 'Năm 2023 thu nhập bình quân đạt mức tăng 7,2% so với năm 2022.', '7,2%'],
    ])('%s: no excess', (_name, raw, text) => {
      const claim = extractClaims(raw).find((c) => c.text.endsWith(text) || c.text === text);
      expect(claim?.excess).toBeUndefined();
    });
  });
});
