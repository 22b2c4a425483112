import { describe, expect, it } from 'vitest';
import { checkPartsTotal } from './check-parts-total';
import { extractClaims } from '../finding/extract-claims';

function findings(raw: string) {
  return checkPartsTotal(extractClaims(raw), raw).findings.map((f) => [f.kind, f.severity, f.computed]);
}

// Cần Thơ, January 2023 (Cục Thống kê TP Cần Thơ, via Báo Cần Thơ; our words, its figures): 8.642,53 + 1.496,12 + 65,27 +
// 1.220,02 = 11.423,94 tỉ đồng exactly. "(changed)" rows change one part, as a drafting slip would.
const TOTAL = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2023 ước đạt 11.423,94 tỉ đồng, tăng 4,33% so với tháng trước.';
const part = (retail: string, lodging: string, travel: string, other: string) =>
  `${TOTAL}\n\nDoanh thu bán lẻ hàng hóa ước đạt ${retail} tỉ đồng, tăng 2,68% so với tháng trước.\n\nDoanh thu dịch vụ lưu trú, ăn uống ước đạt ${lodging} tỉ đồng. Doanh thu du lịch lữ hành ước đạt ${travel} tỉ đồng.\n\nDoanh thu dịch vụ khác ước đạt ${other} tỉ đồng.`;

describe('retailLists: the retail total against its four parts', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['four parts that add up', part('8.642,53', '1.496,12', '65,27', '1.220,02'), []],
    ['other services changed', part('8.642,53', '1.496,12', '65,27', '1.320,02'), [['parts-not-total', 'error', 11523.94]]],
    ['retail changed, below the total', part('8.542,53', '1.496,12', '65,27', '1.220,02'), [['parts-not-total', 'error', 11323.94]]],
    // Bình Định's first quarter of 2024 names the travel part "dịch vụ lữ hành".
    ['the travel part named "dịch vụ lữ hành", changed', part('8.642,53', '1.496,12', '65,27', '1.320,02').replace('du lịch lữ hành', 'dịch vụ lữ hành'), [['parts-not-total', 'error', 11523.94]]],
  ])('%s', (_name, raw, expected) => {
    const got = findings(raw);
    expect(got.map(([k, s, c]) => [k, s, typeof c === 'number' ? Math.round(c * 100) / 100 : c])).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each([
      // Three parts are not the whole: the travel services may be left out of the text.
      ['three parts only', `${TOTAL} Doanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng. Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỉ đồng. Doanh thu dịch vụ khác ước đạt 1.220,02 tỉ đồng.`],
      // Parts of another time than the total (the month's parts after the cumulative total) are no parts of it.
      ['parts of another month', 'Tính chung 3 tháng năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 34.000 tỉ đồng. Tháng 3/2023 doanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng, doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỉ đồng, doanh thu du lịch lữ hành ước đạt 65,27 tỉ đồng, doanh thu dịch vụ khác ước đạt 1.220,02 tỉ đồng.'],
      // Parts far from the total are another quantity (a year's total against a month's parts).
      ['parts far from the total', part('642,53', '96,12', '5,27', '20,02')],
      // Shares of the total are no levels.
      ['shares', `${TOTAL} Doanh thu bán lẻ hàng hóa chiếm 75,7%, dịch vụ lưu trú, ăn uống chiếm 13,1%, du lịch lữ hành chiếm 0,6%, dịch vụ khác chiếm 10,6%.`],
    ])('%s gives no finding', (_name, raw) => {
      expect(findings(raw)).toEqual([]);
    });
  });
});
