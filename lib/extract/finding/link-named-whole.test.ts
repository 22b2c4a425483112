import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/** The verdict and the recomputed share of the one share of `raw`. */
function shareOf(raw: string): [string, number | null] | null {
  const share = checkProse(raw).claims.find((c) => c.kind === 'share');
  return share === undefined ? null : [share.verdict, share.computed === null ? null : Math.round(share.computed * 100) / 100];
}

// GSO, "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020" (the autumn rice; our words, its figures): 1.585,2
// nghìn ha sown, 990,7 nghìn ha harvested by mid-October, 62,5 % of the sown area.
const SOWN = 'Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, bằng 98,4% vụ trước.';
const HARVEST = (share: string, whole = 'diện tích gieo cấy') =>
  `Đến giữa tháng Mười, cả nước thu hoạch được 990,7 nghìn ha lúa mùa, chiếm ${share}% ${whole} và bằng 97,2% cùng kỳ năm trước.`;

describe('linkSharesOfNamedWhole (through checkProse)', () => {
  it.each<[string, string, [string, number | null]]>([
    ['a whole named by a level a sentence before', `${SOWN} ${HARVEST('62,5')}`, ['match', 62.5]],
    ['the same share printed 65,2', `${SOWN} ${HARVEST('65,2')}`, ['mismatch', 62.5]],
    ['a whole a paragraph before', `${SOWN}\n\n${HARVEST('62,5')}`, ['match', 62.5]],
  ])('%s', (_name, raw, expected) => {
    expect(shareOf(raw)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['no level of that name before', HARVEST('62,5')],
      // Invented: a total whose name is all measure words names no level by itself.
      ['a whole named by measure words only', `Năm 2023 tổng kim ngạch đạt 500 tỷ USD. Xuất khẩu đạt 200 tỷ USD, chiếm 40,1% tổng kim ngạch.`],
      // Invented: the level before names more than the whole (the state's capital is no total capital).
      ['a level whose name says more than the whole', 'Năm 2023 vốn đầu tư nhà nước đạt 200 nghìn tỷ đồng. Vốn ngoài nhà nước đạt 150 nghìn tỷ đồng, chiếm 30% tổng vốn đầu tư.'],
      ['a level in another unit', `Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585.200 ha. ${HARVEST('62,5')}`],
      ['a level of another year', `${SOWN.replace('2020', '2019')} Năm 2020, ${HARVEST('62,5').replace('Đến giữa tháng Mười, ', '')}`],
      ['a level that gives a share far from the printed one (another quantity)', `${SOWN} ${HARVEST('12,5')}`],
      ['a level too many sentences back', `${SOWN} ${'Thời tiết thuận lợi. '.repeat(7)}${HARVEST('65,2')}`],
    ])('%s: the share stays unchecked', (_name, raw) => {
      expect(shareOf(raw)).toEqual(['none', null]);
    });
  });
});
