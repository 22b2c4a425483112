import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { bracketLists } from './bracket-parts';
import { claimsBySentence, sentenceSpans } from './sentence-spans';

/** Every total with its parts in brackets, as [total, ...parts, whole?]. */
function listsOf(text: string): (number | boolean)[][] {
  const claims = extractClaims(text);
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  return sentences.flatMap((s) => bracketLists(text, s, bySentence.get(s) ?? [])).map((l) => [l.total.value, ...l.parts.map((p) => p.value), l.exhaustive]);
}

// Sentences written for these tests. Figures:
// - Quảng Nam, May 2015 (baoquangnam.vn, "Tin vắn"): 349.000 visits, about 210.000 international and 139.000 domestic;
// - Hòa Bình, tourism of 2022 (doanhnghiephoinhap.vn): revenue of 2.400 tỷ đồng; the split of it below is invented.
describe('bracketLists', () => {
  it.each<[string, string, (number | boolean)[][]]>([
    [
      'visitors split in brackets, each part with its own change',
      'Tháng 5/2015, khách đến tỉnh ước đạt 349.000 lượt, tăng 11,25% (khách quốc tế 210.000 lượt, tăng 7,45%; khách trong nước 139.000 lượt, tăng 17,53%).',
      [[349000, 210000, 139000, true]],
    ],
    ['a list that ends with the rest is whole (invented split)', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng, thu khác 500 tỷ đồng).', [[2400, 900, 1000, 500, true]]],
    ['a list of named parts may be some of them (invented split)', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng).', [[2400, 900, 1000, false]]],
    ['"nam" names the men, not a year (invented counts)', 'Năm 2022 toàn tỉnh đào tạo nghề cho 1.116 người (nam 512 người, nữ 604 người).', [[1116, 512, 604, true]]],
  ])('%s', (_name, text, expected) => {
    expect(listsOf(text)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['a year before in brackets', 'Tháng 5/2015, khách đến tỉnh ước đạt 349.000 lượt (tháng 5/2014 đạt 313.700 lượt, năm 2013 đạt 290.000 lượt).'],
    ['a plan and the same period a year before', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (kế hoạch 2.200 tỷ đồng, cùng kỳ 1.100 tỷ đồng).'],
    ['changes in brackets', 'Tháng 5/2015, khách đến tỉnh ước đạt 349.000 lượt (tăng 35.300 lượt, tăng 20.000 lượt khách quốc tế).'],
    ['a marker in brackets (check-parts-total.ts reads it)', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (trong đó lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng).'],
    ['one part only', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (lưu trú 900 tỷ đồng).'],
    ['parts in another unit than the total', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (khách quốc tế 100 nghìn lượt, khách nội địa 2,48 triệu lượt).'],
    ['a level between the total and the brackets', 'Năm 2022 doanh thu đạt 2.400 tỷ đồng, số khách 2,58 triệu lượt (lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng).'],
    ['figures with no name', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (900 tỷ đồng; 1.000 tỷ đồng).'],
    ['a bracket left open', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng (lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng'],
    ['no brackets', 'Năm 2022 doanh thu du lịch đạt 2.400 tỷ đồng, lưu trú 900 tỷ đồng, ăn uống 1.000 tỷ đồng.'],
  ])('%s: no list', (_name, text) => {
    expect(listsOf(text)).toEqual([]);
  });
});
