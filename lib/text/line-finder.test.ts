import { describe, expect, it } from 'vitest';
import { lineFinder } from './line-finder';

describe('lineFinder', () => {
  it.each<[string, number, number]>([
    ['a\nb\nc', 0, 1],
    ['a\nb\nc', 1, 1],
    ['a\nb\nc', 2, 2],
    ['a\nb\nc', 4, 3],
    ['\n\n\nx', 3, 4],
  ])('%j at %i is line %i', (text, offset, line) => {
    expect(lineFinder(text)(offset)).toBe(line);
  });
});

describe('edge cases', () => {
  it('an empty text is one line', () => {
    expect(lineFinder('')(0)).toBe(1);
  });

  it('an offset past the end is on the last line', () => {
    expect(lineFinder('a\nb')(99)).toBe(2);
  });
});
