import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkSuperlative } from './check-superlative';

/** Each finding's severity and the claim texts it names. */
function outcome(text: string): [string, string[]][] {
  const claims = extractClaims(text);
  return checkSuperlative(claims, text).map((f) => [f.severity, f.claims.map((i) => claims[i]?.text ?? '')]);
}

// Sentences written for these tests with the figures of Đồng Tháp's CPI of the first five months of 2012
// (baodongthap.com.vn): eating out +20,59 %, the highest; housing and utilities +19,91 %; food +18,3 %. The others are
// constructed and say so.
const DONG_THAP = (housing: string) =>
  `Bình quân 5 tháng đầu năm 2012, nhóm hàng có chỉ số giá tăng cao nhất là ăn uống ngoài gia đình, tăng 20,59%; nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng tăng ${housing}%; nhóm thực phẩm tăng 18,3%.`;

const GSO_2021 = (housing: string) =>
  `Nhóm giao thông có mức tăng so với tháng trước cao nhất với 3,11% so với tháng trước. Tiếp theo, nhóm nhà ở và vật liệu xây dựng tháng 11/2021 tăng ${housing}%; nhóm đồ uống và thuốc lá tăng 0,33%.`;

describe('checkSuperlative', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['the highest, as printed', DONG_THAP('19,91'), []],
    ['a later rise above the highest', DONG_THAP('21,91'), [['error', ['tăng 20,59%', 'tăng 21,91%']]]],
    ['constructed: "tăng cao nhất với"', 'Tháng 9 năm 2022, nhóm giao thông tăng cao nhất với 7,22%; nhóm giáo dục tăng 8,1%.', [['error', ['tăng cao nhất với 7,22%', 'tăng 8,1%']]]],
    ['constructed: the lowest, and a rise below it', 'Năm 2023, tăng thấp nhất là ngành khai khoáng, tăng 1,2%; ngành chế biến, chế tạo tăng 0,8%.', [['error', ['tăng 1,2%', 'tăng 0,8%']]]],
    // GSO's CPI of November 2021 (a press reprint; our words, its figures): the highest said with "có mức tăng … cao nhất
    // với", the list going on after "Tiếp theo,", each later rise dated; housing rose 0,46 %.
    ['the list after "Tiếp theo", as printed', GSO_2021('0,46'), []],
    ['the same, a later rise above the highest', GSO_2021('3,46'), [['error', ['3,11%', 'tăng 3,46%']]]],
  ])('%s', (_name, text, findings) => {
    expect(outcome(text)).toEqual(findings);
  });
});

describe('edge cases', () => {
  it.each([
    ['within rounding', DONG_THAP('20,594')],
    ['a rank in time ("cao nhất trong 5 năm")', 'Năm 2024, chỉ số sản xuất công nghiệp có mức tăng cao nhất trong 5 năm với 15,3%; ngành điện tăng 18,2%.'],
    // GSO's CPI of August 2023 (our words, its figures): the items that made the transport group rise.
    ['the items after "chủ yếu do"', 'Tháng 8/2023, nhóm giao thông có mức tăng cao nhất với 3,85% (làm CPI chung tăng 0,37%), chủ yếu do giá xăng tăng 9,85%, giá dầu diezen tăng 15,9%.'],
    ['a part of the highest group after "trong đó"', 'Năm 2012, nhóm hàng ăn tăng cao nhất với 5,1%, trong đó thực phẩm tăng 6,2%; nhóm đồ uống tăng 3,4%.'],
    ['a rise in brackets', 'Năm 2012, nhóm hàng ăn tăng cao nhất với 5,1% (cùng kỳ năm trước tăng 7,2%); nhóm đồ uống tăng 3,4%.'],
    // GSO's CPI of February 2018 as republished (our words, its figures): the bracket holds a ";" and is never closed.
    ['the items of a bracket left open past a ";"', 'Tháng 2/2018, nhóm hàng ăn và dịch vụ ăn uống tăng cao nhất với 1,53% (lương thực tăng 1,44%; thực phẩm tăng 1,71%, chủ yếu do Tết.'],
    ['a rise of another year', 'Năm 2012, nhóm hàng ăn tăng cao nhất với 5,1%; năm 2011 nhóm đồ uống tăng 7,4%.'],
    // GSO's CPI house style (our words): the highest rise on the month, another group's rise on the year
    ['a rise on another base', 'Tháng 11/2021, nhóm giao thông tăng cao nhất với 3,11% so với tháng trước, nhóm nhà ở tăng 0,46% so với tháng trước và tăng 4,5% so với cùng kỳ năm trước.'],
    ['rises after a base named anew', 'Tháng 11/2021, nhóm giáo dục tăng cao nhất 0,89% so với tháng trước; so với cùng kỳ năm trước, nhóm nhà ở tăng 5,2%, nhóm giao thông tăng 3,1%.'],
    ['an effect, no item of the list', 'Năm 2017, Hà Nội có mức tăng cao nhất với 12%, kéo theo doanh thu tăng 15%.'],
    ['a rise in the next sentence', 'Năm 2012, nhóm hàng ăn tăng cao nhất với 5,1%. Giá vàng năm 2012 tăng 7,4%.'],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
