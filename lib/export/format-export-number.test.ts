import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../numbers/decimals';
import { formatExportNumber } from './format-export-number';

describe('formatExportNumber', () => {
  it.each([
    [3957.9, 1, 'vi', '3.957,9'],
    [3957.9, 1, 'plain', '3957.9'],
    [-12.5, 1, 'vi', '-12,5'],
    [-12.5, 1, 'plain', '-12.5'],
    [1042100, 0, 'vi', '1.042.100'],
    [1042100, 0, 'plain', '1042100'],
    [147.21, 3, 'vi', '147,210'],
    [147.21, 3, 'plain', '147.210'],
    [1.005, 2, 'plain', '1.01'],
    [3.7547, 4, 'vi', '3,7547'],
    [0, 1, 'plain', '0.0'],
  ] as const)('%d with %d decimals, %s → %s', (value, decimals, style, expected) => {
    expect(formatExportNumber(value, decimals, style)).toBe(expected);
  });
});

describe('without grouping (years)', () => {
  it.each([
    [2015, 'vi', '2015'],
    [2015, 'plain', '2015'],
    [1042100.5, 'vi', '1042100,5'],
  ] as const)('%d (%s) → %s', (value, style, expected) => {
    expect(formatExportNumber(value, value % 1 === 0 ? 0 : 1, style, false)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%d gives null (an empty cell)', (value) => {
    expect(formatExportNumber(value, 1, 'vi')).toBeNull();
    expect(formatExportNumber(value, 1, 'plain')).toBeNull();
  });

  it('never writes -0', () => {
    expect(formatExportNumber(-0.04, 1, 'plain')).toBe('0.0');
  });

  it('property: a plain number reads back as the value rounded to its decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatExportNumber(value, decimals, 'plain');
        expect(text).not.toBeNull();
        expect(Number(text)).toBeCloseTo(roundTo(value, decimals), 6);
      }),
    );
  });

  it('property: vi and plain differ only in grouping dots and the decimal mark', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const vi = formatExportNumber(value, decimals, 'vi') ?? '';
        const plain = formatExportNumber(value, decimals, 'plain') ?? '';
        expect(vi.split('.').join('').replace(',', '.')).toBe(plain);
      }),
    );
  });
});
