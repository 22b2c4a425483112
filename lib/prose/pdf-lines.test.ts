import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPage, type PositionedText } from './pdf-lines';

const at = (text: string, x: number, y: number, width = text.length * 5): PositionedText => ({ text, x, y, width, height: 10 });

describe('layoutPage', () => {
  it.each<[string, PositionedText[], string]>([
    ['one line', [at('Năm 2022 đạt 845,5 triệu USD.', 72, 700)], 'Năm 2022 đạt 845,5 triệu USD.'],
    ['lines top to bottom', [at('dưới', 72, 680), at('trên', 72, 700)], 'trên\ndưới'],
    ['a word split across two pieces', [at('tri', 72, 700, 15), at('ệu', 87, 700)], 'triệu'],
    ['a word gap', [at('tăng', 72, 700, 20), at('5,2%', 95, 700)], 'tăng 5,2%'],
    ['a space piece between words', [at('tăng', 72, 700, 20), at(' ', 92, 700, 2), at('5,2%', 94, 700)], 'tăng 5,2%'],
    ['table cells far apart', [at('Chỉ tiêu', 72, 700), at('Năm 2021', 300, 700), at('1.234,5', 400, 700)], 'Chỉ tiêu\tNăm 2021\t1.234,5'],
    ['a baseline a little off', [at('a', 72, 700), at('b', 80, 702)], 'a b'],
  ])('%s', (_label, pieces, text) => {
    expect(layoutPage(pieces)).toBe(text);
  });
});

describe('edge cases', () => {
  it.each<[string, PositionedText[], string]>([
    ['no pieces', [], ''],
    ['only spaces', [at('  ', 72, 700)], ''],
    ['runs of spaces inside a piece', [at('a   b', 72, 700)], 'a b'],
  ])('%s', (_label, pieces, text) => {
    expect(layoutPage(pieces)).toBe(text);
  });
});

describe('property', () => {
  it('keeps every piece\'s words, each line\'s pieces left to right', () => {
    const piece = fc.record({
      text: fc.stringMatching(/^[a-zăâđêôơư0-9,.%]{1,12}$/u),
      x: fc.integer({ min: 0, max: 500 }),
      y: fc.integer({ min: 0, max: 800 }),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (raw) => {
        const pieces = raw.map((p) => at(p.text, p.x, p.y));
        const out = layoutPage(pieces);
        const letters = (s: string): string => [...s.replace(/\s+/gu, '')].sort().join('');
        expect(letters(out)).toBe(letters(pieces.map((p) => p.text).join('')));
      }),
    );
  });
});
