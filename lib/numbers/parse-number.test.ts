import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';
import type { NumberStyle, ParsedNumber } from './types';

const ok = (value: number, decimals: number, extra: Partial<Extract<ParsedNumber, { ok: true }>> = {}): ParsedNumber => ({
  ok: true,
  value,
  decimals,
  ...extra,
});
const ambiguous = (thousands: number, decimal: number, negative = false): ParsedNumber => {
  const sign = negative ? -1 : 1;
  return ok(sign * thousands, 0, {
    ambiguous: { thousands: { value: sign * thousands, decimals: 0 }, decimal: { value: sign * decimal, decimals: 3 } },
  });
};
const MISSING: ParsedNumber = { ok: false, reason: 'missing' };
const NAN: ParsedNumber = { ok: false, reason: 'not-a-number' };

describe('parseNumber, vi style (default)', () => {
  it.each<[string, ParsedNumber]>([
    ['3.957,9', ok(3957.9, 1)],
    ['1.042.100', ok(1042100, 0)],
    ['1.004.222.478', ok(1004222478, 0)],
    ['0,7', ok(0.7, 1)],
    ['10,6', ok(10.6, 1)],
    ['44', ok(44, 0)],
    ['3,8', ok(3.8, 1)],
    ['3,35', ok(3.35, 2)],
    ['1,307', ok(1.307, 3)],
    ['1.382,08', ok(1382.08, 2)],
    ['1 042 100', ok(1042100, 0)],
    ['1\u00a0042\u00a0100', ok(1042100, 0)],
    ['1\u202f042\u202f100', ok(1042100, 0)],
    ['1 042,5', ok(1042.5, 1)],
    ['-12,5', ok(-12.5, 1)],
    ['\u221212,5', ok(-12.5, 1)],
    ['+12,5', ok(12.5, 1)],
    ['57%', ok(57, 0, { unit: '%' })],
    ['0,3‰', ok(0.3, 1, { unit: '‰' })],
    ['57 %', ok(57, 0, { unit: '%' })],
    ['0,3\u00a0‰', ok(0.3, 1, { unit: '‰' })],
    ['-1,2 %', ok(-1.2, 1, { unit: '%' })],
    ['186,3%', ok(186.3, 1, { unit: '%' })],
    ['1.234,56', ok(1234.56, 2)],
    ['1,234.56', ok(1234.56, 2, { warning: 'mixed-marks' })],
    ['147.210', ambiguous(147210, 147.21)],
    ['236.625', ambiguous(236625, 236.625)],
    ['1.080', ambiguous(1080, 1.08)],
    ['-147.210', ambiguous(147210, 147.21, true)],
    ['1 234.567', ambiguous(1234567, 1234.567)],
    ['28.27', ok(28.27, 2)],
    ['13558.00', ok(13558, 2)],
    ['1.5', ok(1.5, 1)],
    ['1.2345', ok(1.2345, 4)],
    ['1234.567', ok(1234.567, 3)],
    ['0.125', ok(0.125, 3)],
    ['1,042,100', ok(1042100, 0)],
  ])('%j', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
    expect(parseNumber(text, 'vi')).toEqual(expected);
  });
});

describe('parseNumber, en style', () => {
  it.each<[string, ParsedNumber]>([
    ['1,234.56', ok(1234.56, 2)],
    ['1.234,56', ok(1234.56, 2, { warning: 'mixed-marks' })],
    ['1,042,100', ok(1042100, 0)],
    ['28.27', ok(28.27, 2)],
    ['1.080', ok(1.08, 3)],
    ['10,6', ok(10.6, 1)],
    ['0,125', ok(0.125, 3)],
    [
      '1,234',
      ok(1234, 0, { ambiguous: { thousands: { value: 1234, decimals: 0 }, decimal: { value: 1.234, decimals: 3 } } }),
    ],
    ['1.042.100', ok(1042100, 0)],
    ['-3,957.9', ok(-3957.9, 1)],
    ['57.5%', ok(57.5, 1, { unit: '%' })],
    ['1 042 100.25', ok(1042100.25, 2)],
  ])('%j', (text, expected) => {
    expect(parseNumber(text, 'en')).toEqual(expected);
  });
});

