import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from './decimals';
import { formatNumber } from './format-number';
import { parseNumber } from './parse-number';
import type { NumberStyle, ParsedNumber } from './types';

/** A decimal number with 0–4 written decimals and at most 15 significant digits (exact in a double). */
const writtenNumber = fc
  .record({ digits: fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), decimals: fc.integer({ min: 0, max: 4 }) })
  .map(({ digits, decimals }) => ({ value: Number(`${digits}e-${decimals}`), decimals }));

const enFormatters = new Map<number, Intl.NumberFormat>();
function formatEnglish(value: number, decimals: number): string {
  let f = enFormatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    enFormatters.set(decimals, f);
  }
  return f.format(value);
}

const noNegativeZero = (value: number): number => (value === 0 ? 0 : value);

function isWellFormed(parsed: ParsedNumber): boolean {
  if (!parsed.ok) return parsed.reason === 'missing' || parsed.reason === 'not-a-number';
  return Number.isFinite(parsed.value) && Number.isInteger(parsed.decimals) && parsed.decimals >= 0;
}

/** Characters a number cell is made of, plus a few that must be refused. */
const numberishChar = fc.constantFrom(
  ...'0123456789012345678901234567890123456789.,.,  %‰-+−–…xXn/a\u00a0\u202fe'.split(''),
);

describe('parseNumber properties', () => {
  it('reads back what formatNumber wrote (vi-VN), value and decimals', () => {
    fc.assert(
      fc.property(writtenNumber, ({ value, decimals }) => {
        const text = formatNumber(value, decimals);
        const parsed = parseNumber(text, 'vi');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBe(noNegativeZero(value));
        expect(parsed.decimals).toBe(decimals);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back Intl en-US text in en style', () => {
    fc.assert(
      fc.property(writtenNumber, ({ value, decimals }) => {
        const parsed = parseNumber(formatEnglish(value, decimals), 'en');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBe(noNegativeZero(value));
        expect(parsed.decimals).toBe(decimals);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any finite double formatted with the default 0–4 decimals, as roundTo(v, 4)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), (value) => {
        const parsed = parseNumber(formatNumber(value));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBe(roundTo(value, 4));
        expect(parsed.decimals).toBeLessThanOrEqual(4);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a unit sign written after a formatted number', () => {
    fc.assert(
      fc.property(writtenNumber, fc.constantFrom('%', ' %', '‰', '\u00a0‰'), ({ value, decimals }, suffix) => {
        const parsed = parseNumber(`${formatNumber(value, decimals)}${suffix}`);
        expect(parsed).toMatchObject({ ok: true, value: noNegativeZero(value), unit: suffix.trim() });
      }),
    );
  });

  it('reads a plain digit string as Number() does', () => {
    fc.assert(
      // Grammar: 1 to 20 ASCII digits, nothing else. Example: "0042".
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (digits) => {
        expect(parseNumber(digits)).toEqual({ ok: true, value: Number(digits), decimals: 0 });
      }),
    );
  });

  it.each<[string, fc.Arbitrary<string>]>([
    ['ASCII strings', fc.string()],
    ['any code point (binary)', fc.string({ unit: 'binary' })],
    ['graphemes', fc.string({ unit: 'grapheme' })],
    ['UTF-16 code units incl. lone surrogates', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })],
    ['number-like characters', fc.string({ unit: numberishChar, maxLength: 24 })],
  ])('never throws and never gives NaN on %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom<NumberStyle>('vi', 'en'), (text, style) => {
        expect(isWellFormed(parseNumber(text, style))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
