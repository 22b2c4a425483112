import { describe, expect, it } from 'vitest';
import type { CellView } from '@/lib/dataset/types';
import { formatComputed, printedValue } from './format-finding';

const words = { times: 'lần', points: 'điểm %', perYear: '%/năm' };

function cell(year: number, raw: string, value: number | null): CellView {
  return { year, raw, value, decimals: 1, warning: null };
}

describe('formatComputed', () => {
  it.each([
    { computed: 3.7547, kind: 'ratio', expected: '3,7547 lần' },
    { computed: 2, kind: 'ratio-down', expected: '2 lần' },
    { computed: 275.4717, kind: 'percent', expected: '275,4717%' },
    { computed: 104.33, kind: 'plan', expected: '104,33%' },
    { computed: 10.5, kind: 'average-annual', expected: '10,5%/năm' },
    { computed: 28.75, kind: 'points', expected: '28,75 điểm %' },
    { computed: 785, kind: 'absolute', expected: '785' },
    { computed: 3957.9, kind: null, expected: '3.957,9' },
  ])('$kind $computed → $expected', ({ computed, kind, expected }) => {
    expect(formatComputed(computed, kind, words)).toBe(expected);
  });

  describe('edge cases', () => {
    it('is null when nothing was computed', () => {
      expect(formatComputed(null, 'ratio', words)).toBeNull();
    });
  });
});

describe('printedValue', () => {
  const row = {
    from: { year: 2009, value: 393.6 },
    to: { year: 2022, value: 3957.9 },
    cells: [cell(2009, '393,6', 393.6), cell(2022, '3.957,9', 3957.9)],
  };

  it.each([
    { side: 'from' as const, expected: '393,6' },
    { side: 'to' as const, expected: '3.957,9' },
  ])('$side → $expected', ({ side, expected }) => {
    expect(printedValue(row, side)).toBe(expected);
  });

  describe('edge cases', () => {
    it('formats the value when the table has no cell for it (a plan column)', () => {
      expect(printedValue({ from: { year: 2015, value: 1382.08 }, to: null, cells: [cell(2015, '1.500', 1500)] }, 'from')).toBe('1.382,08');
    });
    it('is null for a missing value or side', () => {
      expect(printedValue({ from: { year: 2015, value: null }, to: null, cells: [] }, 'from')).toBeNull();
      expect(printedValue({ from: null, to: null, cells: [] }, 'to')).toBeNull();
    });
  });
});
