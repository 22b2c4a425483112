import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/**
 * A rate printed beside its part and whole is checked as part / whole × 100 (spec §2b share forms, §5 shares).
 * Sentences in our own words; figures from the Bắc Giang socio-economic report (bacgiang-ktxh-db: 44.541 of 423.400
 * households poor in 2012, printed as 10,44%, which is 10,52%; 32.772 of 436.960 in 2014, printed as 7,50%).
 * Constructed cases say so.
 */
const CASES: readonly (readonly [string, string, string, string, number])[] = [
  // [source, text, share as printed, verdict, computed]
  ['bacgiang-ktxh-db 2012', 'Năm 2012 tỉnh có 44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%.', 'tỷ lệ hộ nghèo 10,44%', 'mismatch', 10.5198],
  ['bacgiang-ktxh-db 2014', 'Năm 2014 toàn tỉnh còn 32.772 hộ nghèo trên 436.960 hộ, tỷ lệ hộ nghèo 7,50%.', 'tỷ lệ hộ nghèo 7,50%', 'match', 7.5],
  ['bacgiang-ktxh-db 2014, "trên tổng số"', 'Năm 2014 có 32.772 hộ nghèo trên tổng số 436.960 hộ; tỷ lệ hộ nghèo là 7,50%.', 'tỷ lệ hộ nghèo là 7,50%', 'match', 7.5],
  ['constructed: at the edge of the interval', 'Xã có 1.049 hộ nghèo trong số 10.000 hộ, tỷ lệ hộ nghèo 10,5%.', 'tỷ lệ hộ nghèo 10,5%', 'match', 10.49],
  ['constructed: just outside', 'Xã có 1.044 hộ nghèo trong số 10.000 hộ, tỷ lệ hộ nghèo 10,5%.', 'tỷ lệ hộ nghèo 10,5%', 'mismatch', 10.44],
  // the census of 2019 (96.208.984 people, 47.881.061 men at 49,8 %, 48.327.923 women at 50,2 %): a part of the whole
  // "trong đó" breaks down, and its share
  ['census 2019, men', 'Năm 2019 tổng dân số là 96.208.984 người, trong đó dân số nam là 47.881.061 người, chiếm 49,8%.', 'chiếm 49,8%', 'match', 49.7677],
  ['constructed: the share of women written 51,2%', 'Năm 2019 tổng dân số là 96.208.984 người, trong đó dân số nữ là 48.327.923 người, chiếm 51,2%.', 'chiếm 51,2%', 'mismatch', 50.2323],
  // a share between its part and the whole it names (constructed, with Tuyên Quang's credit figures of 30/9/2022: bad
  // debt of about 360 of 24.610 billion đồng, printed as 1,46 %)
  ['constructed: the whole named after the share', 'Đến 30/9/2022 nợ xấu là 360 tỷ đồng, chiếm 1,46% trên tổng dư nợ 24.610 tỷ đồng.', 'chiếm 1,46%', 'match', 1.4628],
  ['constructed: the whole in brackets', 'Đến 30/9/2022 nợ xấu là 360 tỷ đồng, chiếm 1,5% tổng dư nợ (24.610 tỷ đồng).', 'chiếm 1,5%', 'match', 1.4628],
  // Cà Mau, 2020 (a paper's summary of the province's new-rural programme; our words, its figures): 42 of 82 communes
  ['camau-2020', 'Đến cuối năm 2020 có 42/82 xã được công nhận đạt chuẩn nông thôn mới, chiếm tỷ lệ 51% tổng số xã.', 'chiếm tỷ lệ 51%', 'match', 51.2195],
  ['camau-2020 (planted)', 'Đến cuối năm 2020 có 42/82 xã được công nhận đạt chuẩn nông thôn mới, chiếm tỷ lệ 57% tổng số xã.', 'chiếm tỷ lệ 57%', 'mismatch', 51.2195],
  ['constructed: the whole after "là", share wrong', 'Đến 30/9/2022 nợ xấu là 360 tỷ đồng, chiếm 1,64% trong tổng dư nợ là 24.610 tỷ đồng.', 'chiếm 1,64%', 'mismatch', 1.4628],
  // Bến Tre, 5 months of 2021 (Cục Thống kê; our words, its figures): the whole closes the sentence before "Trong đó", the
  // parts are estimates ("ước đạt"), and the shares printed are of 3.010, not of the 13.480 printed as the whole.
  ['bentre-2021, first part', 'Năm tháng đầu năm, giá trị sản xuất công nghiệp ước đạt 13.480 tỷ đồng, tăng 9,73%. Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%; doanh nghiệp có vốn đầu tư nước ngoài 1.400 tỷ đồng, chiếm 46,51%.', 'chiếm 53,49%', 'mismatch', 11.9436],
  ['bentre-2021, second part', 'Năm tháng đầu năm, giá trị sản xuất công nghiệp ước đạt 13.480 tỷ đồng, tăng 9,73%. Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%; doanh nghiệp có vốn đầu tư nước ngoài 1.400 tỷ đồng, chiếm 46,51%.', 'chiếm 46,51%', 'mismatch', 10.3858],
  ['constructed: the same, shares of the whole', 'Năm tháng đầu năm, giá trị sản xuất công nghiệp ước đạt 3.010 tỷ đồng, tăng 9,73%. Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%.', 'chiếm 53,49%', 'match', 53.4884],
  // Lâm Đồng, October 2022 (Cục Thống kê; our words, its figures): the part's own change stands between it and its share,
  // 48,06 / 77,52 = 62 %.
  ['lamdong-2022, the part\'s change between', 'Tháng 10 năm 2022 kim ngạch xuất khẩu đạt 77,52 triệu USD, tăng 13,1% so với cùng kỳ. Trong đó, doanh nghiệp trong nước đạt 48,06 triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm 62% kim ngạch xuất khẩu.', 'chiếm 62%', 'match', 61.9969],
  ['lamdong-2022 (planted)', 'Tháng 10 năm 2022 kim ngạch xuất khẩu đạt 77,52 triệu USD, tăng 13,1% so với cùng kỳ. Trong đó, doanh nghiệp trong nước đạt 48,06 triệu USD, tăng 47,89%, chiếm 52% kim ngạch xuất khẩu.', 'chiếm 52%', 'mismatch', 61.9969],
  // Vĩnh Phúc's retail, July 2018 (our words, its figures): the part's sentence opens "Phân theo nhóm ngành kinh doanh,"
  ['vinhphuc-2018, "Phân theo …," opening the part\'s sentence', 'Tính chung 7 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 25.992 tỷ đồng, tăng 10,6%. Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ hàng hóa đạt 22.296 tỷ đồng, tăng 10,97%, chiếm 85,78%.', 'chiếm 85,78%', 'match', 85.7802],
  ['vinhphuc-2018 (planted)', 'Tính chung 7 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 25.992 tỷ đồng, tăng 10,6%. Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ hàng hóa đạt 22.296 tỷ đồng, tăng 10,97%, chiếm 80,78%.', 'chiếm 80,78%', 'mismatch', 85.7802],
  ['constructed: two changes between, "trong đó" in the sentence', 'Tháng 10 năm 2022 kim ngạch xuất khẩu đạt 77,52 triệu USD, trong đó doanh nghiệp trong nước đạt 48,06 triệu USD, tăng 2,1% so với tháng trước và tăng 47,89% so với cùng kỳ, chiếm 62%.', 'chiếm 62%', 'match', 61.9969],
];

