import { describe, expect, it } from 'vitest';
import { VERDICTS, type Verdict } from '@/lib/verify/types';
import { claimVerdicts, countRowVerdicts } from './verdict-counts';

const zero = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;

describe('claimVerdicts', () => {
  it.each([
    { counts: { match: 13, wrong_direction: 1, none: 4 }, expected: ['wrong_direction', 'match'] },
    { counts: { match_truncated: 2, match_points: 1, mismatch: 3 }, expected: ['mismatch', 'match_points', 'match_truncated'] },
    { counts: { implied: 1, unparsed: 1, not_computable: 2 }, expected: ['implied', 'not_computable', 'unparsed'] },
  ])('$expected', ({ counts, expected }) => {
    expect(claimVerdicts({ ...zero, ...counts })).toEqual(expected);
  });

  describe('edge cases', () => {
    it('is empty when there are only rows without claims', () => {
      expect(claimVerdicts({ ...zero, none: 7 })).toEqual([]);
    });
  });
});

describe('countRowVerdicts', () => {
  it.each([
    {
      rows: ['match', 'mismatch', 'match'] as Verdict[],
      expected: [{ verdict: 'mismatch', count: 1 }, { verdict: 'match', count: 2 }],
    },
    {
      rows: ['match_truncated', 'wrong_direction', 'none', 'match_points'] as Verdict[],
      expected: [{ verdict: 'wrong_direction', count: 1 }, { verdict: 'match_points', count: 1 }, { verdict: 'match_truncated', count: 1 }],
    },
  ])('$rows', ({ rows, expected }) => {
    expect(countRowVerdicts(rows.map((verdict) => ({ verdict })))).toEqual(expected);
  });

  describe('edge cases', () => {
    it('ignores rows without a claim and handles no rows', () => {
      expect(countRowVerdicts([{ verdict: 'none' }])).toEqual([]);
      expect(countRowVerdicts([])).toEqual([]);
    });
  });
});
