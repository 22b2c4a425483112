import { describe, expect, it } from 'vitest';
import { checkTradeBalance } from './check-trade-balance';
import { extractClaims } from '../finding/extract-claims';

function findings(text: string) {
  return checkTradeBalance(extractClaims(text), text);
}

// Sentences written for these tests. Figures: GSO, 9 months of 2023 (exports 259,67, imports 237,99, a surplus of
// 21,68 tỷ USD); Cục Thống kê, 9 months of 2025 (a surplus of 16,82; exports 348,74 and imports 331,92 derived by us
// from it and the total 680,66). The deficit and the planted figures are ours.
const TRADE_2023 = 'Tính chung 9 tháng năm 2023, kim ngạch xuất khẩu hàng hóa đạt 259,67 tỷ USD; nhập khẩu hàng hóa đạt 237,99 tỷ USD.';

describe('checkTradeBalance', () => {
  it.each<[string, string, number]>([
    ['a surplus that is exports minus imports', `${TRADE_2023} Cán cân thương mại hàng hóa xuất siêu 21,68 tỷ USD.`, 0],
    ['a planted surplus', `${TRADE_2023} Cán cân thương mại hàng hóa xuất siêu 12,68 tỷ USD.`, 1],
    ['an estimate of the surplus', 'Chín tháng năm 2025, xuất khẩu đạt 348,74 tỷ USD, nhập khẩu đạt 331,92 tỷ USD; ước tính xuất siêu 16,82 tỷ USD.', 0],
    ['a deficit that is imports minus exports', 'Tháng 1/2024, xuất khẩu đạt 26,1 tỷ USD, nhập khẩu đạt 26,4 tỷ USD, nhập siêu 0,3 tỷ USD.', 0],
    ['a deficit printed as the surplus would be', 'Tháng 1/2024, xuất khẩu đạt 26,1 tỷ USD, nhập khẩu đạt 26,4 tỷ USD, nhập siêu 0,5 tỷ USD.', 1],
    // Chi cục Thống kê Đồng Nai, 5 months of 2025 (exports 10,81, imports 7,58, a surplus of 3,23 tỷ USD); our sentences,
    // the 4,23 and the deficit planted.
    ['a "thặng dư thương mại" that is exports minus imports', 'Năm tháng đầu năm 2025, xuất khẩu đạt 10,81 tỷ USD, nhập khẩu đạt 7,58 tỷ USD, giúp tỉnh đạt thặng dư thương mại lên tới 3,23 tỷ USD.', 0],
    ['a planted "thặng dư thương mại"', 'Năm tháng đầu năm 2025, xuất khẩu đạt 10,81 tỷ USD, nhập khẩu đạt 7,58 tỷ USD, giúp tỉnh đạt thặng dư thương mại lên tới 4,23 tỷ USD.', 1],
    // Bắc Ninh, nine months of 2025 (a provincial paper; our words, its figures, the 3,2 planted): estimates "ước đạt" are
    // the figures the balance was worked out from (the check skipped them).
    ['a surplus of estimates', 'Tính chung 9 tháng năm 2025, giá trị xuất khẩu ước đạt 65,7 tỷ USD, tăng 26,4%; giá trị nhập khẩu ước đạt 63,5 tỷ USD. Cán cân thương mại hàng hóa xuất siêu 2,2 tỷ USD.', 0],
    ['a planted surplus of estimates', 'Tính chung 9 tháng năm 2025, giá trị xuất khẩu ước đạt 65,7 tỷ USD, tăng 26,4%; giá trị nhập khẩu ước đạt 63,5 tỷ USD. Cán cân thương mại hàng hóa xuất siêu 3,2 tỷ USD.', 1],
    ['a surplus of levels printed only about', 'Tính chung 9 tháng năm 2025, giá trị xuất khẩu khoảng 65,7 tỷ USD; giá trị nhập khẩu khoảng 63,5 tỷ USD. Cán cân thương mại hàng hóa xuất siêu 3,2 tỷ USD.', 0],
    // Long An, November 2011 (our words, its figures; the 15,5 planted): the exports and imports "của tỉnh".
    ['a surplus of the province\'s exports and imports', 'Tháng 11, kim ngạch xuất khẩu của tỉnh ước đạt 177,5 triệu USD, nhập khẩu đạt 164 triệu USD. Như vậy, tỉnh xuất siêu 13,5 triệu USD.', 0],
    ['a planted surplus of the province\'s exports and imports', 'Tháng 11, kim ngạch xuất khẩu của tỉnh ước đạt 177,5 triệu USD, nhập khẩu đạt 164 triệu USD. Như vậy, tỉnh xuất siêu 15,5 triệu USD.', 1],
    ['a "thâm hụt thương mại" printed as the surplus would be', 'Năm tháng đầu năm 2025, xuất khẩu đạt 7,58 tỷ USD, nhập khẩu đạt 10,81 tỷ USD, thâm hụt thương mại 4,23 tỷ USD.', 1],
  ])('%s', (_name, text, count) => {
    expect(findings(text)).toHaveLength(count);
  });

  it('writes the arithmetic and the rounding it allows', () => {
    const [finding] = findings(`${TRADE_2023} Cán cân thương mại hàng hóa xuất siêu 12,68 tỷ USD.`);
    expect(finding).toMatchObject({ kind: 'parts-not-total', severity: 'error', claims: [0, 1, 2], year: 2023 });
    expect(finding?.computed).toBeCloseTo(21.68, 9);
    expect(finding?.message.vi).toBe(
      'xuất khẩu − nhập khẩu: 259,67 − 237,99 = 21,68 tỷ USD, không bằng mức xuất siêu 12,68 tỷ USD (chênh 9,00, sai số làm tròn tối đa ±0,015)',
    );
    expect(finding?.message.en).toMatch(/^exports − imports: 259,67 − 237,99 = 21,68 billion USD, not the printed surplus of 12,68 billion USD/);
  });

  describe('edge cases', () => {
    it.each([
      ['a surplus with one partner', `${TRADE_2023} Trong đó xuất siêu sang Hoa Kỳ 60,5 tỷ USD.`],
      ['a balance in another paragraph', `${TRADE_2023}\n\nCán cân thương mại hàng hóa xuất siêu 12,68 tỷ USD.`],
      ['a balance of another time than the levels', 'Tháng 9/2023, xuất khẩu đạt 28,8 tỷ USD; nhập khẩu đạt 26,5 tỷ USD. Tính chung 9 tháng năm 2023 xuất siêu 21,68 tỷ USD.'],
      ['a balance without imports beside it', 'Tính chung 9 tháng năm 2023, kim ngạch xuất khẩu hàng hóa đạt 259,67 tỷ USD. Xuất siêu 12,68 tỷ USD.'],
      // GSO, 5 months of 2023 (via qdnd.vn): the total of exports and imports is no import level; our sentence
      [
        'the total of exports and imports beside the exports',
        'Năm tháng đầu năm 2023, tổng kim ngạch xuất, nhập khẩu hàng hóa đạt 196,84 tỷ USD, trong đó xuất khẩu hàng hóa đạt 99,36 tỷ USD; cán cân thương mại xuất siêu 1,9 tỷ USD.',
      ],
    ])('%s: not checked', (_name, text) => {
      expect(findings(text)).toEqual([]);
    });
  });
});