describe('a rate beside its two counts (through checkProse)', () => {
  it.each(CASES)('%s', (_source, text, printed, verdict, computed) => {
    const report = checkProse(text);
    // The share printed so (a sentence may print more than one).
    const share = report.claims.find((c) => c.kind === 'share' && c.text === printed);
    expect(share?.text).toBe(printed);
    expect(share?.verdict).toBe(verdict);
    expect(share?.computed).toBeCloseTo(computed, 3);
    expect(report.checks).toEqual([]);
  });

  it('says why in both languages', () => {
    const share = checkProse('Năm 2012 tỉnh có 44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%.').claims.find((c) => c.kind === 'share');
    expect(share?.message).toContain('44.541 / 423.400 × 100');
    expect(share?.message).toContain('10,52%');
    expect(share?.messageEn).toContain('44.541 / 423.400 × 100');
  });

  it('takes a "trên" that joins the whole to its part as no qualifier of the whole', () => {
    const report = checkProse('Năm 2014 toàn tỉnh còn 32.772 hộ nghèo trên 436.960 hộ, tỷ lệ hộ nghèo 7,50%.');
    const whole = report.claims.find((c) => c.figure?.value === 436960);
    expect(whole?.text).toBe('436.960 hộ');
    expect(whole?.qualifier).toBeNull();
  });
});

