import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkRateOrder } from './check-rate-order';

function found(text: string): string[] {
  return checkRateOrder(extractClaims(text), text).map((f) => f.message.vi);
}

/*
 * Rates said to be higher or lower than another. Figures: GSO's GDP of the first quarters of 2024 and 2025 (7,66 % and
 * 6,93 %), GSO's first half of 2005 (quarter I up 7,31 %, "higher than the 7,23 % estimated at the end of March"), Hải
 * Dương's first quarter of 2023 (8,35 %, "much higher than the fourth quarter of the year before (+5,8 %)"). Our words.
 */
describe('checkRateOrder', () => {
  it.each<[string, string, string[]]>([
    ['a rate below the one it is said to be higher than', 'GDP quý I/2025 ước tăng 6,93% so với cùng kỳ năm trước, cao hơn tốc độ tăng 7,66% của quý I/2024.', ['“GDP”: ghi “cao hơn” nhưng 6,93% thấp hơn 7,66%']],
    ['the same the right way round', 'GDP quý I/2024 tăng 7,66% so với cùng kỳ năm trước, cao hơn tốc độ tăng 6,93% của quý I/2023.', []],
    ['in brackets', 'GDP quý I năm 2005 tăng 7,31% (cao hơn mức tăng 7,23% ước tính vào cuối tháng 3).', []],
    ['a second rate in brackets with its sign', 'Tăng trưởng quý I năm 2023 ước đạt 8,35%; cao hơn khá nhiều so với quý IV năm trước (+5,8%).', []],
    ['a planted 9,8 for 5,8', 'Tăng trưởng quý I năm 2023 ước đạt 8,35%; cao hơn khá nhiều so với quý IV năm trước (+9,8%).', ['“Tăng trưởng”: ghi “cao hơn” nhưng 8,35% thấp hơn 9,8%']],
    ['"thấp hơn" the wrong way round', 'Năm 2023 GRDP tăng 6,3%, thấp hơn mức tăng 5,2% của năm 2022.', ['“GRDP”: ghi “thấp hơn” nhưng 6,3% cao hơn 5,2%']],
    ['a fall is below a rise', 'Năm 2023 chỉ số sản xuất công nghiệp giảm 2,1%, thấp hơn mức tăng 3,5% của năm 2022.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each<[string, string]>([
    ['a difference in points is no second rate', 'Năm 2023 tỷ lệ lao động qua đào tạo đạt 68,5%, cao hơn 1,5 điểm phần trăm so với năm 2022.'],
    ['equal within rounding', 'Năm 2023 GRDP tăng 7,2%, cao hơn mức tăng 7,24% của năm 2022.'],
    ['rates of two sentences', 'Năm 2023 GRDP tăng 6,3%. Cao hơn mức tăng 7,2% là dịch vụ.'],
    ['an amount is no rate', 'Năm 2023 thu ngân sách đạt 500 tỷ đồng, cao hơn mức 600 tỷ đồng của năm 2022.'],
    ['nothing but spaces between "cao hơn" and the second rate', 'Năm 2023 GRDP tăng 6,3%, cao hơn 7,2%.'],
    // TP Hồ Chí Minh's CPI (our words, its figures): the bracket compares with last month's rise, which it does not print;
    // the rice after it is another item.
    ['a comparison closed by its bracket before the next figure', 'Tháng 10, nhóm lương thực tăng 0,04% (thấp hơn nhiều mức tăng tháng trước) với giá gạo giảm 0,1%.'],
    ['the same of exports and imports', 'Năm 2023, xuất khẩu tăng 5% (cao hơn mức tăng năm trước) với nhập khẩu tăng 9%.'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