describe('parseNumber, missing and non-numeric', () => {
  it.each(['', '   ', '-', '–', '—', '…', '...', 'x', 'X', 'n/a', 'N/A', ' - ', '\u00a0…\u00a0', '\u2212'])(
    'missing: %j',
    (text) => {
      expect(parseNumber(text)).toEqual(MISSING);
    },
  );

  it.each([
    'abc',
    'Tăng 3,8 lần',
    '%',
    '+',
    '-%',
    '1..2',
    '1,,2',
    '.5',
    ',5',
    '5.',
    '5,',
    '1,5,3',
    '1,2.3,4',
    '1.234.56',
    '1.234,567,8',
    '12 5',
    '1  042',
    '0 125',
    '01.234.567',
    '1,5 000',
    '1.234 5',
    '1e5',
    'Infinity',
    'NaN',
    '0x1F',
    '12a',
    '--12',
    '+-12',
    '- 12',
    '12-',
    '12%%',
    '%12',
    '１２',
    '٣',
    'xx',
    'n/a%',
  ])('not a number: %j', (text) => {
    expect(parseNumber(text)).toEqual(NAN);
  });
});

describe('edge cases', () => {
  it('trims surrounding whitespace including no-break spaces and line breaks', () => {
    expect(parseNumber('\n\t 3.957,9\u00a0 ')).toEqual(ok(3957.9, 1));
  });

  it('refuses a combining mark attached to a digit or to a missing marker', () => {
    expect(parseNumber('5\u0301')).toEqual(NAN);
    expect(parseNumber('x\u0303')).toEqual(NAN);
    expect(parseNumber('n\u0303/a')).toEqual(NAN);
  });

  it('gives 0, not -0, for a negative zero', () => {
    const parsed = parseNumber('-0,00');
    expect(parsed).toEqual(ok(0, 2));
    expect(parsed.ok && Object.is(parsed.value, -0)).toBe(false);
  });

  it('reads long integers and keeps leading zeros in a plain run', () => {
    expect(parseNumber('007')).toEqual(ok(7, 0));
    expect(parseNumber('123456789012')).toEqual(ok(123456789012, 0));
  });

  it('refuses digit strings too long to be a finite double', () => {
    expect(parseNumber('9'.repeat(400))).toEqual(NAN);
    expect(parseNumber(`1.${'000.'.repeat(110)}000`)).toEqual(NAN);
  });

  it('does not throw on non-string input smuggled past the types', () => {
    expect(parseNumber(undefined as unknown as string)).toEqual(NAN);
    expect(parseNumber(12 as unknown as string)).toEqual(NAN);
  });

  it.each<[string, NumberStyle, number]>([
    ['1.234', 'vi', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'vi', 1.234],
    ['1,234', 'en', 1234],
  ])('a 3-digit tail after a single mark depends on the style: %j in %s → %d', (text, style, value) => {
    const parsed = parseNumber(text, style);
    expect(parsed.ok && parsed.value).toBe(value);
  });

  it('flags ambiguity only for the grouping mark of the style', () => {
    const vi = parseNumber('1,234', 'vi');
    const en = parseNumber('1.234', 'en');
    expect(vi.ok && vi.ambiguous).toBeUndefined();
    expect(en.ok && en.ambiguous).toBeUndefined();
  });

  it('keeps the unit sign on an ambiguous cell', () => {
    const parsed = parseNumber('1.250 %');
    expect(parsed).toMatchObject({ ok: true, value: 1250, unit: '%' });
    expect(parsed.ok && parsed.ambiguous?.decimal).toEqual({ value: 1.25, decimals: 3 });
  });
});
