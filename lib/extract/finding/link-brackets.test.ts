import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { inUnitOf } from './align-scale';

/**
 * Bases printed in brackets or right after a claim, compound amounts and scale words, in our own words with the
 * real figures of the issue-12 corpus documents (constructed bases say so).
 */
const CASES: readonly (readonly [string, string, string, number])[] = [
  // hcm-2020 per capita: 6.799 USD against 5.104 USD in 2015
  ['hcm-2020', 'Năm 2020 GRDP bình quân đầu người đạt 6.799 USD, gấp 1,3 lần năm 2015 (5.104 USD).', 'match', 1.3321],
  // thainguyen-2022-h1 budget with its base derived by us
  ['thainguyen-2022-h1', 'Thu ngân sách 6 tháng đạt 9.528,3 tỷ đồng, bằng 129,3% so với cùng kỳ năm trước (7.369,1 tỷ đồng).', 'match', 129.3007],
  ['thainguyen-2022-h1 (planted)', 'Thu ngân sách 6 tháng đạt 9.528,3 tỷ đồng, bằng 104,2% so với cùng kỳ năm trước (7.369,1 tỷ đồng).', 'mismatch', 129.3007],
  // constructed: both ends of a ratio in brackets, with a slash unit
  ['constructed', 'Thu nhập bình quân năm 2020 tăng 2,79 lần so với năm 2010 (từ 1,07 lên 2,99 triệu đồng/tháng).', 'match', 2.7944],
  // constructed: a from–to clause after a signed bracket
  ['constructed', 'Số doanh nghiệp giải thể năm 2023 giảm (-9,28%) so với năm 2022, từ 1.153 xuống 1.046 doanh nghiệp.', 'match', 9.2801],
  // lfs-2023-q1: both values in one bracket
  ['lfs-2023-q1', 'Thu nhập của lao động nam cao gấp 1,36 lần lao động nữ (8 triệu đồng so với 5,9 triệu đồng).', 'match', 1.3559],
  // constructed: compound amounts (tỷ + triệu)
  ['constructed', 'Thu ngân sách năm 2023 đạt 1.234 tỷ 560 triệu đồng, tăng 12,5% so với năm 2022 (1.097 tỷ 386 triệu đồng).', 'match', 12.5001],
  // gso-2022-retail (Q3 derived by us): an index after the two levels it compares
  ['gso-2022-retail', 'Doanh thu quý III/2022 đạt 1.445,2 nghìn tỷ đồng và quý IV/2022 đạt 1.514,6 nghìn tỷ đồng, tốc độ phát triển 104,8%.', 'match', 104.8022],
  // invented: a plan printed in brackets after the plan's name, and the part over plan
  ['constructed', 'Thu ngân sách nhà nước năm 2023 đạt 2.480,5 tỷ đồng, bằng 107,8% dự toán HĐND tỉnh giao (2.300 tỷ đồng).', 'match', 107.8478],
  ['constructed (planted)', 'Thu ngân sách nhà nước năm 2023 đạt 2.480,5 tỷ đồng, bằng 117,8% dự toán HĐND tỉnh giao (2.300 tỷ đồng).', 'mismatch', 107.8478],
  ['constructed', 'Tổng vốn đầu tư năm 2023 đạt 12.450,6 tỷ đồng, vượt 0,4% kế hoạch (12.400 tỷ đồng).', 'match', 0.4081],
  // Hải Phòng's retail, nine months of 2023 (Cục Thống kê; our words, its figures): the bracket names the plan again, and
  // 146.558,7 / 195.855 is 74,83%, not the 74,84% printed
  ['haiphong-2023-9m', 'Chín tháng năm 2023 tổng mức bán lẻ đạt 146.558,7 tỷ đồng, đạt 74,84% kế hoạch năm 2023 (kế hoạch đạt 195.855 tỷ đồng).', 'mismatch', 74.8301],
  ['haiphong-2023-9m (as it should read)', 'Chín tháng năm 2023 tổng mức bán lẻ đạt 146.558,7 tỷ đồng, đạt 74,83% kế hoạch năm 2023 (kế hoạch: 195.855 tỷ đồng).', 'match', 74.8301],
  // Bình Định's retail, first quarter of 2024 (UBND tỉnh; our words, its figures): the bracket names the base before it
  ['binhdinh-2024-q1', 'Tổng mức bán lẻ quý I ước đạt 27.361 tỷ đồng, tăng 9,1% so với cùng kỳ (cùng kỳ đạt khoảng 25.080 tỷ đồng).', 'match', 9.0949],
  ['binhdinh-2024-q1 (planted)', 'Tổng mức bán lẻ quý I ước đạt 27.361 tỷ đồng, tăng 7,1% so với cùng kỳ (cùng kỳ đạt khoảng 25.080 tỷ đồng).', 'mismatch', 9.0949],
  // invented: a multiple said in words, its base in brackets after the year
  ['constructed', 'Năm 2022 doanh thu du lịch đạt 200 tỷ đồng, gấp đôi năm 2020 (100 tỷ đồng).', 'match', 2],
  ['constructed (planted)', 'Năm 2022 doanh thu du lịch đạt 200 tỷ đồng, gấp đôi năm 2020 (160 tỷ đồng).', 'mismatch', 1.25],
  // invented: halved in words ("giảm gấp đôi" is "giảm 2 lần": the base over the level)
  ['constructed', 'Năm 2023 số hộ nghèo còn 5.120 hộ, giảm gấp đôi so với năm 2020 (10.240 hộ).', 'match', 2],
  ['constructed (planted)', 'Năm 2023 số hộ nghèo còn 5.120 hộ, giảm gấp đôi so với năm 2020 (6.000 hộ).', 'mismatch', 1.1719],
  // tourism-2023-q1 (TP.HCM, quý I/2023; the base 20.379 worked back by us): the amount said again in dollars is no level
  ['tourism-2023-q1', 'Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% so với cùng kỳ năm 2022 (20.379 tỷ đồng).', 'match', 77.202],
  ['tourism-2023-q1', 'Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng, quy ra khoảng 1,5 tỷ USD, tăng 77,2% so với cùng kỳ năm 2022 (20.379 tỷ đồng).', 'match', 77.202],
  ['tourism-2023-q1 (planted)', 'Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 67,2% so với cùng kỳ năm 2022 (20.379 tỷ đồng).', 'mismatch', 77.202],
  // GSO, Khảo sát mức sống dân cư 2020: a base named in many words before its bracket, units per person per month
  ['vhlss-2020', 'Năm 2020, thu nhập bình quân ở vùng Đông Nam Bộ là 6,02 triệu đồng/người/tháng, gấp 2,2 lần vùng Trung du và miền núi phía Bắc (2,74 triệu đồng/người/tháng).', 'match', 2.1971],
];

