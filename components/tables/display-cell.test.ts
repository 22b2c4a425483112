import { describe, expect, it } from 'vitest';
import { displayCell } from './display-cell';

describe('displayCell', () => {
  it.each([
    ['comma decimal without groups (an upload)', { raw: '18250,5', value: 18250.5, decimals: 1, warning: null }, '18.250,5'],
    ['point decimal (an English-style upload)', { raw: '1382.08', value: 1382.08, decimals: 2, warning: null }, '1.382,08'],
    ['already vi-VN stays as printed', { raw: '3.957,9', value: 3957.9, decimals: 1, warning: null }, '3.957,9'],
    ['trailing zeros kept', { raw: '4,30', value: 4.3, decimals: 2, warning: null }, '4,30'],
  ])('%s', (_name, cell, expected) => {
    expect(displayCell(cell)).toBe(expected);
  });

  describe('edge cases', () => {
    it('keeps a warned value as printed', () => {
      expect(displayCell({ raw: '147.210', value: 147.21, decimals: 3, warning: { vi: 'đọc là 147,210', en: 'read as 147,210' } })).toBe('147.210');
    });
    it('keeps text that is not a number', () => {
      expect(displayCell({ raw: '-', value: null, decimals: 0, warning: null })).toBe('-');
    });
  });
});
