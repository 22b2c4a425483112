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
