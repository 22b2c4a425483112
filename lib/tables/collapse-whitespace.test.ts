import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isBlankCell } from './collapse-whitespace';

describe('collapseWhitespace', () => {
  it.each<[string, string]>([
    ['GDP bình quân', 'GDP bình quân'],
    ['  GDP  bình\tquân ', 'GDP bình quân'],
    ['Năm 2022\nso sánh với\r\nnăm 2009', 'Năm 2022 so sánh với năm 2009'],
    ['Triệu\u00a0đồng', 'Triệu đồng'],
    ['a\u202f\u2009b', 'a b'],
    [' ', ''],
    ['', ''],
    ['x ', 'x'],
    [' x', 'x'],
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('isBlankCell', () => {
  it.each<[string, boolean]>([
    ['', true],
    [' \t\n\u00a0', true],
    ['-', false],
    [' a ', false],
  ])('%j → %s', (input, expected) => {
    expect(isBlankCell(input)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('returns the very same string when nothing needs collapsing', () => {
    const s = 'Thu ngân sách trên địa bàn';
    expect(collapseWhitespace(s)).toBe(s);
  });

  it('agrees with a plain regular-expression collapse on every whitespace kind', () => {
    const kinds = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const k of kinds) {
      const s = `a${k}b${k}${k}c${k}`;
      // Grammar: one or more whitespace characters (JavaScript \s). Example: "b\u00a0\u00a0c" → "b c".
      expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });
});
