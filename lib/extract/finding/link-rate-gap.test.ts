import { describe, expect, it } from 'vitest';
import { verifyClaim } from '../../verify/verify-claim';
import { extractClaims } from './extract-claims';
import { linkClaims } from './link-claims';
import { rateGapOf } from './link-rate-gap';

/** The verdict of the claim whose text starts with `start`, and the rates it was measured between. */
function verdictOf(text: string, start: string): [string, number | null, number | null] {
  const linked = linkClaims(extractClaims(text));
  const found = linked.find((l) => l.claim.text.startsWith(start));
  const verdict = found?.input ? verifyClaim(found.input).verdict : 'none';
  return [verdict, found?.from?.value ?? null, found?.to?.value ?? null];
}

// Sentences written for these tests with the figures of Bình Phước's 2023 report (Cục Thống kê Bình Phước, "Tình hình
// kinh tế - xã hội tháng 12 và năm 2023"): agriculture grew 10,25 % (9,21 % in 2022), industry and construction 7,12 %
// (14,75 % in 2022).
const FARMING = (gap: string) =>
  `Năm 2023, khu vực nông, lâm nghiệp và thủy sản tăng 10,25%, đóng góp 3,21 điểm phần trăm vào tăng trưởng chung, cao hơn ${gap} so với cùng kỳ năm trước (năm 2022 tăng 9,21%).`;
const INDUSTRY = (gap: string) =>
  `Năm 2023, khu vực công nghiệp và xây dựng tăng 7,12%, đóng góp 2,26 điểm phần trăm vào tăng trưởng chung, giảm ${gap} so với cùng kỳ năm trước (năm 2022 tăng 14,75%).`;

const NAMED = (gap: string) => `Sáu tháng đầu năm 2023, GRDP của tỉnh ước tăng 9,46%, cao hơn ${gap} điểm % so với kịch bản tăng trưởng (8,80%).`;

describe('rateGapOf (through linkClaims and verifyClaim)', () => {
  it.each<[string, string, string, [string, number | null, number | null]]>([
    ['a rise of the rate printed in "%"', FARMING('1,04%'), 'cao hơn', ['match', 9.21, 10.25]],
    ['a rise of the rate printed in points', FARMING('1,04 điểm phần trăm'), 'cao hơn', ['match', 9.21, 10.25]],
    ['a wrong rise (1,40 for 1,04)', FARMING('1,40 điểm phần trăm'), 'cao hơn', ['mismatch', 9.21, 10.25]],
    ['a fall of the rate', INDUSTRY('7,63%'), 'giảm 7,63', ['match', 14.75, 7.12]],
    ['the rates of a paragraph that names no year', FARMING('1,04%').replace('Năm 2023, k', 'K'), 'cao hơn', ['match', 9.21, 10.25]],
    // Quảng Ninh's first half of 2023 (its statistics office, via Thời báo Tài chính): GRDP 9,46 %, the scenario 8,80 %.
    ['a base named in words, its rate in brackets', NAMED('0,66'), 'cao hơn', ['match', 8.8, 9.46]],
    ['the same, printed 0,76', NAMED('0,76'), 'cao hơn', ['mismatch', 8.8, 9.46]],
    ['a fall below the base named in words', 'Sáu tháng đầu năm 2023, GRDP của tỉnh tăng 7,9%, thấp hơn 0,9 điểm % so với kịch bản đề ra (8,8%).', 'thấp hơn', ['match', 8.8, 7.9]],
  ])('%s', (_name, text, start, expected) => {
    expect(verdictOf(text, start)).toEqual(expected);
  });
});

describe('edge cases', () => {
  function gapOf(text: string): unknown {
    const claims = extractClaims(text);
    return claims.map((_c, i) => rateGapOf(claims, i)).find((g) => g !== null) ?? null;
  }

  it.each([
    ['no bracket after the change', 'Năm 2023, khu vực dịch vụ tăng 10,25%, cao hơn 1,04% so với cùng kỳ năm trước.'],
    ['a bracket of another year than the base', 'Năm 2023, khu vực dịch vụ tăng 10,25%, cao hơn 1,04% so với cùng kỳ năm trước (năm 2021 tăng 9,21%).'],
    ['a bracket that prints a level', 'Năm 2023, khu vực dịch vụ tăng 10,25%, cao hơn 1,04% so với cùng kỳ năm trước (năm 2022 đạt 9.210 tỷ đồng).'],
    ['no rate before the change', 'Năm 2023, doanh thu dịch vụ đạt 8.000 tỷ đồng, cao hơn 1,04% so với cùng kỳ năm trước (năm 2022 tăng 9,21%).'],
    ['a named base whose bracket is no rate', 'Sáu tháng đầu năm 2023, GRDP của tỉnh ước tăng 9,46%, cao hơn 0,66 điểm % so với kịch bản (8.800 tỷ đồng).'],
    ['a named base whose bracket is a bound', 'Sáu tháng đầu năm 2023, GRDP của tỉnh ước tăng 9,46%, cao hơn 0,66 điểm % so với kịch bản (trên 8,80%).'],
    ['a named base, its rate in brackets, no rate before', 'Tỷ lệ hộ nghèo còn 3,2%, thấp hơn 1,1 điểm % so với bình quân cả nước (4,3%).'],
    ['a change in tỷ đồng', 'Năm 2023, khu vực dịch vụ tăng 10,25%, cao hơn 104 tỷ đồng so với cùng kỳ năm trước (năm 2022 tăng 9,21%).'],
    // Sơn La's retail, September 2022 (Cục Thống kê; our words, its figures): two rises of one level on two bases, and the
    // year before's fall in brackets.
    ['a rise on the month before, then one on the year before', 'Tổng mức bán lẻ hàng hóa tháng 9 năm 2022 ước đạt 2.191,8 tỷ đồng, tăng 1,17% so với tháng trước và tăng 23,64% so với cùng kỳ năm trước (tháng 9 năm 2021 giảm 11,51%).'],
  ])('%s: no gap', (_name, text) => {
    expect(gapOf(text)).toBeNull();
  });
});
