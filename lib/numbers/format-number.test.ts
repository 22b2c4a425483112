import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMeasured, formatNumber, formatPercent, NO_FIGURE } from './format-number';

describe('formatNumber', () => {
  it.each<[number, number | undefined, string]>([
    [3957.9, 1, '3.957,9'],
    [1042100, 0, '1.042.100'],
    [1042100, undefined, '1.042.100'],
    [1234, 0, '1.234'],
    [10.6, 1, '10,6'],
    [10.6, 2, '10,60'],
    [3.75471698, undefined, '3,7547'],
    [3.5, undefined, '3,5'],
    [44, undefined, '44'],
    [0.7, 1, '0,7'],
    [-12.5, 1, '-12,5'],
    [-1234567.891, 2, '-1.234.567,89'],
    [147.21, 3, '147,210'],
    [1.005, 2, '1,01'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [400808, 0, '400.808'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
  ])('formatNumber(%d, %s) = %j', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatMeasured and formatPercent', () => {
  it.each<[number, number, string]>([
    [10.6, 1, '10,6'],
    [228.59, 2, '228,59'],
    [147.21, 3, '147,210'],
    [18, 0, '18'],
  ])('formatMeasured({ value: %d, decimals: %d }) = %j', (value, decimals, expected) => {
    expect(formatMeasured({ value, decimals })).toBe(expected);
  });

  it.each<[number, number | undefined, string]>([
    [51.8, 1, '51,8%'],
    [186.37, 1, '186,4%'],
    [-20, 0, '-20%'],
    [104, undefined, '104%'],
  ])('formatPercent(%d, %s) = %j', (value, decimals, expected) => {
    expect(formatPercent(value, decimals)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('never prints a negative zero', () => {
    expect(formatNumber(-0.00001)).toBe('0');
    expect(formatNumber(-0.004, 2)).toBe('0,00');
    expect(formatNumber(-0, 1)).toBe('0,0');
  });

  it('uses a plain hyphen-minus, not U+2212', () => {
    expect(formatNumber(-3.5, 1).charCodeAt(0)).toBe(0x2d);
  });

  it('shows the no-figure mark for NaN and infinities, also as a percent', () => {
    expect(formatNumber(Number.NaN)).toBe(NO_FIGURE);
    expect(formatNumber(Number.POSITIVE_INFINITY, 1)).toBe(NO_FIGURE);
    expect(formatPercent(Number.NEGATIVE_INFINITY, 1)).toBe(NO_FIGURE);
  });

  it('clamps silly decimals counts instead of throwing', () => {
    expect(formatNumber(1.5, -3)).toBe('2');
    expect(formatNumber(1.25, 1.9)).toBe('1,3');
    expect(() => formatNumber(1, 500)).not.toThrow();
  });

  it('gives the same text from the cached formatter on repeated calls', () => {
    const first = formatNumber(3957.9, 1);
    for (let i = 0; i < 1000; i++) formatNumber(i * 1.1, 1);
    expect(formatNumber(3957.9, 1)).toBe(first);
  });
});

describe('formatNumber agrees with Intl vi-VN', () => {
  const intl = (value: number, decimals: number | undefined): string => {
    const out = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 4,
      signDisplay: 'negative',
    }).format(value);
    return out.replace('\u2212', '-');
  };

  it.each<[number, number | undefined]>([
    [1.005, 2],
    [0.125, 2],
    [2.5, 0],
    [-0.004, 2],
    [999.995, 2],
    [1234567.12345, undefined],
    [0.000123, undefined],
    [1e21, 2],
    [123456789012, 0],
  ])('%d at %s decimals', (value, decimals) => {
    expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
  });

  it('for any double and decimals 0–6 or the default', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer().map((n) => n / 1000)),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        (value, decimals) => {
          expect(formatNumber(value, decimals)).toBe(intl(value, decimals));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