/**
 * Direction words printed without a figure, before a base in brackets (spec §2 direction only): the level before
 * the word and the bracket are the two values. Real figures: GSO Sách Trắng doanh nghiệp 2020 (138.139 new
 * enterprises in 2019, 131.275 in 2018); Tây Ninh, 9 tháng 2023 (kinhdoanhso.vn: 5,35% against the country's 4,24%).
 */
const BARE: readonly (readonly [string, string, string, string])[] = [
  ['gso-white-book-2020', 'Năm 2019 cả nước có 138.139 doanh nghiệp thành lập mới, tăng so với năm 2018 (131.275 doanh nghiệp).', 'match', '131.275 → 138.139 là tăng'],
  ['gso-white-book-2020 (planted)', 'Năm 2019 cả nước có 138.139 doanh nghiệp thành lập mới, giảm so với năm 2018 (131.275 doanh nghiệp).', 'wrong_direction', '131.275 → 138.139 là tăng, không phải giảm'],
  ['tayninh-2023-9m', 'Chín tháng năm 2023, kinh tế của tỉnh tăng 5,35%, cao hơn mức tăng chung của cả nước (4,24%).', 'match', '4,24% → 5,35% là cao hơn'],
  ['tayninh-2023-9m (planted)', 'Chín tháng năm 2023, kinh tế của tỉnh tăng 5,35%, thấp hơn mức tăng chung của cả nước (4,24%).', 'wrong_direction', '4,24% → 5,35% là cao hơn, không phải thấp hơn'],
];

