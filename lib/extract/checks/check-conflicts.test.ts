import { describe, expect, it } from 'vitest';
import { checkConflicts } from './check-conflicts';
import { textLevels, valuesDiffer } from './text-levels';
import { extractClaims } from '../finding/extract-claims';

function conflicts(raw: string) {
  return checkConflicts(extractClaims(raw)).findings;
}

describe('checkConflicts', () => {
  it.each<[string, string, string[]]>([
    ['one indicator and year, two values', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.', ['error']],
    ['a name with filler words is the same name', 'Năm 2023 tổng vốn đầu tư công đạt 5.000 tỷ đồng. Năm 2023 vốn đầu tư công trên địa bàn đạt 5.400 tỷ đồng.', ['error']],
    ['a name that only looks alike is a warning', 'Năm 2023 thu ngân sách đạt 5.000 tỷ đồng. Năm 2023 thu ngân sách nhà nước đạt 5.400 tỷ đồng.', ['warning']],
    ['a from–to end against a value', 'Năm 2023 tỷ lệ hộ nghèo là 11,2%. Tỷ lệ hộ nghèo giảm từ 19,5% năm 2018 xuống 12,1% năm 2023.', ['error']],
    ['the same value at another precision', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 413 tỷ đồng.', []],
    ['different years', 'Năm 2022 doanh thu bưu chính đạt 380 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.', []],
    ['different units', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 0,4 nghìn tỷ đồng.', []],
    ['different indicators', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Năm 2023 doanh thu lữ hành đạt 300 tỷ đồng.', []],
  ])('%s', (_name, raw, severities) => {
    expect(conflicts(raw).map((f) => f.severity)).toEqual(severities);
  });

  it('shows both values and the gap', () => {
    const [finding] = conflicts('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.');
    expect(finding).toMatchObject({ kind: 'conflicting-values', claims: [0, 1], year: 2023, indicator: 'doanh thu bưu chính' });
    expect(finding?.computed).toBeCloseTo(9, 9);
    expect(finding?.message).toEqual({
      vi: '“doanh thu bưu chính” năm 2023 được ghi hai giá trị khác nhau: 412,7 tỷ đồng và 421,7 tỷ đồng (chênh 421,7 − 412,7 = 9,0 tỷ đồng)',
      en: '“doanh thu bưu chính” for 2023 is printed with two different values: 412,7 billion dong and 421,7 billion dong (a gap of 421,7 − 412,7 = 9,0 billion dong)',
    });
  });
});

// Written for these tests with real figures: Hưng Yên GRDP 2022 (131.642 tỉ đồng in the yearbook, 132.176 printed
// elsewhere), GSO Q1/2023 structure with the same quarter of 2022 in a "tương ứng" list, GSO 2023 contributions in points.
describe('checkConflicts in real sentences', () => {
  function found(raw: string): string[] {
    return checkConflicts(extractClaims(raw), raw).findings.map((f) => f.severity);
  }

  it.each<[string, string, string[]]>([
    ['a place name and "quy mô" do not change the indicator', 'Năm 2022, GRDP tỉnh Hưng Yên đạt 131.642 tỉ đồng. Cũng trong năm 2022, quy mô GRDP của tỉnh đạt 132.176 tỉ đồng.', ['error']],
    ['a "tương ứng" list pairs values with items', 'Cơ cấu quý I/2023: dịch vụ 43,65%; thuế sản phẩm 9,22% (cùng kỳ năm 2022 tương ứng là 42,06%; 9,29%).', []],
    // Kiên Giang, 9 months of 2015 and the same months of 2014 in brackets (our words)
    ['contributions to the growth printed after what they go to are no levels', 'Chín tháng năm 2015 nông, lâm nghiệp, thủy sản tăng 4,65%, đóng góp cho tăng trưởng chung 1,94 điểm % (cùng kỳ năm 2014 tăng 7,09%, đóng góp cho tăng trưởng chung 2,98 điểm %); công nghiệp, xây dựng tăng 11,14%, đóng góp cho tăng trưởng chung 2,58 điểm % (cùng kỳ năm 2014 tăng 9,12%, đóng góp cho tăng trưởng chung 2,04 điểm %).', []],
    ['contributions in points are no levels', 'Năm 2023 nông nghiệp tăng 3,88%, đóng góp 0,34 điểm phần trăm; lâm nghiệp tăng 3,74%, đóng góp 0,02 điểm phần trăm.', []],
    // Hưng Yên GRDP 2022 at current prices (131.642 tỉ đồng) beside an invented constant-price figure.
    ['two price bases are two series', 'Năm 2022, GRDP tỉnh Hưng Yên đạt 131.642 tỉ đồng. Tính theo giá so sánh 2010, GRDP năm 2022 đạt 80.250 tỉ đồng.', []],
    ['items of one list in one sentence', 'Năm 2018 có 20,2% tốt nghiệp tiểu học, 28,3% tốt nghiệp trung học cơ sở.', []],
    // Quảng Ngãi's GRDP, first half of 2025 (our words): the first paragraph is at constant prices from its first
    // sentence on, the second at current prices; the sector's two values are two series.
    [
      'a price basis named at the head of a paragraph',
      'Sáu tháng đầu năm 2025, GRDP ước đạt 41.690,8 tỷ đồng (theo giá so sánh 2010). Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 6.628,4 tỷ đồng.\n\nTính theo giá hiện hành, GRDP sáu tháng đầu năm 2025 đạt 85.881,6 tỷ đồng, trong đó khu vực nông, lâm nghiệp và thủy sản đạt 13.895,9 tỷ đồng.',
      [],
    ],
    // ADB's 2024 forecasts for Indonesia and Malaysia (vinanet.vn, October 2024): two items named together, then their
    // two values one after the other. The same two values in two sentences are one indicator's two values.
    ['two values printed one after the other', 'Năm 2024 tăng trưởng của In-đô-nê-xi-a và Ma-lai-xi-a ở mức 5,0% và 4,5%.', []],
    ['the same values in two sentences', 'Năm 2024 tăng trưởng của Ma-lai-xi-a ở mức 5,0%. Năm 2024 tăng trưởng của Ma-lai-xi-a ở mức 4,5%.', ['error']],
    // Tiền Giang, nine months of 2020 (baoapbac.vn; our words, its figures): the bracket is the share of nine months of 2019.
    ['a share "cùng kỳ" in brackets is of the year before', 'Hết tháng 9/2020, tỉnh có 106 xã đạt chuẩn nông thôn mới, bằng 74,1% số xã (cùng kỳ đạt 53,5%).', []],
    // Hậu Giang, budget of March 2023 (MPI portal; our words, its figures): "lũy kế" runs from January to March.
    ['a month and its running total from January', 'Tháng 3/2023, thu ngân sách nhà nước ước được 877,48 tỷ đồng, lũy kế được 3.289,63 tỷ đồng, bằng 30,74% dự toán.', []],
    // Hậu Giang's budget, September 2018 (our words, its figures): the month's and the cumulative domestic revenue, the
    // month not read; they took the year of "thu chuyển nguồn năm 2017" (no time since: find-time-phrases.ts).
    [
      'a month and its running total where the month is not read',
      'Ước tổng thu ngân sách tháng 9 được 630.969 triệu đồng, lũy kế được 7.076.854 triệu đồng. Không kể khoản thu chuyển nguồn năm 2017 mang sang là 1.753.925 triệu đồng, tổng thu lũy kế 9 tháng được 5.322.929 triệu đồng. Trong đó, thu nội địa được 245.000 triệu đồng, lũy kế được 2.219.923 triệu đồng.',
      [],
    ],
    ['a year and its running total', 'Năm 2018, thu nội địa được 245.000 triệu đồng, cộng dồn được 2.219.923 triệu đồng.', []],
    ['two running totals of one year', 'Năm 2018, thu nội địa lũy kế được 245.000 triệu đồng. Năm 2018, thu nội địa lũy kế được 2.219.923 triệu đồng.', ['error']],
    ['the same month printed twice', 'Tháng 3/2023, thu ngân sách nhà nước ước được 877,48 tỷ đồng. Tháng 3/2023, thu ngân sách nhà nước được 3.289,63 tỷ đồng.', ['error']],
    // Đắk Nông, first half of 2022 (baodaknong.vn; our words, its figures): each rate after "cao hơn mức tăng" is its own
    // indicator's, of the first half of 2021.
    [
      'the rates compared with are of each indicator and of the period after them',
      'Sáu tháng đầu năm 2022, GRDP ước đạt 8.941 tỷ đồng, tăng 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021. Trong đó, khu vực dịch vụ đạt 3.958 tỷ đồng, tăng 6,41% (cao hơn mức tăng 2,65% trong 6 tháng đầu năm 2021).',
      [],
    ],
    // Bà Rịa - Vũng Tàu, GRDP per head of 2021 (Cục Thống kê; our words, its figures): with and without crude oil and gas.
    [
      'values of different scopes are two indicators',
      'Năm 2021, GRDP bình quân đầu người của tỉnh đạt 12.154 USD (tính cả dầu khí), tương đương 281,2 triệu đồng, và 7.141 USD (không tính dầu khí), tương đương 163,4 triệu đồng.',
      [],
    ],
    ['the same scope note twice is one indicator', 'Năm 2021, GRDP bình quân đầu người (tính cả dầu khí) đạt 281,2 triệu đồng. Năm 2021, GRDP bình quân đầu người (tính cả dầu khí) đạt 263,4 triệu đồng.', ['error']],
    // Thái Bình's fisheries, October 2021 (our words, its figures): the fish of all the output, then the fish of aquaculture.
    [
      'parts listed after "trong đó" under two different wholes',
      'Tháng 10/2021, sản lượng thủy sản của tỉnh đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn. Riêng nuôi trồng, sản lượng tháng 10/2021 đạt 17,2 nghìn tấn; trong đó sản lượng cá đạt 4,5 nghìn tấn.',
      [],
    ],
    [
      'parts listed after a sentence-opening "Trong đó," under two different wholes',
      'Tháng 10/2021, sản lượng thủy sản của tỉnh đạt 24,5 nghìn tấn. Trong đó, sản lượng cá đạt 10 nghìn tấn. Sản lượng nuôi trồng tháng 10/2021 đạt 17,2 nghìn tấn. Trong đó, sản lượng cá đạt 4,5 nghìn tấn.',
      [],
    ],
    [
      'a sentence that opens "Riêng …," speaks of one part',
      'Tháng 10/2021, sản lượng thủy sản của tỉnh đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn. Riêng nuôi trồng, sản lượng cá tháng 10/2021 đạt 4,5 nghìn tấn.',
      [],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(found(raw)).toEqual(expected);
  });
});

describe('edge cases', () => {
  // Cao Bằng's business survey of the second quarter of 2023 (Cục Thống kê; our words, its figures): three answers of one
  // question, each value before its own words. Their cut names are alike; they were "two values" of one indicator.
  it('values printed before their own, different words are a list, not two values of one name', () => {
    const raw =
      'Kết quả khảo sát cho thấy có 37,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh quý II/2023 tốt hơn quý I/2023, ' +
      '37,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh ổn định, 25% doanh nghiệp đánh giá tình hình sản xuất kinh doanh khó khăn hơn.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
    const same = 'Năm 2023 có 37,5% doanh nghiệp đánh giá tốt hơn, trong báo cáo khác có 25% doanh nghiệp đánh giá tốt hơn.';
    expect(checkConflicts(extractClaims(same), same).findings.map((f) => f.kind)).toEqual(['conflicting-values']);
  });

  // Sơn La's services, September 2022 (Cục Thống kê; our words, its figures): a part after "Trong đó:", named with its
  // whole's words and more, is no second value of the whole.
  it('takes a part named after "Trong đó" for a part, not a second value', () => {
    const raw =
      'Doanh thu hoạt động dịch vụ tháng 9 năm 2022 ước tính đạt 670,51 tỷ đồng, tăng 37,98% so với cùng kỳ năm trước.\n\n' +
      'Trong đó: doanh thu hoạt động dịch vụ lưu trú, ăn uống tháng 9 năm 2022 ước tính đạt 277,28 tỷ đồng, tăng 142,58% so với cùng kỳ năm trước.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
    // Without "Trong đó" the longer name is still read as the same series, printed twice.
    const again = raw.replace('Trong đó: d', 'D');
    expect(checkConflicts(extractClaims(again), again).findings.map((f) => f.kind)).toEqual(['conflicting-values']);
  });

  // Hà Tĩnh's jobs, 2023 (Sở LĐTBXH; our words, its figures): the jobs at home are some of all the jobs, 10.920 + 12.205
  // abroad = 23.125.
  it('takes the jobs "trong nước" for a part of the jobs, not a second value', () => {
    const raw = 'Năm 2023, Hà Tĩnh giải quyết việc làm cho 23.125 người, đạt 102,7% kế hoạch. Giải quyết việc làm trong nước đạt 10.920 người; đi làm việc ở nước ngoài theo hợp đồng đạt 12.205 người.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
  });

  // GSO's transport, 5 months of 2018 (our words, its figures): each mode's passengers and passenger-km, the ".km" lost;
  // the figures after "và" are named by their unit only.
  it('takes no level named only by its unit', () => {
    const raw =
      'Tính chung 5 tháng đầu năm 2018, vận tải hành khách đạt 1.874,5 triệu lượt khách, tăng 10,4% so với cùng kỳ năm trước và 82,8 tỷ lượt khách, tăng 11,2%, ' +
      'trong đó vận tải hành khách đường bộ đạt 1.768,9 triệu lượt khách, tăng 10,6% và 57,6 tỷ lượt khách, tăng 11,2%.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
  });

  // An Giang, 2018 (Cục Thống kê; our words, its figures): each sector's growth against its own of the year before, named
  // only "cao hơn mức".
  it('takes no level named only by the words of a comparison', () => {
    const raw =
      'Năm 2018, khu vực nông, lâm nghiệp và thuỷ sản tăng 2,04% (đóng góp 0,65 điểm phần trăm) cao hơn mức tăng 0,55% của năm 2017; ' +
      'khu vực công nghiệp - xây dựng tăng 8,88% (đóng góp 1,29 điểm phần trăm) cao hơn mức tăng 6,38% của năm 2017.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
  });

  // Thái Bình's fisheries, October 2021 (our words, its figures): one whole printed twice, its part with two values; and
  // "Riêng tháng 10" names a time, no part.
  it.each<[string, string]>([
    [
      'the same whole printed twice',
      'Tháng 10/2021, sản lượng thủy sản của tỉnh đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn. Tháng 10/2021, sản lượng thủy sản của tỉnh đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 4,5 nghìn tấn.',
    ],
    ['"Riêng" before a time', 'Tháng 10/2021, sản lượng cá đạt 10 nghìn tấn. Riêng tháng 10/2021, sản lượng cá đạt 4,5 nghìn tấn.'],
  ])('a part of one whole, or "Riêng" before a time, keeps its two values: %s', (_name, raw) => {
    expect(checkConflicts(extractClaims(raw), raw).findings.map((f) => f.severity)).toEqual(['error']);
  });

  // Intervals that only touch (412,65–412,75 and 412,75–412,85) may be one number: no conflict.
  it.each<[number, number, number, number, boolean]>([
    [412.7, 1, 413, 0, false],
    [412.7, 1, 412.8, 1, false],
    [412.7, 1, 412.9, 1, true],
    [0.5, 1, 0.55, 2, false],
    [100, 0, 102, 0, true],
  ])('valuesDiffer(%d/%d, %d/%d) is %s', (a, da, b, db, expected) => {
    expect(valuesDiffer({ value: a, decimals: da }, { value: b, decimals: db })).toBe(expected);
  });

  // Cao Bằng's report (the seed, our words): the year of the paragraph's first sentence is only carried into the others,
  // so two projects "triển khai" later in it are no two values of one indicator of that year.
  it('takes no level whose year an earlier sentence gave', () => {
    const raw = 'Năm 2022, tỉnh thu hút 12 dự án. Triển khai 17 dự án với tổng vốn 1.090 tỷ đồng. Triển khai thực hiện 08 dự án bố trí dân cư.';
    expect(checkConflicts(extractClaims(raw), raw).findings).toEqual([]);
  });

  // Each value is held to the earliest value it contradicts, once: n printings give at most n − 1 findings, not n(n − 1)/2.
  it('reports a third value once, against the first', () => {
    const raw = 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 421,7 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 430,1 tỷ đồng.';
    expect(checkConflicts(extractClaims(raw), raw).findings.map((f) => f.claims)).toEqual([[0, 1], [0, 2]]);
    const many = Array.from({ length: 300 }, (_, i) => `Năm 2021, chỉ tiêu ${i % 3} đạt ${i} USD.`).join(' ');
    expect(checkConflicts(extractClaims(many), many).findings).toHaveLength(297);
  });

  it('holds a value to the first one it may be compared with: a value at another price basis is passed over', () => {
    const raw = 'Tính theo giá so sánh 2010, GRDP năm 2022 đạt 80.250 tỉ đồng.\n\nNăm 2022, GRDP đạt 131.642 tỉ đồng. Cũng năm 2022, GRDP đạt 132.176 tỉ đồng.';
    expect(checkConflicts(extractClaims(raw), raw).findings.map((f) => f.computed)).toEqual([534]);
  });

  it('takes no level from a value with a qualifier or without a single year', () => {
    // The second paragraph names no year, and its sentence before is in another paragraph.
    expect(textLevels(extractClaims('Năm 2023 doanh thu bưu chính đạt trên 400 tỷ đồng.\n\nDoanh thu lữ hành đạt 300 tỷ đồng.'))).toEqual([]);
  });
});
