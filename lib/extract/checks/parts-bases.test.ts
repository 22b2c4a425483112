import { describe, expect, it } from 'vitest';
import { checkPartsTotal } from './check-parts-total';
import { extractClaims } from '../finding/extract-claims';

/** The findings of the parts-and-total check that come from the bases the rates imply. */
function baseFindings(text: string) {
  return checkPartsTotal(extractClaims(text), text).findings.filter((f) => f.message.vi.includes('suy từ từng thành phần'));
}

/*
 * Bắc Giang, first half of 2024 (Cục Thống kê, as a paper reported it; our words, its figures): a total that grew 21,3%
 * from exports that grew 22,58% and imports that grew 22,04%, and the plan shares of all three, which agree
 * (23,9 / 0,398 = 60,05; 12,6 / 0,382 + 11,3 / 0,418 = 32,98 + 27,03 = 60,02).
 */
const BAC_GIANG = (total: string, exports: string) =>
  `Sáu tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu ước đạt 23,9 tỷ USD, ${total}, đạt 39,8% kế hoạch, trong đó xuất khẩu đạt 12,6 tỷ USD, ${exports}, đạt 38,2% kế hoạch; nhập khẩu đạt 11,3 tỷ USD, tăng 22,04%, đạt 41,8% kế hoạch.`;

describe('the bases a total and its parts imply', () => {
  it.each<[string, string, [string, number][]]>([
    ['a total that grew less than both its parts (as printed)', BAC_GIANG('tăng 21,3%', 'tăng 22,58%'), [['error', 19.54]]],
    ['a total whose growth lies between its parts\'', BAC_GIANG('tăng 22,3%', 'tăng 22,58%'), []],
    // Kiên Giang's fisheries, July (our words, its figures): the total's change restated in tonnes in brackets still
    // implies its base; the parts fell 4,79% and rose 3,91%, so the total cannot have grown 7,22%.
    [
      'a total that grew more than both its parts, its change restated in brackets',
      'Tháng 7, tổng sản lượng thủy sản khai thác và nuôi trồng đạt 81.616 tấn, tăng 7,22% (tăng 5.498 tấn) so cùng kỳ năm trước. Trong đó, sản lượng khai thác đạt 42.142 tấn, giảm 4,79% so cùng kỳ; sản lượng nuôi trồng đạt 39.474 tấn, tăng 3,91% so cùng kỳ.',
      [['warning', 82250.8]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(baseFindings(text).map((f) => [f.severity, Number(f.computed?.toFixed(2))])).toEqual(expected);
  });

  it('names both sums and the total\'s rate, in both languages', () => {
    const [finding] = baseFindings(BAC_GIANG('tăng 21,3%', 'tăng 22,58%'));
    expect(finding?.message.vi).toBe('Kỳ gốc suy từ từng thành phần cộng lại 10,28 + 9,26 = 19,54 tỷ USD, không bằng 19,70 tỷ USD suy từ tổng (23,9 tỷ USD, tăng 21,3%) trong sai số làm tròn');
    expect(finding?.message.en).toContain('The base values implied by each part add up to 10,28 + 9,26 = 19,54');
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a part without its rate', 'Năm 2023 tổng kim ngạch đạt 23,9 tỷ USD, tăng 21,3%, trong đó xuất khẩu đạt 12,6 tỷ USD, tăng 22,58%; nhập khẩu đạt 11,3 tỷ USD.'],
      ['a part\'s rate printed as a bound', 'Năm 2023 tổng kim ngạch đạt 23,9 tỷ USD, tăng 21,3%, trong đó xuất khẩu đạt 12,6 tỷ USD, tăng hơn 22,58%; nhập khẩu đạt 11,3 tỷ USD, tăng 22,04%.'],
      ['rates on different times', 'Năm 2023 tổng kim ngạch đạt 23,9 tỷ USD, tăng 21,3% so với năm 2022, trong đó xuất khẩu đạt 12,6 tỷ USD, tăng 22,58% so với năm 2021; nhập khẩu đạt 11,3 tỷ USD, tăng 22,04% so với năm 2022.'],
    ])('%s: nothing is implied', (_name, text) => {
      expect(baseFindings(text)).toEqual([]);
    });

    it('some parts only ("trong đó" of three) may imply less than the total, never more', () => {
      const text = (budget: string) =>
        `Năm 2023 thu ngân sách đạt 10.000 tỷ đồng, tăng 10%, trong đó thu nội địa đạt 6.000 tỷ đồng, ${budget}, thu xuất nhập khẩu đạt 2.000 tỷ đồng, tăng 10%.`;
      // 6.000 / 1,2 + 2.000 / 1,1 = 6.818 of 9.091: fine. 6.000 / 0,6 + 1.818 = 11.818 is more than the total's base.
      expect(baseFindings(text('tăng 20%'))).toEqual([]);
      expect(baseFindings(text('giảm 40%')).map((f) => f.severity)).toEqual(['warning']);
    });
  });
});
