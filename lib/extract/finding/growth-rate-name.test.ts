import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { isGrowthRateName } from './growth-rate-name';

describe('isGrowthRateName', () => {
  it.each<[string, boolean]>([
    ['Tốc độ tăng trưởng kinh tế (GRDP)', true],
    ['tăng trưởng du lịch', true],
    ['tỉ lệ tăng dân số tự nhiên', true],
    ['Tỷ lệ tăng trưởng tín dụng', true],
    ['toc do tang truong nganh dich vu', true],
    ['Tổng vốn đầu tư toàn xã hội', false],
    ['Tỷ lệ hộ nghèo', false],
    ['doanh thu du lịch', false],
    ['sản lượng tăng vụ', false],
  ])('%s → %s', (name, expected) => {
    expect(isGrowthRateName(name)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['null', null],
    ['empty', ''],
    ['a word that only contains the letters', 'xtốc độx'],
  ])('%s is no growth rate', (_name, value) => {
    expect(isGrowthRateName(value)).toBe(false);
  });

  it('reads decomposed (NFD) text', () => {
    expect(isGrowthRateName('Tốc độ tăng trưởng'.normalize('NFD'))).toBe(true);
  });
});

/*
 * Bắc Kạn, 2023 (our words, its figure): "tốc độ tăng trưởng kinh tế đạt 6,33% so với năm 2022" is growth of 6,33 %,
 * not an index of 6,33 % on 2022 (a fall of 94 %).
 */
describe('readRiseRateLevels (through extractClaims)', () => {
  it.each<[string, string, string[]]>([
    ['a rate of rise "đạt … so với"', 'Năm 2023 tốc độ tăng trưởng kinh tế đạt 6,33% so với năm 2022.', ['value']],
    ['an index of a level stays an index', 'Năm 2023 thu ngân sách đạt 1.200 tỷ đồng, bằng 104,2% so với năm 2022.', ['value', 'index']],
    ['a rate of development is an index', 'Năm 2023 tốc độ phát triển GRDP đạt 106,33% so với năm 2022.', ['index']],
    ['a rate of rise at or over 100 stays as read', 'Năm 2023 tốc độ tăng trưởng tín dụng đạt 106,3% so với năm 2022.', ['index']],
    // Đà Nẵng's GRDP, 9 months of 2022 (our words, its figures; the base in brackets ours): read as an index, 16,76 was a
    // false mismatch ("nên ghi 'bằng 116,76% năm gốc'").
    ['a rise printed "đạt … so với" below half', 'GRDP 9 tháng năm 2022 ước đạt 58.000 tỷ đồng, đã tăng vượt bậc, ước đạt 16,76% so với cùng kỳ năm 2021 (49.675 tỷ đồng).', ['value', 'value', 'value']],
    // Quảng Nam, Q1/2023 (our words, its figure): a sector's pace of 3,6 % is no fall of 96,4 %.
    ['a pace below half', 'Quý I/2023 khu vực nông, lâm nghiệp và thủy sản duy trì tốc độ phát triển 3,6% so với cùng kỳ năm trước.', ['value']],
    ['a fall printed as an index below half stays an index', 'Quý I/2023 khách quốc tế đến tỉnh chỉ bằng 30,5% so với cùng kỳ năm trước.', ['index']],
    ['a rise with an index of half or more stays as read', 'Năm 2023 doanh thu tăng chậm lại, đạt 95,2% so với năm 2022.', ['index']],
  ])('%s', (_name, text, kinds) => {
    expect(extractClaims(text).map((c) => c.kind)).toEqual(kinds);
  });
});

// Ninh Bình's credit report (a State Bank branch; our words, its rates): interest rates printed per year.
describe('readInterestRates (through extractClaims)', () => {
  it.each([
    ['Lãi suất cho vay bằng VND ở những lĩnh vực ưu tiên phổ biến ở mức 7%/năm.', 'value'],
    ['Lãi suất cho vay ngắn hạn phổ biến là 9,5%/năm.', 'value'],
  ])('%s → %s', (text, kind) => {
    expect(extractClaims(text).map((c) => c.kind)).toEqual([kind]);
  });

  describe('edge cases', () => {
    it('a growth rate per year stays an average rate', () => {
      expect(extractClaims('Giai đoạn 2016-2020, GRDP bình quân tăng trưởng ở mức 6,8%/năm.').map((c) => c.kind)).toEqual(['average-annual']);
    });
  });
});
