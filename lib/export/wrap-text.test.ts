import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './wrap-text';

/** Every character 7 px wide: easy to reason about. */
const mono = (text: string) => text.length * 7;

describe('wrapText', () => {
  it.each<[string, number, string[]]>([
    ['Tổng sản lượng lương thực có hạt', 100, ['Tổng sản lượng', 'lương thực có', 'hạt']],
    ['Thu ngân sách', 1000, ['Thu ngân sách']],
    ['  Thu   ngân\nsách  ', 1000, ['Thu ngân sách']],
    ['Siêudàikhôngcắtđược ngắn', 50, ['Siêudàikhôngcắtđược', 'ngắn']],
    ['a b c d', 21, ['a b', 'c d']],
  ])('%j in %d px → %j', (text, width, expected) => {
    expect(wrapText(text, width, 14, 400, mono)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('blank text gives no lines', () => {
    expect(wrapText('   ', 100, 14, 400, mono)).toEqual([]);
  });

  it('estimates bold wider than regular', () => {
    expect(estimateTextWidth('abcd', 10, 700)).toBeGreaterThan(estimateTextWidth('abcd', 10, 400));
  });

  it('property: no words are lost and every multi-word line fits', () => {
    // Grammar of a generated word: 1 to 12 lowercase letters, Vietnamese ones included. Example: "lương".
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zàáảãạăâđêôơưệ]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 20, max: 300 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, 14, 400, mono);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) if (line.includes(' ')) expect(mono(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
