import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { levelsBeside } from './sentence-levels';

/** The level beside the last claim of a text, as its value (or null). */
function besideLast(text: string): number | null {
  const beside = levelsBeside(extractClaims(text));
  return beside[beside.length - 1]?.value ?? null;
}

describe('levelsBeside', () => {
  it.each<[string, string, number | null]>([
    ['the level before a change', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 9,2% so với năm 2020.', 412.7],
    // hcm-2020-draft: the second ratio is of 2020's level, not the first one's bracketed base of 2015
    ['not an earlier base of another year', 'Năm 2020 GRDP bình quân đầu người đạt 6.799 USD, gấp 1,3 lần năm 2015 (5.104 USD) và gấp 2,3 lần bình quân cả nước.', 6799],
    // gso-2023-annual: a change in dollars after the amount said again in dollars
    ['the amount in the change’s currency', 'GDP bình quân đầu người năm 2023 ước đạt 101,9 triệu đồng/người, tương đương 4.284 USD, tăng 160 USD so với năm 2022.', 4284],
    // tourism-2023-q1: a relative change after the amount said again in dollars is of the amount printed first
    ['the amount printed first for a relative change', 'Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% so với cùng kỳ.', 36112],
    // brvt-2020: a share before a change of it
    ['a share before its change', 'Năm 2020, công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015.', 58.66],
    // a share and its change in the same brackets (our words)
    ['a share and its change in one bracket', 'Năm 2022, dịch vụ đạt 20.402 tỷ đồng (chiếm 38,2%, tăng 1,5 điểm phần trăm).', 38.2],
    // Tuyên Quang's budget, 9 months of 2022 (our words, its figures): a rate of attainment between the amount and its
    // change; the change is of the amount
    ['the amount, not the rate of attainment after it', 'Năm 2022, chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%.', 1596.7],
    // Hà Tĩnh's crops, 8 months of 2021 (our words, its figures): a change in hectares is of the hectares
    ['the amount in the change’s unit', 'Năm 2021, diện tích lúa đạt 58.461 ha, bằng 102,22% (tăng 1.271 ha) so với cùng kỳ.', 58461],
    // Quảng Nam's budget, first quarter of 2023 (our words, its figures): a signed change after an attainment
    ['the amount before a signed change', 'Năm 2023, thu nội địa đạt 1.500 tỷ đồng (bằng 23,8%; -15,6%).', 1500],
    ['a rate alone is still the level of a change', 'Năm 2022, tỷ lệ đô thị hóa đạt 35,2%, tăng 1,2%.', 35.2],
    ['an index alone is still the level of a change', 'Năm 2022, chỉ số sản xuất công nghiệp đạt 108,5%, tăng 1,2%.', 108.5],
    // Hà Tĩnh's labour, first quarter of 2025 (vneconomy.vn; our words, its figures): a change in points is of the share,
    // not of the count printed after it
    ['the share before a count, for a change in points', 'Quý I/2025, lao động nông, lâm nghiệp và thủy sản chiếm tỷ trọng 29,36% (tương ứng 145.670 người), giảm 0,14 điểm phần trăm so với quý trước.', 29.36],
    // Tiền Giang, nine months of 2020 (baoapbac.vn; our words, its figures): a change in projects is of the projects
    ['the level in the change’s unit, whatever its name', 'Chín tháng năm 2020, tỉnh thu hút 28 dự án với tổng vốn đăng ký hơn 9.896 tỷ đồng, tăng 11 dự án.', 28],
    ['no level when none is in the change’s unit', 'Chín tháng năm 2020, tổng vốn đăng ký hơn 9.896 tỷ đồng, tăng 11 dự án.', null],
    ['no level for a change in points after a count alone', 'Quý I/2025, lao động nông, lâm nghiệp và thủy sản có 145.670 người, giảm 0,14 điểm phần trăm so với quý trước.', null],
  ])('%s', (_name, text, expected) => {
    expect(besideLast(text)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['no level in the sentence', 'Doanh thu tăng 9,2% so với năm 2020.'],
      ['a level of another sentence', 'Năm 2023 doanh thu đạt 412,7 tỷ đồng. Doanh thu tăng 9,2% so với năm 2020.'],
      ['a level of another indicator', 'Năm 2023 doanh thu đạt 412,7 tỷ đồng, số thuê bao tăng 9,2% so với năm 2020.'],
      // Bà Rịa - Vũng Tàu's exports by market, 9 months of 2022 (our words): the share in brackets is a remark; the rise
      // is of the exports to Asia
      // Bắc Ninh's budget, 5 months of 2023 (our words, its figures): a % of an amount's name alone is its attainment of
      // the estimate, which its change does not measure
      ['a change after an attainment alone', 'Năm 2023, thu thuế ngoài nhà nước đạt 67%, tăng 33,6%.'],
      ['a fall after an attainment alone', 'Năm 2023, thu từ khu vực doanh nghiệp nhà nước trung ương đạt 43,2%, giảm 1,1%.'],
      ['a change in hectares after a rate alone', 'Năm 2019, tỷ lệ gieo trồng đạt 100,26%, tăng 3.945 ha so cùng kỳ.'],
      ['a share in brackets before a change outside them', 'Chín tháng năm 2022, châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh) tăng 12,09% so với cùng kỳ.'],
    ])('%s: none', (_name, text) => {
      expect(besideLast(text)).toBeNull();
    });
  });
});
