import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkRateGroups } from './check-rate-groups';

/** Each finding's severity and the figures of its claims. */
function outcome(text: string): [string, string[]][] {
  const claims = extractClaims(text);
  return checkRateGroups(claims, text).map((f) => [f.severity, f.claims.map((i) => claims[i]?.text ?? '')]);
}

// Sentences written for these tests with the figures of GSO's release on the first half of 2015: underemployment 2,52 %,
// 1,29 % in towns and 3,11 % in the countryside. The others are constructed and say so.
const GSO_2015 = (whole: string) =>
  `Tỷ lệ thiếu việc làm của lao động trong độ tuổi 6 tháng đầu năm 2015 ước tính là ${whole}%, khu vực thành thị là 1,29%, còn khu vực nông thôn là 3,11%.`;

const DA_NANG = (whole: string) =>
  `Năm 2020, tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi là ${whole}%. Phân theo giới tính, tỷ lệ thất nghiệp của lực lượng lao động nam trong độ tuổi là 8,66%; tỷ lệ thất nghiệp của lực lượng lao động nữ trong độ tuổi là 10,27%.`;
const LAM_DONG = (whole: string) =>
  `Tháng 6/2021 tỷ lệ thất nghiệp chung trên địa bàn tỉnh là ${whole}%, tương đương với 6.014 người thất nghiệp. Trong đó, tỷ lệ thất nghiệp ở thành thị là 1,46%, tương đương với 4.375 người; tỷ lệ thất nghiệp ở khu vực nông thôn là 0,33%.`;

describe('checkRateGroups', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['between its halves, as printed', GSO_2015('2,52'), []],
    ['above both halves', GSO_2015('3,52'), [['error', ['3,52%', '1,29%', '3,11%']]]],
    ['below both halves', GSO_2015('1,20'), [['error', ['1,20%', '1,29%', '3,11%']]]],
    ['constructed: men and women, "trong đó"', 'Năm 2023, tỷ lệ lao động có việc làm phi chính thức là 64,5%, trong đó nam 69,2%, nữ 59,1%.', []],
    ['constructed: men and women, the whole above both', 'Năm 2023, tỷ lệ lao động có việc làm phi chính thức là 71,5%, trong đó nam 69,2%, nữ 59,1%.', [['error', ['71,5%', '69,2%', '59,1%']]]],
    ['constructed: each half named as a rate of its own', 'Tỷ lệ thất nghiệp quý II năm 2023 là 2,30%; tỷ lệ thất nghiệp khu vực thành thị là 2,70%; khu vực nông thôn là 3,04%.', [['error', ['2,30%', '2,70%', '3,04%']]]],
    // Đà Nẵng, 2020 (the city's portal; our words, its figures): 9,41 % overall, men 8,66 %, women 10,27 %, the halves in
    // the next sentence, opened "Phân theo giới tính", each named with the whole's words.
    ['the halves in a "Phân theo" sentence after it, as printed', DA_NANG('9,41'), []],
    ['the same, the whole above both', DA_NANG('11,41'), [['error', ['11,41%', '8,66%', '10,27%']]]],
    // Lâm Đồng, June 2021 (baolamdong.vn; our words, its figures): counts beside the rates, the halves after "Trong đó".
    ['the halves after "Trong đó", counts beside them', LAM_DONG('0,76'), []],
    ['the same, the whole above both', LAM_DONG('1,76'), [['error', ['1,76%', '1,46%', '0,33%']]]],
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
    ['the halves in another sentence that opens no detail', 'Tỷ lệ thiếu việc làm năm 2015 là 3,52%. Khu vực thành thị là 1,29%, khu vực nông thôn là 3,11%.'],
    ['a place named "Nam"', 'Tỷ lệ thất nghiệp năm 2020 là 9,41%; tỷ lệ thất nghiệp của Hà Nam là 8,66%; tỷ lệ thất nghiệp nữ là 8,27%.'],
    ['halves of another rate', 'Tỷ lệ thất nghiệp năm 2015 là 3,52%, tỷ lệ thiếu việc làm khu vực thành thị là 1,29%, khu vực nông thôn là 3,11%.'],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