describe('direction words before a bracketed base (through checkProse)', () => {
  it.each(BARE)('%s: %s', (_source, text, verdict, message) => {
    const report = checkProse(text);
    const claim = report.claims.find((c) => c.claim !== null && c.figure === null);
    expect([claim?.verdict, claim?.message]).toEqual([verdict, message]);
    expect(report.checks.map((c) => c.kind)).toEqual(verdict === 'wrong_direction' ? ['direction-contradicts-values'] : []);
  });

  it.each([
    ['no level before the word', 'Số doanh nghiệp giảm so với năm 2022 (100 doanh nghiệp).'],
    ['no bracket after it', 'Năm 2023 có 120 doanh nghiệp, giảm so với năm 2022.'],
    ['a bracket that prints no figure', 'Năm 2023 có 120 doanh nghiệp, giảm so với năm 2022 (xem biểu 3).'],
    ['a level of another unit', 'Năm 2023 toàn tỉnh có 1.250 doanh nghiệp, cao hơn mức bình quân của vùng (45,2%).'],
    ['a verb with an adverb', 'Năm 2023 có 120 doanh nghiệp, tăng mạnh so với năm 2022 (100 doanh nghiệp).'],
    // GSO's IIP, 8 months of 2017 (our words, its figures): the bracket gives the figures of the cause after "là do".
    [
      'a bracket of the cause after "là do"',
      'IIP 8 tháng năm 2017 tăng 6,7%, thấp hơn so với cùng kỳ năm 2016 là do tốc độ giảm của ngành khai khoáng khá sâu (6,9% so với 4,8% của năm 2016).',
    ],
    ['a bracket of the cause after "do"', 'Năm 2023 có 120 doanh nghiệp, giảm so với năm 2022 do nhiều đơn vị giải thể (30 doanh nghiệp).'],
  ] as const)('edge case, %s: no direction claim', (_why, text) => {
    const report = checkProse(text);
    expect(report.claims.filter((c) => c.claim !== null && c.figure === null)).toEqual([]);
    expect(report.checks).toEqual([]);
  });

  it.each([
    ['(110 doanh nghiệp)', ['match', 'match'], '110 → 120 là tăng'],
    ['(130 doanh nghiệp)', ['match', 'wrong_direction'], '130 → 120 là giảm, không phải tăng'],
  ] as const)('two direction words in one sentence compare the same level, never the first bracket: %s', (bracket, verdicts, message) => {
    // Invented counts.
    const report = checkProse(`Năm 2023 có 120 doanh nghiệp giải thể, tăng so với năm 2022 (100 doanh nghiệp) nhưng tăng so với năm 2021 ${bracket}.`);
    const bare = report.claims.filter((c) => c.claim !== null && c.figure === null);
    expect(bare.map((c) => c.verdict)).toEqual(verdicts);
    expect(bare[1]?.message).toBe(message);
  });

  it('keeps the rate it compares out of the levels: "tăng 5,35%" stays without values', () => {
    const report = checkProse('Chín tháng năm 2023, kinh tế của tỉnh tăng 5,35%, cao hơn mức tăng chung của cả nước (4,24%).');
    expect(report.claims.find((c) => c.claim === 'tăng 5,35%')?.verdict).toBe('not_computable');
  });
});

describe('bases in brackets (through checkProse)', () => {
  it.each(CASES)('%s: %s', (_source, text, verdict, computed) => {
    const claim = checkProse(text).claims.find((c) => c.kind === 'comparison' || c.kind === 'index' || c.kind === 'plan');
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.computed).toBeCloseTo(computed, 3);
  });
});

/*
 * The same change printed twice, relative and absolute, the second in brackets: Cục Thống kê Nam Định, rice of the
 * 2019 main crop and of the whole of 2019 (baonamdinh.com.vn, November 2019); our sentences.
 */
