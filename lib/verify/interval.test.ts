import { describe, expect, it } from 'vitest';
import {
  claimInterval,
  halfUnit,
  intersects,
  magnitudeInterval,
  negateInterval,
  truncationInterval,
  valueInterval,
} from './interval';

describe('valueInterval', () => {
  it.each([
    [10.6, 1, 10.55, 10.65],
    [44, 0, 43.5, 44.5],
    [3.35, 2, 3.345, 3.355],
    [1.307, 3, 1.3065, 1.3075],
  ])('%d with %d decimals → [%d, %d]', (value, decimals, lo, hi) => {
    const interval = valueInterval({ value, decimals });
    expect(interval.lo).toBeCloseTo(lo, 12);
    expect(interval.hi).toBeCloseTo(hi, 12);
  });
});

describe('claimInterval', () => {
  it.each([
    ['plain', 3.8, 1, null, 3.75, 3.85],
    ['lower (trên)', 10, 0, 'lower', 9.5, Infinity],
    ['upper (dưới)', 5, 0, 'upper', -Infinity, 5.5],
    ['about widens to ±5%', 100, 0, 'about', 95, 105],
    ['about keeps the rounding half-unit when wider', 2, 0, 'about', 1.5, 2.5],
  ] as const)('%s', (_name, value, decimals, qualifier, lo, hi) => {
    const interval = claimInterval({ value, decimals }, qualifier);
    expect(interval.lo).toBeCloseTo(lo, 12);
    expect(interval.hi).toBeCloseTo(hi, 12);
  });
});

describe('intersects', () => {
  it.each([
    ['overlapping', { lo: 3.73, hi: 3.77 }, { lo: 3.75, hi: 3.85 }, true],
    ['apart', { lo: 3.6, hi: 3.7 }, { lo: 3.75, hi: 3.85 }, false],
    ['touching ends', { lo: 1, hi: 2 }, { lo: 2, hi: 3 }, true],
    ['touching within float noise', { lo: 1, hi: 1.4999999999999982 }, { lo: 1.5, hi: 2.5 }, true],
    ['a gap larger than the epsilon', { lo: 1, hi: 1.4999 }, { lo: 1.5, hi: 2.5 }, false],
    ['inside an unbounded interval', { lo: 3.7, hi: 3.8 }, { lo: 2.5, hi: Infinity }, true],
    ['a point interval', { lo: 2, hi: 2 }, { lo: 1.95, hi: 2.05 }, true],
  ])('%s', (_name, a, b, expected) => {
    expect(intersects(a, b)).toBe(expected);
    expect(intersects(b, a)).toBe(expected);
  });
});

describe('truncationInterval', () => {
  it('is [N, N + 10^−d) for a positive figure', () => {
    const t = truncationInterval({ value: 186.3, decimals: 1 });
    expect(t.lo).toBe(186.3);
    expect(t.hi).toBeCloseTo(186.4, 12);
    expect(t.hiOpen).toBe(true);
    expect(t.loOpen).toBe(false);
  });

  it('is (N − 10^−d, N] for a negative figure', () => {
    const t = truncationInterval({ value: -2, decimals: 0 });
    expect(t).toEqual({ lo: -3, hi: -2, loOpen: true, hiOpen: false });
  });
});

describe('edge cases', () => {
  it('an open end does not meet an interval that only touches it', () => {
    const truncation = truncationInterval({ value: 186.3, decimals: 1 });
    expect(intersects({ lo: 186.4, hi: 186.5 }, truncation)).toBe(false);
    expect(intersects({ lo: 186.39, hi: 186.5 }, truncation)).toBe(true);
  });

  it.each([
    [{ lo: 1, hi: 2 }, { lo: 1, hi: 2 }],
    [{ lo: -3, hi: -1 }, { lo: 1, hi: 3 }],
    [{ lo: -2, hi: 1 }, { lo: 0, hi: 2 }],
    [{ lo: -1, hi: 4 }, { lo: 0, hi: 4 }],
  ])('magnitudeInterval(%o) = %o', (input, expected) => {
    expect(magnitudeInterval(input)).toEqual(expected);
  });

  it('negateInterval flips the ends', () => {
    expect(negateInterval({ lo: -7, hi: -6 })).toEqual({ lo: 6, hi: 7 });
  });

  it('about with a zero figure still allows rounding', () => {
    expect(claimInterval({ value: 0, decimals: 1 }, 'about')).toEqual({ lo: -0.05, hi: 0.05 });
  });
});

describe('halfUnit', () => {
  const decimals = [...Array.from({ length: 25 }, (_, d) => d), -1, 0.5, 2.5, NaN, Infinity];
  it.each(decimals)('equals 0.5 · 10^−%d computed directly', (d) => {
    expect(halfUnit(d)).toBe(0.5 * 10 ** -d);
  });
});
