import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTexts, packTexts, textAt } from './packed-texts';

describe('packTexts', () => {
  it.each([
    [['{"row":2}', 'Tăng 3,8 lần', 'Giảm 1,2 điểm phần trăm']],
    [['Đạt 110,6% kế hoạch']],
  ])('gives back every text of %j', (texts) => {
    const packed = packTexts(texts);
    expect(texts.map((_, i) => textAt(packed, i))).toEqual(texts);
    expect(countTexts(packed)).toBe(texts.length);
  });

  describe('edge cases', () => {
    it.each([
      ['no texts', [] as string[]],
      ['empty texts', ['', '', 'a', '']],
      ['astral characters', ['𝟙', '𝟚𝟛']],
    ])('%s', (_name, texts) => {
      const packed = packTexts(texts);
      expect(texts.map((_, i) => textAt(packed, i))).toEqual(texts);
    });

    it('past the last text gives undefined', () => {
      expect(textAt(packTexts(['a']), 1)).toBeUndefined();
    });

    it('any list of texts round-trips (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.string({ unit: 'grapheme' })), (texts) => {
          const packed = packTexts(texts);
          expect(texts.map((_, i) => textAt(packed, i))).toEqual(texts);
        }),
      );
    });
  });
});