describe('a change and the same change in brackets (through checkProse)', () => {
  it.each([
    ['năng suất lúa cả năm đạt 60,45 tạ/ha, tăng 1,14% (0,68 tạ/ha) so với năm 2018.', 'tăng 1,14%', 'match', 59.77],
    ['tổng sản lượng lương thực có hạt là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018.', 'giảm 0,58%', 'match', 911107],
    // Planted: the percentage printed 1,58.
    ['tổng sản lượng lương thực có hạt là 905.867 tấn, giảm 1,58% (5.240 tấn) so với năm 2018.', 'giảm 1,58%', 'mismatch', 911107],
    ['vụ mùa năm 2019 toàn tỉnh gieo trồng 73.467 ha lúa, giảm 1.686 ha (bằng 2,24%) so với vụ mùa năm 2018.', '2,24%', 'match', 75153],
    ['vụ mùa năm 2019 toàn tỉnh gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,24%) so với vụ mùa năm 2018.', '2,24%', 'match', 75153],
    // Thanh Hóa, vụ thu mùa 2023 (ctk.thanhhoa.gov.vn): the bracket has its own verb, after the base words
    ['vụ thu mùa năm 2023 năng suất lúa đạt 55,8 tạ/ha, giảm 1,7% so cùng kỳ (giảm 1,0 tạ/ha).', 'giảm 1,7%', 'match', 56.8],
    // The bracketed change gave the base: held against it, it would match by construction, so it only implies the base
    // from its level (Kiên Giang's fisheries, July: "giảm 0,81% (giảm 633 tấn)" called 633 a match while it was the slip).
    ['vụ thu mùa năm 2023 năng suất lúa đạt 55,8 tạ/ha, giảm 1,7% so cùng kỳ (giảm 1,0 tạ/ha).', 'giảm 1,0 tạ/ha', 'implied', null],
    // Planted: the percentage printed 2,7.
    ['vụ thu mùa năm 2023 năng suất lúa đạt 55,8 tạ/ha, giảm 2,7% so cùng kỳ (giảm 1,0 tạ/ha).', 'giảm 2,7%', 'mismatch', 56.8],
    // Bình Dương's pig herd, 2022 (congthuong.vn): the relative change in brackets with its sign; our sentence
    ['số lượng đàn heo đạt 2.023.746 con (không tính heo con chưa tách mẹ), tăng 164.112 con (+8,82%) so với cùng kỳ.', '8,82%', 'match', 1859634],
    // Tuyên Quang's bad debt, September 2022 (the province's report; our words, its figures): the base named before the
    // change, a signed percentage in brackets after it, after a share of the same sentence
    ['Nợ xấu đến cuối tháng 9/2022 khoảng 360 tỷ đồng, chiếm 1,46% tổng dư nợ; so với cuối năm 2021 tăng 208 tỷ đồng (+136%).', '136%', 'match', 152],
    // Planted: the percentage printed 156.
    ['Nợ xấu đến cuối tháng 9/2022 khoảng 360 tỷ đồng, chiếm 1,46% tổng dư nợ; so với cuối năm 2021 tăng 208 tỷ đồng (+156%).', '156%', 'mismatch', 152],
    // Planted: the sign against the direction says something else, left unchecked
    ['số lượng đàn heo đạt 2.023.746 con, tăng 164.112 con (-8,82%) so với cùng kỳ.', 'tăng 164.112 con', 'implied', null],
    // Lâm Đồng's crops, January 2018 (Cục Thống kê Lâm Đồng; our words, its figures): a rate printed between the area and
    // its change is passed ("Thiếu cả hai giá trị" before).
    ['toàn tỉnh đã thu hoạch 49.329,2 ha cây hàng năm, đạt 100% diện tích gieo trồng, tăng 0,53% (+260,7 ha) so với cùng kỳ.', 'tăng 0,53%', 'match', 49068.5],
    // Planted: the percentage printed 0,63.
    ['toàn tỉnh đã thu hoạch 49.329,2 ha cây hàng năm, đạt 100% diện tích gieo trồng, tăng 0,63% (+260,7 ha) so với cùng kỳ.', 'tăng 0,63%', 'mismatch', 49068.5],
  ])('"%s": %s is %s, against a base of %s', (text, claimText, verdict, base) => {
    const claim = checkProse(text).claims.find((c) => c.claim === claimText);
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.from?.value ?? null).toBe(base);
  });

  it.each([
    // Kiên Giang's fisheries, July 2024 (our words, its figures): 0,81% needs a fall of about 666 tấn, 633 tấn gives 0,77%.
    [
      'Tháng 7, sản lượng thủy sản đạt 81.616 tấn, giảm 0,81% so với tháng trước (giảm 633 tấn).',
      'giảm 0,81%',
      'Giá trị kỳ gốc (82.249) suy từ mức giảm 633 tấn in bên cạnh; nếu 0,81% là đúng thì mức giảm phải khoảng 666 tấn: cần xem lại một trong hai số.',
      'The base (82.249) is worked out from the fall of 633 tấn printed beside it; if 0,81% is right, the fall is about 666 tấn: one of the two figures needs checking.',
    ],
    // Planted in Nam Định's sentence above: 1,58% needs a fall of about 14.542 tấn.
    [
      'tổng sản lượng lương thực có hạt là 905.867 tấn, giảm 1,58% (5.240 tấn) so với năm 2018.',
      'giảm 1,58%',
      'Giá trị kỳ gốc (911.107) suy từ mức giảm 5.240 tấn in bên cạnh; nếu 1,58% là đúng thì mức giảm phải khoảng 14.542 tấn: cần xem lại một trong hai số.',
      'The base (911.107) is worked out from the fall of 5.240 tấn printed beside it; if 1,58% is right, the fall is about 14.542 tấn: one of the two figures needs checking.',
    ],
    // Planted in Nam Định's main crop above: the relative change in brackets, 3,24% needs a fall of about 2.460 ha.
    [
      'vụ mùa năm 2019 toàn tỉnh gieo trồng 73.467 ha lúa, giảm 1.686 ha (bằng 3,24%) so với vụ mùa năm 2018.',
      '3,24%',
      'Giá trị kỳ gốc (75.153) suy từ mức giảm 1.686 ha in bên cạnh; nếu 3,24% là đúng thì mức giảm phải khoảng 2.460 ha: cần xem lại một trong hai số.',
      'The base (75.153) is worked out from the fall of 1.686 ha printed beside it; if 3,24% is right, the fall is about 2.460 ha: one of the two figures needs checking.',
    ],
  ])('"%s": a mismatch of %s says the two printed changes disagree, in both languages', (text, claimText, vi, en) => {
    const claim = checkProse(text).claims.find((c) => c.claim === claimText);
    expect(claim?.verdict).toBe('mismatch');
    expect(claim?.message.endsWith(vi)).toBe(true);
    expect(claim?.messageEn.endsWith(en)).toBe(true);
  });

  it('says nothing of the printed difference when the change matches (Nam Định, 2019)', () => {
    const claim = checkProse('tổng sản lượng lương thực có hạt là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018.').claims.find((c) => c.claim === 'giảm 0,58%');
    expect(claim?.verdict).toBe('match');
    expect(claim?.message).not.toContain('suy từ');
  });

  it('reads none of them as a level of the base year: no direction error', () => {
    const report = checkProse('Sản lượng thóc vụ mùa năm 2019 đạt 378.366 tấn, tăng 0,32% (1.216 tấn) so với vụ mùa năm 2018.');
    expect(report.checks).toEqual([]);
    expect(report.claims.map((c) => c.verdict)).not.toContain('wrong_direction');
  });
});

