import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampDecimals, MAX_DECIMALS, roundTo, truncateTo } from './decimals';

describe('roundTo', () => {
  it.each<[number, number, number]>([
    [3.7547, 1, 3.8],
    [3.75, 1, 3.8],
    [3.65, 1, 3.7],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.255, 2, 1.26],
    [0.5, 0, 1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [186.37, 1, 186.4],
    [10.6, 3, 10.6],
    [1234567.891, 2, 1234567.89],
    [0.1 + 0.2, 1, 0.3],
    [1.5e-7, 7, 2e-7],
    [1e-7, 3, 0],
    [6e-7, 6, 1e-6],
    [0.05, 1, 0.1],
    [9.995, 2, 10],
    [999.96, 1, 1000],
    [3497706325912.4634, 4, 3497706325912.4634],
    [3497706325912.4634, 3, 3497706325912.463],
    [9007199254740.9935, 2, 9007199254740.99],
  ])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe('truncateTo', () => {
  it.each<[number, number, number]>([
    [186.37, 1, 186.3],
    [3.7547, 2, 3.75],
    [-2.59, 1, -2.5],
    [0.29, 1, 0.2],
    [1.1, 1, 1.1],
    [4.35, 1, 4.3],
    [99.999, 0, 99],
  ])('truncateTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(truncateTo(value, decimals)).toBe(expected);
  });
});

describe('clampDecimals', () => {
  it.each<[number, number]>([
    [2, 2],
    [2.9, 2],
    [-1, 0],
    [Number.NaN, 0],
    [1000, MAX_DECIMALS],
  ])('clampDecimals(%d) = %d', (input, expected) => {
    expect(clampDecimals(input)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('never produces -0', () => {
    expect(Object.is(roundTo(-0.0004, 2), 0)).toBe(true);
    expect(Object.is(truncateTo(-0.09, 1), 0)).toBe(true);
  });

  it('passes non-finite values through and leaves huge integers unchanged', () => {
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(roundTo(Number.NaN, 2))).toBe(true);
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(truncateTo(2 ** 53 + 2, 1)).toBe(2 ** 53 + 2);
  });

  it('handles values whose string form uses an exponent', () => {
    expect(roundTo(1.23456e-10, 12)).toBe(1.23e-10);
    expect(roundTo(1e300, MAX_DECIMALS)).toBe(1e300);
  });
});

describe('roundTo properties', () => {
  const formatters = new Map<number, Intl.NumberFormat>();
  const intlRound = (value: number, decimals: number): number => {
    let f = formatters.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: decimals });
      formatters.set(decimals, f);
    }
    return Number(f.format(value));
  };

  it('agrees with Intl.NumberFormat halfExpand rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => {
          expect(roundTo(value, decimals)).toBe(intlRound(value, decimals) || 0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('truncation never moves away from zero and stays within one step', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const cut = truncateTo(value, decimals);
        expect(Math.abs(cut)).toBeLessThanOrEqual(Math.abs(value));
        expect(Math.abs(value - cut)).toBeLessThan(10 ** -decimals + 1e-6);
      }),
    );
  });
});
