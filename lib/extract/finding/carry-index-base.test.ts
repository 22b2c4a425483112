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

  describe('edge cases', () => {
    it.each([
      ['a share of another base stays a level', 'Năm 2019 doanh thu đạt 500 tỷ đồng, bằng 101,2% cùng kỳ năm trước; thu nhập bình quân đạt 60 triệu đồng, bằng 40% mức bình quân cả nước.'],
      ['no index before it in the sentence', 'Năm 2019 phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%.'],
      ['an index of the sentence before', 'Năm 2019 diện tích đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước. Phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%.'],
      ['a qualifier keeps it a level', 'Năm 2019 diện tích đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó phía Bắc bằng khoảng 99%.'],
    ])('%s', (_name, text) => {
      expect(bareIndices(text)).toEqual([]);
    });
  });
});