describe('edge cases', () => {
  it('keeps a bracketed change of the other direction out of the base (invented)', () => {
    const claim = checkProse('Năm 2023 năng suất lúa đạt 55,8 tạ/ha, giảm 1,7% so với năm 2022 (tăng 1,0 tạ/ha).').claims.find((c) => c.claim === 'giảm 1,7%');
    expect(claim?.from?.value).not.toBe(56.8);
  });

  it('keeps a bracket after "so với …" as the base, and one that reads better as the base (gso-2017-enterprises, our words)', () => {
    const after = checkProse('Vốn đăng ký đạt 1.986 tỉ đồng, tăng 113% so với cùng kỳ năm trước (921 tỉ đồng).').claims.find((c) => c.kind === 'comparison');
    expect(after?.from?.value).toBe(921);
    const close = checkProse('Vốn đăng ký đạt 1.986 tỉ đồng, tăng 113% (921 tỉ đồng).').claims.find((c) => c.kind === 'comparison');
    expect(close?.from?.value).toBe(921);
  });

  it('a second comparison in the sentence compares the level, never the first one\'s bracketed base (invented counts)', () => {
    const report = checkProse('Năm 2023 có 120 doanh nghiệp giải thể, tăng 20% so với năm 2022 (100 doanh nghiệp) và tăng 9,1% so với năm 2021 (110 doanh nghiệp).');
    const changes = report.claims.filter((c) => c.kind === 'comparison');
    expect(changes.map((c) => [c.verdict, c.from?.value, c.to?.value])).toEqual([['match', 100, 120], ['match', 110, 120]]);
    expect(report.checks).toEqual([]);
  });


  // Ninh Bình's farm report (our words, its figures): a space after the bracket's sign. The change stayed implied.
  it('reads a bracketed difference with a space after its sign', () => {
    const claim = checkProse('Tổng đàn bò ước đạt 48,2 nghìn con, tăng 0,5% (+ 0,24 nghìn con) so với cùng kỳ.').claims.find((c) => c.kind === 'comparison');
    expect([claim?.verdict, claim?.from?.value]).toEqual(['match', 47.96]);
  });

  // Ninh Bình's farm report of May 2023 (our words, its figures; the buffalo's rise raised from 0,2% to 2,0% so that its
  // own herd, about 10 thousand, and the whole's 48,2 thousand give different verdicts): a part after "trong đó" does
  // not rise from the whole's level. Read from it, "tăng 2,0%" was a false mismatch ("nên ghi 'tăng 0,4%'") and the
  // next part's change was measured from the first part's bracket (0,20 → "tăng 25,0%").
  it('never measures a part after "trong đó" from the whole\'s level, nor from the part before', () => {
    const report = checkProse(
      'Tổng đàn trâu, bò ước đạt gần 48,2 nghìn con, tăng 0,5% (+ 0,24 nghìn con) so với cùng thời điểm năm trước, trong đó: đàn trâu tăng 2,0% (+ 0,20 nghìn con); đàn bò tăng 0,1% (+ 0,04 nghìn con).',
    );
    const changes = report.claims.filter((c) => c.kind === 'comparison');
    expect(changes.map((c) => [c.claim, c.verdict, c.to?.value ?? null])).toEqual([
      ['tăng 0,5%', 'match', 48.2],
      ['tăng 2,0%', 'not_computable', null],
      ['tăng 0,1%', 'not_computable', null],
    ]);
  });

  // The business registration bulletin of one week of 2025 (Cục Quản lý đăng ký kinh doanh; our words, its figures): each
  // bracket is its own subject's count this week. The second was read as a fall of 422 from 3.502 + 422 = 3.924, a
  // false mismatch ("nên ghi 'giảm 10,8%'").
  it('never takes the count in brackets after an earlier change as the level of a later one', () => {
    const report = checkProse(
      'Trong tuần, số doanh nghiệp thành lập mới giảm 1,0% (3.502 doanh nghiệp) và số doanh nghiệp quay trở lại hoạt động giảm 0,7% (422 doanh nghiệp).',
    );
    const changes = report.claims.filter((c) => c.kind === 'comparison');
    // Each count is its own change's level (link-level-after.ts): the base is implied from it.
    expect(changes.map((c) => [c.claim, c.verdict, c.to?.value])).toEqual([
      ['giảm 1,0%', 'implied', 3502],
      ['giảm 0,7%', 'implied', 422],
    ]);
  });

  // Quảng Nam's GRDP of 2021 against its neighbours (Cục Thống kê; our words, its figures): the brackets are the
  // neighbours' values. Each was taken as Quảng Nam's level for the next comparison: two false mismatches.
  it('never measures a comparison from another one\'s bracketed partner, read or not', () => {
    const text =
      'Năm 2021, quy mô GRDP Quảng Nam cao hơn 1,8 lần so với Thừa Thiên Huế (58,2 nghìn tỷ đồng); gấp gần 1,1 lần so với ' +
      'Quảng Ngãi (97,4 nghìn tỷ đồng); gấp 1,1 lần so với Bình Định (95,3 nghìn tỷ đồng).';
    const ratios = checkProse(text).claims.filter((c) => c.kind === 'comparison' && c.text.startsWith('gấp'));
    expect(ratios.map((c) => [c.verdict, c.to?.value ?? null])).toEqual([['not_computable', null], ['not_computable', null]]);
    const withLevel = checkProse(`Năm 2021, quy mô GRDP Quảng Nam đạt 102 nghìn tỷ đồng, ${text.slice(11)}`).claims.filter((c) => c.text.startsWith('gấp'));
    expect(withLevel.map((c) => [c.verdict, c.from?.value, c.to?.value])).toEqual([['match', 97.4, 102], ['match', 95.3, 102]]);
  });

  it('never takes a difference in points as a level (gso-2005-h1: "trong 7,63 điểm phần trăm tăng trưởng đó")', () => {
    const growth = checkProse('Sáu tháng đầu năm 2005, GDP tăng 7,63%; trong 7,63 điểm phần trăm tăng trưởng đó, dịch vụ đóng góp 3,07 điểm phần trăm.').claims[0];
    expect(growth?.verdict).toBe('not_computable');
  });

  it('never reads a bracketed plan as a second value of the year (invented figures)', () => {
    const report = checkProse('Tổng vốn đầu tư năm 2023 đạt 12.450,6 tỷ đồng, vượt 0,4% kế hoạch (12.400 tỷ đồng).');
    expect(report.checks).toEqual([]);
  });

  it('leaves a plan whose bracket prints another unit unlinked (invented figures)', () => {
    const report = checkProse('Năm 2023 có 312 doanh nghiệp thành lập mới, đạt 104% kế hoạch (300 tỷ đồng).');
    expect(report.claims.find((c) => c.kind === 'plan')?.verdict).toBe('implied');
  });

  it('never measures a change from a bracket in another currency (tourism-2023-q1, our words; 1,5 tỷ USD is the amount again)', () => {
    const report = checkProse('Quý I/2023, tổng thu du lịch đạt 1,5 tỷ USD, tăng 77,2% so với cùng kỳ năm 2022 (20.379 tỷ đồng).');
    expect(report.checks).toEqual([]);
    expect(report.claims.find((c) => c.kind === 'comparison')?.verdict).toBe('implied');
  });

  it('keeps the amount said again in another currency out of the levels: no second value, no implied change of it', () => {
    const report = checkProse('Quý I/2023, tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% so với cùng kỳ.');
    expect(report.checks).toEqual([]);
    const change = report.claims.find((c) => c.kind === 'comparison');
    expect(change?.verdict).toBe('implied');
    expect(change?.to?.value).toBe(36112);
  });

  it('never reads a bracketed base as a second value of the sentence year', () => {
    const report = checkProse('Xuất khẩu 6 tháng năm 2022 đạt 16,8 tỷ USD, tăng 7-8% so với cùng kỳ (15,6 tỷ USD).');
    expect(report.checks).toEqual([]);
    expect(report.claims.find((c) => c.kind === 'comparison')?.verdict).toBe('match');
  });

  it('compares levels with different scale words after conversion (hcm-2020: 919.000 tỉ → 1,49 triệu tỉ)', () => {
    const report = checkProse('Quy mô GRDP tăng từ 919.000 tỉ đồng năm 2015 lên 1,49 triệu tỉ đồng năm 2020.');
    expect(report.claims[0]?.verdict).toBe('match');
    expect(report.checks).toEqual([]);
  });

  it.each([
    [{ value: 919000, decimals: 0, unit: 'tỉ đồng', year: 2015 }, 'triệu tỉ đồng', 0.919, 6],
    [{ value: 7, decimals: 0, unit: 'triệu đồng', year: null }, 'đồng', 7e6, -6],
    [{ value: 7, decimals: 0, unit: 'triệu đồng', year: null }, 'triệu USD', 7, 0],
  ] as const)('inUnitOf %j in %s', (value, unit, expected, decimals) => {
    const v = inUnitOf(value, unit);
    expect(v.value).toBeCloseTo(expected, 9);
    expect(v.decimals).toBe(decimals);
  });
});
