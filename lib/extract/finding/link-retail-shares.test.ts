import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

// Cần Thơ, January 2023 (Cục Thống kê TP Cần Thơ, via Báo Cần Thơ; our words, its figures): 8.642,53 of 11.423,94 tỉ đồng
// is 75,65 %, 1.496,12 is 13,10 %, 65,27 is 0,57 %. "13,2%" is our slip.
const TOTAL = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2023 ước đạt 11.423,94 tỉ đồng, tăng 4,33% so với tháng trước.';

function shares(text: string): [string, string][] {
  return checkProse(text).claims.filter((c) => c.kind === 'share').map((c) => [c.text, c.verdict]);
}

describe('linkRetailShares: a part\'s share of the retail total', () => {
  it.each<[string, string, [string, string][]]>([
    ['after a comma, a paragraph below the total', `${TOTAL}\n\nDoanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng, chiếm 75,65% tổng mức.`, [['chiếm 75,65%', 'match']]],
    ['in brackets', `${TOTAL} Doanh thu du lịch lữ hành ước đạt 65,27 tỉ đồng (chiếm 0,57%).`, [['chiếm 0,57%', 'match']]],
    ['a share printed wrong', `${TOTAL} Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỉ đồng, chiếm 13,2%.`, [['chiếm 13,2%', 'mismatch']]],
  ])('%s', (_name, text, expected) => {
    expect(shares(text)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      // Without the total nothing is the whole.
      ['no total printed', 'Doanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng, chiếm 75,65% tổng mức.'],
      // A bound is no term of a share ("trên 18.800 tỷ đồng (chiếm hơn 77%)", Thái Nguyên).
      ['a part printed as a bound', `${TOTAL} Doanh thu bán lẻ hàng hóa ước đạt trên 8.642 tỉ đồng, chiếm 75,65%.`],
      // A part of another month than the total is no part of it.
      ['a part of another month', `${TOTAL} Tháng 12/2022 doanh thu bán lẻ hàng hóa đạt 8.000 tỉ đồng, chiếm 75,65%.`],
      // A name that is no part of the retail total.
      ['no retail part', `${TOTAL} Doanh thu vận tải ước đạt 900 tỉ đồng, chiếm 7,9%.`],
    ])('%s: no verdict', (_name, text) => {
      expect(shares(text).map(([, verdict]) => verdict).filter((v) => v !== 'none')).toEqual([]);
    });
  });
});
