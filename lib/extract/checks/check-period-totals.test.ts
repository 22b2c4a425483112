import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkPeriodTotals } from './check-period-totals';

/** Each finding's severity and the claim texts it names. */
function outcome(text: string): [string, string[]][] {
  const claims = extractClaims(text);
  return checkPeriodTotals(claims, text).map((f) => [f.severity, f.claims.map((i) => claims[i]?.text ?? '')]);
}

// Sentences written for these tests with the figures of Bắc Ninh's budget of May and five months (thoibaotaichinhvietnam.vn):
// May 1.790 billion đồng, five months nearly 15.790. The others are constructed and say so.
const BAC_NINH = (fiveMonths: string) =>
  `Tháng 5, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 1.790 tỷ đồng, tăng 13,7% so với cùng kỳ. Tính chung 5 tháng, tổng thu ngân sách nhà nước ước đạt ${fiveMonths} tỷ đồng, bằng 50,5% dự toán năm.`;

describe('checkPeriodTotals', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['five months above May, as printed', BAC_NINH('gần 15.790'), []],
    ['five months printed below May', BAC_NINH('1.579'), [['error', ['ước đạt 1.790 tỷ đồng', 'ước đạt 1.579 tỷ đồng']]]],
    ['constructed: a quarter above the half year', 'Quý II năm 2024, kim ngạch xuất khẩu đạt 1.250 triệu USD. Sáu tháng đầu năm 2024, kim ngạch xuất khẩu đạt 1.100 triệu USD.', [['error', ['1.250 triệu USD', '1.100 triệu USD']]]],
    ['constructed: the total first, the month after, in another scale', 'Chín tháng năm 2023, doanh thu du lịch đạt 1,2 nghìn tỷ đồng. Riêng tháng 9 năm 2023, doanh thu du lịch đạt 1.350 tỷ đồng.', [['error', ['1,2 nghìn tỷ đồng', '1.350 tỷ đồng']]]],
    // Thái Nguyên's and Đà Nẵng's retail of eight months (our words, their forms): the month without its year beside the
    // total with one; the month said "hơn"; visits counted "lượt người" and "lượt khách".
    ['constructed: a month without its year', 'Tổng mức bán lẻ hàng hóa tháng 8 đạt 5.530 tỷ đồng. Tính chung 8 tháng năm 2023, tổng mức bán lẻ hàng hóa đạt 4.400 tỷ đồng.', [['error', ['5.530 tỷ đồng', '4.400 tỷ đồng']]]],
    ['constructed: a month said "hơn"', 'Trong tháng 8 năm 2022, tổng mức bán buôn hàng hóa ước đạt hơn 12.803 tỷ đồng. Tính chung 8 tháng năm 2022, tổng mức bán buôn hàng hóa ước đạt 10.636 tỷ đồng.', [['error', ['hơn 12.803 tỷ đồng', 'ước đạt 10.636 tỷ đồng']]]],
    ['constructed: visits in two words', 'Tháng 10 năm 2012, khách du lịch ước đạt 139,3 nghìn lượt người. Tính chung 10 tháng năm 2012, khách du lịch ước đạt 135 nghìn lượt khách.', [['error', ['ước đạt 139,3 nghìn lượt người', 'ước đạt 135 nghìn lượt khách']]]],
  ])('%s', (_name, text, findings) => {
    expect(outcome(text)).toEqual(findings);
  });
});

describe('edge cases', () => {
  it.each([
    ['within the range of a figure said "khoảng"', BAC_NINH('1.750').replace('ước đạt 1.750', 'khoảng 1.750')],
    ['a stock: the balance at the month\'s end', 'Tháng 5, dư nợ tín dụng đạt 90.000 tỷ đồng. Tính chung 5 tháng, dư nợ tín dụng đạt 85.000 tỷ đồng.'],
    ['an average', 'Tháng 5, giá bán bình quân đạt 1.790 đồng. Bình quân 5 tháng, giá bán bình quân đạt 1.579 đồng.'],
    ['a rate', 'Tháng 5, tỷ lệ giải ngân đạt 17,9%. Tính chung 5 tháng, tỷ lệ giải ngân đạt 15,8%.'],
    // GSO, 10 months of 2023 (our words, its figures): "131,777" is 131.777 misprinted, which check-unit.ts reports.
    ['a count printed with a comma before three digits', 'Tháng 10/2023, cả nước có 15,4 nghìn doanh nghiệp đăng ký thành lập mới. Tính chung 10 tháng năm 2023, cả nước có 131,777 doanh nghiệp đăng ký thành lập mới.'],
    ['another indicator', 'Tháng 5, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng, tổng chi ngân sách ước đạt 1.579 tỷ đồng.'],
    ['another year', 'Tháng 5 năm 2024, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng năm 2023, tổng thu ngân sách đạt 1.579 tỷ đồng.'],
    ['a month outside the total', 'Tháng 6, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng, tổng thu ngân sách ước đạt 1.579 tỷ đồng.'],
    ['a total of the year before', 'Tổng mức bán lẻ hàng hóa tháng 8 đạt 6.370 tỷ đồng, tăng 8,3% so với tháng 8 năm trước. Tính chung 8 tháng năm trước, tổng mức bán lẻ hàng hóa đạt 4.800 tỷ đồng.'],
    ['people, which may be a count at a time', 'Tháng 5, số lao động đạt 1.790 người. Tính chung 5 tháng, số lao động đạt 1.579 người.'],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
