import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../numbers/parse-number';
import { formatExcelNumber, parseNumberFormat } from './number-format';

describe('parseNumberFormat', () => {
  it.each([
    ['0', 5, { kind: 'fixed', decimals: 0, percent: 0, scale: 0 }],
    ['0.0', 5, { kind: 'fixed', decimals: 1, percent: 0, scale: 0 }],
    ['#,##0.00', 5, { kind: 'fixed', decimals: 2, percent: 0, scale: 0 }],
    ['#,##0.000_);(#,##0.000)', -5, { kind: 'fixed', decimals: 3, percent: 0, scale: 0 }],
    ['0.0%', 0.5, { kind: 'fixed', decimals: 1, percent: 1, scale: 0 }],
    ['#,##0,', 5000, { kind: 'fixed', decimals: 0, percent: 0, scale: 1 }],
    ['[Red]0.00;[Blue]-0.0', -1, { kind: 'fixed', decimals: 1, percent: 0, scale: 0 }],
    ['"Tăng "0.0" lần"', 3.8, { kind: 'fixed', decimals: 1, percent: 0, scale: 0 }],
    ['_-* #,##0.0_-;-* #,##0.0_-;_-* "-"??_-;_-@_-', 12.34, { kind: 'fixed', decimals: 1, percent: 0, scale: 0 }],
    ['[$-42A]#,##0.00', 1, { kind: 'fixed', decimals: 2, percent: 0, scale: 0 }],
    ['General', 1, { kind: 'general' }],
    ['dd/mm/yyyy', 40000, { kind: 'general' }],
    ['0.00E+00', 1, { kind: 'general' }],
    ['# ?/?', 1.5, { kind: 'general' }],
    ['@', 1, { kind: 'general' }],
  ])('%j for %d', (code, value, expected) => {
    expect(parseNumberFormat(code, value)).toEqual(expected);
  });
});

describe('formatExcelNumber', () => {
  it.each([
    [3.7547, '0.0', 'vi', '3,8'],
    [1042100, '#,##0', 'vi', '1042100'],
    [147210, '#,##0', 'vi', '147210'],
    [3957.9, '#,##0.0', 'vi', '3957,9'],
    [3957.9, '#,##0.0', 'en', '3957.9'],
    [10.6, 'General', 'vi', '10,6'],
    [10.6, undefined, 'en', '10.6'],
    [44, undefined, 'vi', '44'],
    [0.574, '0.0%', 'vi', '57,4%'],
    [0.5, '0%', 'vi', '50%'],
    [12500000, '#,##0.0,,', 'vi', '12,5'],
    [-12.5, '0.0', 'vi', '-12,5'],
    [-0.04, '0.0', 'vi', '0,0'],
    [1.005, '0.00', 'vi', '1,01'],
    [2.5, '0', 'vi', '3'],
    [0.1 + 0.2, 'General', 'vi', '0,3'],
    [13558, '0.00', 'en', '13558.00'],
  ])('%d with %j (%s) → %j', (value, code, style, expected) => {
    expect(formatExcelNumber(value, code, style as 'vi' | 'en')).toBe(expected);
  });

  it('a General number reads back to the same value in either style', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom<'vi' | 'en'>('vi', 'en'),
        (value, style) => {
          const text = formatExcelNumber(value, 'General', style);
          const parsed = parseNumber(text, style);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value).toBeCloseTo(Number(value.toPrecision(10)), 6);
        },
      ),
    );
  });

  it('a fixed format reads back with the decimals it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 4 }), (units, decimals) => {
        const value = units / 10 ** decimals;
        const code = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
        const parsed = parseNumber(formatExcelNumber(value, code, 'vi'), 'vi');
        expect(parsed.ok && parsed.decimals).toBe(decimals);
        expect(parsed.ok && parsed.value).toBeCloseTo(value, decimals + 1);
        expect(parsed.ok && parsed.ambiguous).toBeFalsy();
      }),
    );
  });
});

describe('edge cases', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY])('%d gives an empty cell', (value) => {
    expect(formatExcelNumber(value, '0.0', 'vi')).toBe('');
  });

  it('an empty format code is General', () => {
    expect(parseNumberFormat('  ', 3)).toEqual({ kind: 'general' });
  });

  it('a format without digit placeholders is General', () => {
    expect(parseNumberFormat('"n/a"', 3)).toEqual({ kind: 'general' });
  });

  it('a semicolon inside quotes does not split sections', () => {
    expect(parseNumberFormat('"a;b"0.00', 3)).toEqual({ kind: 'fixed', decimals: 2, percent: 0, scale: 0 });
  });
});
