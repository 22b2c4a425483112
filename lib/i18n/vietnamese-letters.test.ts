import { describe, expect, it } from 'vitest';
import { findVietnamese } from './vietnamese-letters';

describe('findVietnamese', () => {
  it.each<[string, string | null]>([
    ['Growth 3.8 times', null],
    ['bang.csv: row 5, column "2022": "abc" is not a number', null],
    ['Tăng', 'Tăng'],
    ['đ', 'đ'],
    ['ĐẠT', 'ĐẠT'],
    ['ư', 'ư'],
  ])('%s → %s', (text, found) => {
    expect(findVietnamese(text)).toBe(found);
  });

  describe('edge cases', () => {
    it('finds a letter written decomposed (NFD)', () => {
      expect(findVietnamese('Ti\u00ea\u0301ng')).toBe('Tiếng');
    });

    it('shows at most 20 characters either side', () => {
      expect(findVietnamese(`${'a'.repeat(30)}ơ${'b'.repeat(30)}`)).toBe(`${'a'.repeat(20)}ơ${'b'.repeat(20)}`);
    });

    it('does not take other accented letters for Vietnamese', () => {
      expect(findVietnamese('naïve façade über')).toBeNull();
    });
  });
});
