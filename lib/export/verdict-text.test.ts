import { describe, expect, it } from 'vitest';
import type { Verdict } from '../verify/types';
import { verdictSummaryText } from './verdict-text';

describe('verdictSummaryText', () => {
  it.each<[Verdict[], 'vi' | 'en', string]>([
    [['match', 'wrong_direction', 'match', 'none'], 'vi', '1 Sai chiều, 2 Khớp'],
    [['match', 'mismatch', 'match_points', 'implied'], 'vi', '1 Không khớp, 1 Khớp theo điểm %, 1 Suy ra giá trị, 1 Khớp'],
    [['match', 'mismatch'], 'en', '1 Mismatch, 1 Match'],
    [['match'], 'vi', '1 Khớp'],
  ])('%j (%s) → %j', (verdicts, lang, expected) => {
    expect(verdictSummaryText(verdicts, lang)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('no claims gives an empty text', () => {
    expect(verdictSummaryText([], 'vi')).toBe('');
    expect(verdictSummaryText(['none', 'none'], 'en')).toBe('');
  });
});
