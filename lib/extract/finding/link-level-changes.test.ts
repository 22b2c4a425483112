import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/**
 * A level reached after a direction word is checked against the level printed right before it (spec §2 direction
 * only). Figures from the VHLSS 2018 results (vhlss-2018: people aged 60 and over were 13,3% of the population in
 * 2016 and 14,8% in 2018), in our own words; constructed cases say so.
 */
const CASES: readonly (readonly [string, string, string, number, number])[] = [
  // [source, text, verdict, from, to]
  ['vhlss-2018', 'Tỷ trọng người từ 60 tuổi trở lên năm 2016 là 13,3%, đến năm 2018 tăng lên 14,8%.', 'match', 13.3, 14.8],
  ['constructed: the direction contradicts the levels', 'Tỷ trọng người từ 60 tuổi trở lên năm 2016 là 13,3%, đến năm 2018 giảm xuống 14,8%.', 'wrong_direction', 13.3, 14.8],
  ['constructed: "còn"', 'Tỷ lệ hộ nghèo năm 2016 là 9,9%, đến năm 2018 giảm xuống còn 6,8%.', 'match', 9.9, 6.8],
];

describe('a level reached (through checkProse)', () => {
  it.each(CASES)('%s: %s', (_source, text, verdict, from, to) => {
    const claim = checkProse(text).claims.find((c) => c.kind === 'from-to');
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.figures.map((f) => f.value)).toEqual([from, to]);
  });
});

// Hải Dương's poverty review of 2016–2020 (Báo Hải Dương; our words, its rates): the earlier level follows "từ", its year
// sits before the verb and the later year after the later level. The average rate had no ends: "Thiếu cả hai giá trị".
describe('a from–to split around its verb', () => {
  it.each([
    ['Tỷ lệ hộ nghèo từ 7,19% năm 2015 giảm xuống còn 1,36% năm 2020, bình quân mỗi năm giảm 1,17%.'],
    ['Tỷ lệ hộ nghèo từ 7,19% năm 2015 dự kiến giảm xuống còn 1,36% vào cuối năm 2020, bình quân mỗi năm giảm 1,17%.'],
  ])('%s', (text) => {
    const report = checkProse(text);
    const fromTo = report.claims.find((c) => c.kind === 'from-to');
    expect([fromTo?.verdict, fromTo?.from?.year, fromTo?.to?.year]).toEqual(['match', 2015, 2020]);
    // 7,19 − 1,36 = 5,83 points in five years: 1,17 points a year.
    expect(report.claims.find((c) => c.kind === 'average-annual')?.verdict).toBe('match_points');
  });

  // Đà Nẵng's structure, nine months of 2023 (vneconomy.vn; our words, its shares): the earlier level opens a bracket and
  // holds its year in its own words, the later one is of a part of the year. Both ends were of 2022 in the explanation.
  it('reads the years of a split in brackets, the later one of a part of the year', () => {
    const fromTo = checkProse(
      'Khu vực dịch vụ ngày càng chiếm tỷ trọng cao hơn (từ 68,38% của cùng kỳ năm 2022 tăng lên 69,98% trong 9 tháng năm 2023).',
    ).claims.find((c) => c.kind === 'from-to');
    expect([fromTo?.verdict, fromTo?.from?.year, fromTo?.to?.year]).toEqual(['match', 2022, 2023]);
  });
});

describe('edge cases', () => {
  it.each([
    ['no level before it', 'Đến năm 2018 tỷ trọng người cao tuổi tăng lên 14,8%.'],
    ['a level in another unit before it', 'Năm 2016 có 12,6 triệu người cao tuổi, đến năm 2018 tỷ trọng tăng lên 14,8%.'],
    ['a level of another sentence', 'Năm 2016 tỷ trọng là 13,3%. Đến năm 2018 tăng lên 14,8%.'],
    ['a rank before it', 'Tỉnh đứng thứ 4, đến năm 2018 tăng lên 14,8%.'],
  ])('%s: no verdict, no finding', (_why, text) => {
    const report = checkProse(text);
    expect(report.claims.filter((c) => c.kind === 'from-to')).toEqual([]);
    expect(report.claims.filter((c) => c.verdict === 'mismatch' || c.verdict === 'wrong_direction')).toEqual([]);
    expect(report.checks).toEqual([]);
  });

  it('a from–to with both ends keeps its own reading', () => {
    const claim = checkProse('Tỷ lệ hộ nghèo giảm từ 9,9% năm 2016 xuống còn 6,8% năm 2018.').claims.find((c) => c.kind === 'from-to');
    expect(claim?.text).toBe('giảm từ 9,9% năm 2016 xuống còn 6,8% năm 2018');
    expect(claim?.verdict).toBe('match');
  });
});
