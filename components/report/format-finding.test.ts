import { describe, expect, it } from 'vitest';
import type { CellView } from '@/lib/dataset/types';
import { impliedDecimals, printedValue } from './format-finding';


function cell(year: number, raw: string, value: number | null): CellView {
  return { year, raw, value, decimals: 1, warning: null };
}

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

describe('impliedDecimals', () => {
  it.each([
    {
      name: 'a missing plan, from the achieved value',
      row: { implied: { side: 'from' as const, value: 20.8654 }, from: { year: 2015, value: null }, to: { year: 2015, value: 21.7 }, cells: [cell(2015, '21,7', 21.7)] },
      expected: 1,
    },
    {
      name: 'a missing later value, from the earlier one',
      row: { implied: { side: 'to' as const, value: 400.808 }, from: { year: 2015, value: 400808 }, to: { year: 2022, value: null }, cells: [{ ...cell(2015, '400.808', 400808), decimals: 0 }] },
      expected: 0,
    },
  ])('$name', ({ row, expected }) => {
    expect(impliedDecimals(row)).toBe(expected);
  });

  describe('edge cases', () => {
    it('falls back to 2 decimals when the other value is not in the table', () => {
      expect(impliedDecimals({ implied: { side: 'to', value: 1.5 }, from: null, to: null, cells: [] })).toBe(2);
      expect(impliedDecimals({ implied: { side: 'to', value: 1.5 }, from: { year: 2015, value: 3 }, to: null, cells: [] })).toBe(2);
    });
  });
});
