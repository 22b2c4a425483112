import { describe, expect, it } from 'vitest';
import { readRecognised } from './sqlite-values';

const typed = { code: 'not-a-number', raw: 'abc', file: 'a.csv', row: 3, column: 'Năm 2020' };

describe('readRecognised', () => {
  it.each([
    { name: 'typed warnings are kept', warnings: [typed], more: 2, kept: 1, moreWarnings: 2 },
    { name: 'no moreWarnings field reads as 0', warnings: [typed], more: undefined, kept: 1, moreWarnings: 0 },
  ])('$name', ({ warnings, more, kept, moreWarnings }) => {
    const [r] = readRecognised(JSON.stringify([{ file: 'a.csv', warnings, moreWarnings: more }]));
    expect(r?.warnings).toHaveLength(kept);
    expect(r?.moreWarnings).toBe(moreWarnings);
  });

  describe('edge cases', () => {
    it('text warnings of an older build are counted, not shown', () => {
      const [r] = readRecognised(JSON.stringify([{ file: 'a.csv', warnings: ['Dòng 3: ô không phải số', typed, null] }]));
      expect(r?.warnings).toEqual([typed]);
      expect(r?.moreWarnings).toBe(2);
    });
  });
});
