import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkRateGroups } from './check-rate-groups';

/** Each finding's severity and the figures of its claims. */
function outcome(text: string): [string, string[]][] {
  const claims = extractClaims(text);
  return checkRateGroups(claims).map((f) => [f.severity, f.claims.map((i) => claims[i]?.text ?? '')]);
}

// Sentences written for these tests with the figures of GSO's release on the first half of 2015: underemployment 2,52 %,
// 1,29 % in towns and 3,11 % in the countryside. The others are constructed and say so.
const GSO_2015 = (whole: string) =>
  `Tỷ lệ thiếu việc làm của lao động trong độ tuổi 6 tháng đầu năm 2015 ước tính là ${whole}%, khu vực thành thị là 1,29%, còn khu vực nông thôn là 3,11%.`;

describe('checkRateGroups', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['between its halves, as printed', GSO_2015('2,52'), []],
    ['above both halves', GSO_2015('3,52'), [['error', ['3,52%', '1,29%', '3,11%']]]],
    ['below both halves', GSO_2015('1,20'), [['error', ['1,20%', '1,29%', '3,11%']]]],
    ['constructed: men and women, "trong đó"', 'Năm 2023, tỷ lệ lao động có việc làm phi chính thức là 64,5%, trong đó nam 69,2%, nữ 59,1%.', []],
    ['constructed: men and women, the whole above both', 'Năm 2023, tỷ lệ lao động có việc làm phi chính thức là 71,5%, trong đó nam 69,2%, nữ 59,1%.', [['error', ['71,5%', '69,2%', '59,1%']]]],
    ['constructed: each half named as a rate of its own', 'Tỷ lệ thất nghiệp quý II năm 2023 là 2,30%; tỷ lệ thất nghiệp khu vực thành thị là 2,70%; khu vực nông thôn là 3,04%.', [['error', ['2,30%', '2,70%', '3,04%']]]],
  ])('%s', (_name, text, findings) => {
    expect(outcome(text)).toEqual(findings);
  });
});

describe('edge cases', () => {
  it.each([
    ['at the edge of rounding', GSO_2015('3,114')],
    ['the halves\' shares of the whole\'s count ("chiếm")', 'Năm 2023, tỷ lệ hộ nghèo là 5,2%, trong đó khu vực thành thị chiếm 12,4%, khu vực nông thôn chiếm 87,6%.'],
    ['halves that add up to 100', 'Năm 2023, tỷ lệ dân số theo khu vực: thành thị 38,1%, nông thôn 61,9%.'],
    ['a whole named with no "tỷ lệ"', 'Năm 2023, lao động qua đào tạo đạt 29,5%, thành thị 45,2%, nông thôn 20,1%.'.replace('29,5', '59,5')],
    ['one half only', 'Tỷ lệ thất nghiệp năm 2023 là 3,52%, khu vực thành thị là 1,29%, lực lượng lao động tăng 1,1%.'],
    ['a year, not the men ("năm")', 'Tỷ lệ thất nghiệp là 3,52%, tỷ lệ của năm 1,29%, còn nữ 3,11%.'],
    ['the halves in another sentence', 'Tỷ lệ thiếu việc làm năm 2015 là 3,52%. Khu vực thành thị là 1,29%, khu vực nông thôn là 3,11%.'],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
