import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildParagraphs, type Paragraph } from './segments';

function flat(paragraphs: Paragraph[]): string[] {
  return paragraphs.map((p) => p.parts.map((x) => (x.kind === 'mark' ? `[${x.id}:${x.text}]` : x.kind === 'page' ? `|${x.page}|` : x.text)).join(''));
}

describe('buildParagraphs', () => {
  it.each<[string, string, { id: number; start: number; end: number }[], string[]]>([
    ['one mark', 'Doanh thu tăng 12%.', [{ id: 0, start: 10, end: 18 }], ['Doanh thu [0:tăng 12%].']],
    ['two paragraphs', 'A tăng 5%.\nB giảm 2%.', [{ id: 0, start: 2, end: 9 }, { id: 1, start: 13, end: 20 }], ['A [0:tăng 5%].', 'B [1:giảm 2%].']],
    ['marks given out of order', 'x 1 y 2', [{ id: 1, start: 6, end: 7 }, { id: 0, start: 2, end: 3 }], ['x [0:1] y [1:2]']],
    ['an overlapping mark is left out', 'abcdef', [{ id: 0, start: 0, end: 4 }, { id: 1, start: 2, end: 6 }], ['[0:abcd]ef']],
    ['a mark past its paragraph is cut', 'ab\ncd', [{ id: 0, start: 1, end: 5 }], ['a[0:b]', 'cd']],
    ['a mark at the very start and end', '12', [{ id: 0, start: 0, end: 2 }], ['[0:12]']],
    ['no marks', 'a\nb', [], ['a', 'b']],
  ])('%s', (_name, text, marks, expected) => {
    expect(flat(buildParagraphs(text, marks))).toEqual(expected);
  });
});

describe('page breaks', () => {
  it.each<[string, string, { id: number; start: number; end: number }[], { page: number; at: number }[], string[]]>([
    ['inside running text', 'Năm 2022 tăng 5%.', [], [{ page: 2, at: 9 }], ['Năm 2022 |2|tăng 5%.']],
    ['at a paragraph start', 'a\nb', [], [{ page: 2, at: 2 }], ['a', '|2|b']],
    ['inside a mark, put after it', 'x tăng 5% y', [{ id: 0, start: 2, end: 9 }], [{ page: 3, at: 4 }], ['x [0:tăng 5%]|3| y']],
    ['on a dropped empty line, at the next paragraph', 'a\n\nb', [], [{ page: 2, at: 2 }], ['a', '|2|b']],
  ])('%s', (_name, text, marks, pages, expected) => {
    expect(flat(buildParagraphs(text, marks, pages))).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('drops empty lines and empty marks', () => {
    expect(flat(buildParagraphs('a\n\nb', [{ id: 0, start: 1, end: 1 }]))).toEqual(['a', 'b']);
  });

  it('keeps every character of every paragraph, in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(80), fc.nat(20)), { maxLength: 8 }), (text, raw) => {
        const marks = raw.map(([start, length], id) => ({ id, start: Math.min(start, text.length), end: Math.min(start + length, text.length) }));
        const joined = buildParagraphs(text, marks).map((p) => p.parts.map((x) => x.text).join(''));
        return joined.join('\n') === text.split('\n').filter((l) => l !== '').join('\n');
      }),
    );
  });
});
