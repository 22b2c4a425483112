import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/*
 * Indices after an index of the same sentence. Figures: GSO's farming in the first half of 2019 (winter–spring rice,
 * 3.123,9 thousand ha, 100,7 % of the year before; the north 1.117,1 and 99,1 %, the south 2.006,8 and 101,6 %). Our
 * sentences.
 */
const RICE =
  'Năm 2019 diện tích lúa đông xuân đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó phía Bắc đạt 1.117,1 nghìn ha, ' +
  'bằng 99,1%; phía Nam đạt 2.006,8 nghìn ha, bằng 101,6%.';

// Grammar: bare-index := start "bằng " digits-and-separators "%" end — an index printed without its base
// Example: "bằng 99,1%" is one; "bằng 100,7% cùng kỳ năm trước" names its base.
const BARE_INDEX = /^bằng [\d.,]+%$/u;

function bareIndices(text: string): string[] {
  return extractClaims(text)
    .filter((c) => c.kind === 'index' && BARE_INDEX.test(c.text))
    .map((c) => c.text);
}

describe('carryIndexBase (through extractClaims)', () => {
  it('gives the indices after the first its base', () => {
    expect(extractClaims(RICE).map((c) => c.kind)).toEqual(['value', 'index', 'value', 'index', 'value', 'index']);
    expect(bareIndices(RICE)).toEqual(['bằng 99,1%', 'bằng 101,6%']);
  });

  it('implies the base of a carried index from its own level', () => {
    const north = checkProse(RICE).claims.find((c) => c.text === 'bằng 99,1%');
    expect([north?.kind, north?.verdict, north?.indicator]).toEqual(['index', 'implied', 'phía Bắc']);
    expect(north?.message).toContain('1.127,2');
  });

  // Vĩnh Phúc's winter crops to 15 October 2017 (Cục Thống kê; our words, its figures): the list names the base once, at
  // its end.
  const WINTER =
    'Năm 2017 diện tích cây vụ đông: ngô 7.724 ha, bằng 82,11%; khoai lang 1.123 ha, bằng 72,24%; đỗ tương 447 ha, bằng 36,15%; ' +
    'rau các loại 2.595 ha, bằng 73,92% so với cùng kỳ.';

  it('gives the items before an index that names its base at the end of the list that base', () => {
    expect(bareIndices(WINTER)).toEqual(['bằng 82,11%', 'bằng 72,24%', 'bằng 36,15%']);
    const maize = checkProse(WINTER).claims.find((c) => c.text === 'bằng 82,11%');
    expect([maize?.indicator, maize?.verdict]).toEqual(['ngô', 'implied']);
    expect(maize?.message).toContain('9.407');
  });

  it('passes over the changes in words among the items (Quảng Bình, summer–autumn crop of 2016; our words)', () => {
    const text = 'Năm 2016 Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%; Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%; Lệ Thuỷ thực hiện 10.685,5 ha, bằng 99,5% so cùng kỳ.';
    expect(bareIndices(text)).toEqual(['bằng 99,8%']);
  });

  // GSO, "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020" (the autumn rice; our words, its figures): the first
  // index names the same season a year before; the regions' indices carry it, each with its fall in brackets.
  const AUTUMN = (north: string) =>
    `Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, bằng 98,4% vụ mùa năm trước, trong đó các địa phương phía Bắc đạt 1.050,8 nghìn ha, bằng 98,1% (giảm ${north} nghìn ha); các địa phương phía Nam đạt 534,4 nghìn ha, bằng 98,8% (giảm 6,3 nghìn ha).`;

  it('reads an index on the same season a year before, and carries its base past a bracketed fall', () => {
    const claims = checkProse(AUTUMN('20,1')).claims.filter((c) => c.kind === 'index');
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([
      ['bằng 98,4% vụ mùa năm trước', 'implied'],
      ['bằng 98,1%', 'implied'],
      ['bằng 98,8%', 'implied'],
    ]);
    // The north's index and its fall now meet: a fall of 30,1 cannot be 98,1 %.
    expect(checkProse(AUTUMN('30,1')).checks.map((c) => c.kind)).toEqual(['conflicting-values']);
    expect(checkProse(AUTUMN('20,1')).checks).toEqual([]);
  });

  describe('edge cases', () => {
    it.each([
      ['a rate before an index at the end of the list stays a level', 'Năm 2019 tỷ lệ hộ nghèo bằng 5,2%; thu ngân sách đạt 500 tỷ đồng, bằng 105% so với cùng kỳ.'],
      ['items before an index that names no base stay levels', 'Năm 2017 ngô 7.724 ha, bằng 82,11%; rau các loại 2.595 ha, bằng 73,92%.'],
      ['a share of another base stays a level', 'Năm 2019 doanh thu đạt 500 tỷ đồng, bằng 101,2% cùng kỳ năm trước; thu nhập bình quân đạt 60 triệu đồng, bằng 40% mức bình quân cả nước.'],
      ['no index before it in the sentence', 'Năm 2019 phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%.'],
      ['an index of the sentence before', 'Năm 2019 diện tích đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước. Phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%.'],
      ['"năm trước" more than three words after the figure names no base', 'Năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, bằng 98,4% diện tích lúa vụ mùa của năm trước, trong đó phía Bắc đạt 1.050,8 nghìn ha, bằng 98,1%.'],
      ['a qualifier keeps it a level', 'Năm 2019 diện tích đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó phía Bắc bằng khoảng 99%.'],
    ])('%s', (_name, text) => {
      expect(bareIndices(text)).toEqual([]);
    });
  });
});