describe('edge cases', () => {
  it('reads no whole across sentences unless the part’s sentence opens "Trong đó"', () => {
    const raw = 'Năm tháng đầu năm, giá trị sản xuất công nghiệp ước đạt 13.480 tỷ đồng. Doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%.';
    expect(checkProse(raw).claims.find((c) => c.kind === 'share')?.verdict).toBe('none');
  });

  // Quảng Ngãi, first half of 2025 (our words, its figures): 33,71 % is of the GRDP, not of the sector before it
  it('reads no share of a whole that has a share of its own', () => {
    const report = checkProse(
      'Năm 2025, công nghiệp - xây dựng đạt 34.433,4 tỷ đồng, chiếm 40,09%, trong đó công nghiệp đạt 28.947,4 tỷ đồng, chiếm 33,71%.',
    );
    expect(report.claims.filter((c) => c.kind === 'share').map((c) => c.verdict)).toEqual(['none', 'none']);
  });

  // [why, text, the share verdict (null: no share is read)]
  it.each([
    ['two counts side by side, no whole', 'Năm 2014 có 32.772 hộ nghèo và 20.100 hộ cận nghèo, tỷ lệ hộ nghèo 7,50%.', null],
    ['counts of different things', 'Năm 2014 có 32.772 hộ nghèo trong tổng số 1.624.000 người, tỷ lệ hộ nghèo 7,50%.', null],
    ['a part larger than the whole', 'Có 50.000 hộ nghèo trong tổng số 40.000 hộ, tỷ lệ hộ nghèo 7,50%.', null],
    ['a rate named by no "tỷ lệ"', 'Năm 2014 có 32.772 hộ nghèo trên 436.960 hộ, giảm 2,94%.', null],
    ['a change of the rate after the counts', 'Có 32.772 hộ nghèo trong tổng số 436.960 hộ, tỷ lệ hộ nghèo giảm 2,94%.', null],
    ['a year written between counts and rate', 'Có 32.772 hộ nghèo trong tổng số 436.960 hộ, tỷ lệ hộ nghèo năm 2014 là 7,50%.', null],
    ['a rank', 'Tỉnh xếp thứ 4 trong 14 tỉnh, tỷ lệ hộ nghèo 7,50%.', null],
    ['a share with no breakdown of a whole', 'Năm 2019 tổng dân số là 96.208.984 người, dân số nam là 47.881.061 người, chiếm 49,8%.', 'none'],
    ['a share of a part of another unit', 'Năm 2019 tổng dân số là 96.208.984 người, trong đó có 26.870.079 hộ, chiếm 27,9%.', 'none'],
    ['a date and a document number before the counts', 'Theo Quyết định số 12/QĐ-UBND ngày 15/3/2014, có 32.772 hộ nghèo trong tổng số 436.960 hộ, tỷ lệ hộ nghèo 7,50%.', 'match'],
    ['a count after the share that names no total', 'Đến 30/9/2022 nợ xấu là 360 tỷ đồng, chiếm 1,46%, so với cùng kỳ 24.610 tỷ đồng.', 'none'],
    ['a total after the share in another unit', 'Nợ xấu là 360 tỷ đồng, chiếm 1,46% tổng dư nợ 24,6 nghìn tỷ đồng.', 'none'],
    ['a total after the share smaller than the part', 'Nợ xấu là 360 tỷ đồng, chiếm 1,46% tổng dư nợ 246 tỷ đồng.', 'none'],
    ['a part about its size', 'Nợ xấu khoảng 360 tỷ đồng, chiếm 1,46% tổng dư nợ 24.610 tỷ đồng.', 'none'],
    ['a change of another name between the part and the share', 'Tháng 10 năm 2022 kim ngạch xuất khẩu đạt 77,52 triệu USD, trong đó doanh nghiệp trong nước đạt 48,06 triệu USD, nhập khẩu tăng 4,2%, chiếm 52%.', 'none'],
    // Lâm Đồng, June 2021 (baolamdong.vn; our words, its figures): 0,33 % is the rural unemployment rate, of the rural
    // labour force, not 1.639 of the 6.014 unemployed (27,25 %)
    ['a share far from its part over the whole: a rate of another whole', 'Tháng 6/2021 tỷ lệ thất nghiệp chung là 0,76%, tương đương với 6.014 người thất nghiệp. Trong đó, ở khu vực nông thôn 1.639 người thất nghiệp, chiếm tỷ lệ 0,33%.', 'none'],
    // Cà Mau, April 2023 (our words, its figures): the shrimp's 21 % is of the country's shrimp, not of the province's fish
    // and shrimp before it (40,28 %)
    ['a share of the country\'s whole after "Trong đó"', 'Tháng 4/2023 tổng lượng thủy sản của tỉnh đạt 54.240 tấn, tăng 5,18% so với cùng kỳ. Trong đó, sản lượng tôm của tỉnh đạt 21.850 tấn, tương ứng chiếm 21% tổng lượng tôm của Việt Nam trong tháng.', 'none'],
    ['the same in one sentence', 'Tháng 6/2021 có 6.014 người thất nghiệp, trong đó ở khu vực nông thôn 1.639 người thất nghiệp, chiếm tỷ lệ 0,33%.', 'none'],
    ['a year range before the counts', 'Giai đoạn 2011 - 2015 có 32.772 hộ thoát nghèo trong tổng số 436.960 hộ, tỷ lệ hộ nghèo 7,50%.', 'match'],
  ] as const)('%s', (_why, text, verdict) => {
    const report = checkProse(text);
    expect(report.claims.filter((c) => c.verdict === 'mismatch' || c.verdict === 'wrong_direction')).toEqual([]);
    expect(report.checks).toEqual([]);
    expect(report.claims.filter((c) => c.kind === 'share').map((c) => c.verdict)).toEqual(verdict === null ? [] : [verdict]);
  });
});
