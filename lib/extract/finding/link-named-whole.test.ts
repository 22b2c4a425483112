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

const LOANS = 'Mười một tháng năm 2024, tổng dư nợ cho vay nền kinh tế đạt 16.471 tỷ đồng, tăng 4% so với đầu năm.';
const BAD_DEBT = (share: string) => `Nợ xấu 179,2 tỷ đồng, tăng 63,6 tỷ đồng so với đầu năm, chiếm ${share}% trên tổng dư nợ.`;

describe('linkSharesOfNamedWhole (through checkProse)', () => {
  it.each<[string, string, [string, number | null]]>([
    ['a whole named by a level a sentence before', `${SOWN} ${HARVEST('62,5')}`, ['match', 62.5]],
    ['the same share printed 65,2', `${SOWN} ${HARVEST('65,2')}`, ['mismatch', 62.5]],
    ['a whole a paragraph before', `${SOWN}\n\n${HARVEST('62,5')}`, ['match', 62.5]],
    // A province's banks, November 2024 (Báo Mới, which names no province; our words, its figures): the part's change
    // between it and its share; the whole named
    // "tổng dư nợ", printed as "tổng dư nợ cho vay nền kinh tế".
    ['a part with a change of its own, a total named with more words', `${LOANS}\n\n${BAD_DEBT('1,09')}`, ['match', 1.09]],
    ['the same share printed 1,29', `${LOANS}\n\n${BAD_DEBT('1,29')}`, ['mismatch', 1.09]],
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
      // GSO's FDI, 7 months of 2018 (our words, its figures): new and additional capital is no total of new capital.
      ['a total that joins another quantity to the whole', 'Tổng số vốn đăng ký cấp mới và vốn tăng thêm trong 7 tháng đạt 18.152,6 triệu USD. Ngành chế biến, chế tạo đạt 5.205,2 triệu USD, chiếm 39,4% tổng vốn đăng ký cấp mới.'],
      ['a level in another unit', `Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585.200 ha. ${HARVEST('62,5')}`],
      ['a level of another year', `${SOWN.replace('2020', '2019')} Năm 2020, ${HARVEST('62,5').replace('Đến giữa tháng Mười, ', '')}`],
      ['a level that gives a share far from the printed one (another quantity)', `${SOWN} ${HARVEST('12,5')}`],
      ['a level too many sentences back', `${SOWN} ${'Thời tiết thuận lợi. '.repeat(7)}${HARVEST('65,2')}`],
    ])('%s: the share stays unchecked', (_name, raw) => {
      expect(shareOf(raw)).toEqual(['none', null]);
    });
  });
});
