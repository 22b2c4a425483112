import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkChangePairs } from './check-change-pairs';

function found(raw: string): string[] {
  return checkChangePairs(extractClaims(raw)).map((f) => `${f.severity} ${f.indicator ?? ''}`);
}

/*
 * Tổng cục Hải quan's trade in the first 7 months of 2017 (via a provincial press copy; our words, its figures):
 * exports 81,09 tỷ USD up 19,8 %, "tương ứng tăng hơn 13,38 tỷ USD"; imports 70,89 tỷ USD up 27,23 %, 15,17 tỷ USD.
 */
describe('checkChangePairs', () => {
  it.each<[string, string, string[]]>([
    ['a change in % and in the unit that agree', 'Kim ngạch xuất khẩu đạt 81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD so với cùng kỳ.', []],
    ['the unit first, then the %', 'Kim ngạch nhập khẩu đạt 70,89 tỷ USD, tăng 15,17 tỷ USD, tương ứng tăng 27,2%.', []],
    ['a planted 25,0% for 27,2%', 'Kim ngạch nhập khẩu đạt 70,89 tỷ USD, tăng 25,0%, tương ứng tăng 15,17 tỷ USD.', ['error Kim ngạch nhập khẩu']],
    ['a planted 31,38 for 13,38 after "hơn"', 'Kim ngạch xuất khẩu đạt 81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 31,38 tỷ USD so với cùng kỳ.', ['error Kim ngạch xuất khẩu']],
    ['a fall in both', 'Thu ngân sách đạt 4.500 tỷ đồng, giảm 10%, tương ứng giảm 500 tỷ đồng.', []],
    ['a fall with a planted amount', 'Thu ngân sách đạt 4.500 tỷ đồng, giảm 10%, tương ứng giảm 600 tỷ đồng.', ['error Thu ngân sách']],
    // 1,2 nghìn tỷ đồng is 1.150–1.250 tỷ đồng: up 20 % from 958–1.042 (950–1.042 if 20 % is cut off); up 320 tỷ đồng
    // from 830–930
    ['an amount in other scale words is converted', 'Vốn đầu tư đạt 1,2 nghìn tỷ đồng, tăng 20%, tương ứng tăng 320 tỷ đồng.', ['error Vốn đầu tư']],
    // Hà Tĩnh, 8 months of 2021 (our words, its figures): an index beside its absolute change; 58.461 / 57.190 = 102,22 %
    ['an index and its change in hectares that agree', 'Diện tích gieo trồng đạt 58.461 ha, bằng 102,22% so với cùng kỳ (tăng 1.271 ha).', []],
    ['a planted index of 103,22%', 'Diện tích gieo trồng đạt 58.461 ha, bằng 103,22% so với cùng kỳ (tăng 1.271 ha).', ['error Diện tích gieo trồng']],
    ['an index below 100 and a fall', 'Diện tích gieo trồng đạt 57.190 ha, bằng 97,83% so với cùng kỳ (giảm 1.271 ha).', []],
  ])('%s', (_name, raw, expected) => {
    expect(found(raw)).toEqual(expected);
  });

  it('gives the index the amount makes', () => {
    const [f] = checkChangePairs(extractClaims('Diện tích gieo trồng đạt 58.461 ha, bằng 103,22% so với cùng kỳ (tăng 1.271 ha).'));
    expect(f?.message.vi).toContain('(“tăng 1.271 ha” cho chỉ số 102,22%)');
    expect(f?.message.en).toContain('(“tăng 1.271 ha” gives an index of 102,22%)');
  });

  it('gives both bases and the rate the amount is', () => {
    const [f] = checkChangePairs(extractClaims('Kim ngạch nhập khẩu đạt 70,89 tỷ USD, tăng 25,0%, tương ứng tăng 15,17 tỷ USD.'));
    expect(f?.message.vi).toBe('“Kim ngạch nhập khẩu”: “tăng 25,0%” đến 70,89 tỷ USD cho kỳ gốc khoảng 56,71, còn “tăng 15,17 tỷ USD” cho 55,72: hai mức tăng không thể cùng đúng (“tăng 15,17 tỷ USD” là 27,23%)');
    expect(f?.message.en).toContain('the two changes cannot both be right');
  });
});

describe('edge cases', () => {
  it.each<[string, string]>([
    ['an amount in other scale words that agrees', 'Vốn đầu tư đạt 1,2 nghìn tỷ đồng, tăng 20%, tương ứng tăng 200 tỷ đồng.'],
    ['two changes of two items are no pair', 'Xuất khẩu đạt 81,09 tỷ USD, tăng 19,8%; nhập khẩu tăng 15,17 tỷ USD.'],
    ['a change in points is no amount of the level', 'Tỷ lệ đô thị hóa đạt 40,5%, tăng 2,1%, tương ứng tăng 0,8 điểm phần trăm.'],
    // Hà Tĩnh, 8 months of 2021: 223.951 / 212.845 = 105,218 %, printed 105,21 % (cut off, not rounded: spec §3 match_truncated)
    ['an index cut off instead of rounded', 'Sản lượng lúa ước đạt 223.951 tấn, so với thực hiện cùng kỳ năm trước bằng 105,21% (tăng 11.106 tấn).'],
    ['an index that is about the amount', 'Diện tích gieo trồng đạt 58.461 ha, bằng khoảng 105% so với cùng kỳ (tăng 1.271 ha).'],
    ['two changes in other directions are not compared', 'Thu ngân sách đạt 4.500 tỷ đồng, giảm 10%, nhưng tăng 600 tỷ đồng so với kế hoạch.'],
  ])('%s', (_name, raw) => {
    expect(found(raw)).toEqual([]);
  });
});
