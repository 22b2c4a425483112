import { describe, expect, it } from 'vitest';
import { bracketDepthReader } from './bracket-depth';

describe('bracketDepthReader', () => {
  const text = 'tăng 5% (năm 2022 tăng 3% (ước)), tăng 7%';
  it.each<[number, boolean]>([
    [0, false],
    [9, true],
    [27, true],
    [33, false],
    [text.length, false],
  ])('position %i inside brackets: %s', (at, expected) => {
    expect(bracketDepthReader(text)(at)).toBe(expected);
  });

  it('answers positions asked in order from one reading', () => {
    const inside = bracketDepthReader(text);
    expect([0, 9, 27, 33].map(inside)).toEqual([false, true, true, false]);
  });

  describe('edge cases', () => {
    it('never goes below zero on a stray closing bracket', () => {
      const inside = bracketDepthReader(') tăng 5% (năm 2022');
      expect(inside(3)).toBe(false);
      expect(inside(19)).toBe(true);
    });
    it('reads an empty text', () => expect(bracketDepthReader('')(0)).toBe(false));
  });
});
