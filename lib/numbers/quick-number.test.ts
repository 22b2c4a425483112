import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretScan } from './parse-number';
import { quickParseNumber, quickStyleVote } from './quick-number';
import { isThousandsShaped, scanNumber, type ScannedNumber } from './scan-number';
import type { NumberStyle, ParsedNumber } from './types';

/** The full reader (scan, then interpret), without the fast path. */
function fullParse(text: string, style: NumberStyle): ParsedNumber {
  const scan = scanNumber(text);
  if (scan === 'missing') return { ok: false, reason: 'missing' };
  if (scan === 'not-a-number') return { ok: false, reason: 'not-a-number' };
  return interpretScan(scan, style);
}

/** detectNumberStyle's vote for one cell, as the full reader decides it. */
function fullVote(text: string): NumberStyle | null {
  const scan = scanNumber(text);
  if (typeof scan === 'string') return null;
  const vote = voteOf(scan);
  return vote !== null && interpretScan(scan, vote).ok ? vote : null;
}

function voteOf(scan: ScannedNumber): NumberStyle | null {
  const seps = scan.separators;
  const n = seps.length;
  if (scan.dotCount > 0 && scan.commaCount > 0) return seps[n - 1] === 'comma' ? 'vi' : 'en';
  const marks = scan.dotCount + scan.commaCount;
  if (marks === 0) return null;
  const isDot = scan.dotCount > 0;
  if (marks > 1 || seps[n - 1] === 'space') return isDot ? 'vi' : 'en';
  return isThousandsShaped(scan) ? null : isDot ? 'en' : 'vi';
}

/** Same fields, same values, same key order. */
function expectSame(quick: ParsedNumber, full: ParsedNumber): void {
  expect(quick).toStrictEqual(full);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
}

const STYLES: readonly NumberStyle[] = ['vi', 'en'];

describe('quickParseNumber agrees with the full reader', () => {
  it.each([
    '10,6', '3.957,9', '1.042.100', '147.210', '28.27', '1,234.5', '1.234,56', '1,234', '0,3', '-12,5%', '+5',
    '-0', '0', '00.123', '012.345', '1,234,567', '1.234.567,891', '999999999999999',
    '123.456.789.012.345', '5%', '0.000', '1234.567', '13558.00', '0.125', '-147.210%', '1.000,0',
  ])('%j', (text) => {
    for (const style of STYLES) {
      const quick = quickParseNumber(text, style);
      expect(quick, text).toBeDefined();
      if (quick) expectSame(quick, fullParse(text, style));
    }
    expect(quickStyleVote(text)).toBe(fullVote(text));
  });

  it('on random cells of digits, marks, signs and percent signs', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'0123456789012345.,.,-+%'.split('')), maxLength: 22 });
    fc.assert(
      fc.property(cell, (text) => {
        for (const style of STYLES) {
          const quick = quickParseNumber(text, style);
          if (quick !== undefined) expectSame(quick, fullParse(text, style));
        }
        const vote = quickStyleVote(text);
        if (vote !== undefined) expect(vote).toBe(fullVote(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('on random well-formed grouped numbers', () => {
    const grouped = fc
      .record({
        sign: fc.constantFrom('', '-', '+'),
        head: fc.integer({ min: 0, max: 999 }),
        groups: fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }),
        groupMark: fc.constantFrom('.', ','),
        fraction: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: 4 })),
        decimalMark: fc.constantFrom('.', ','),
        percent: fc.boolean(),
      })
      .map((p) =>
        [
          p.sign,
          String(p.head),
          ...p.groups.map((g) => p.groupMark + String(g).padStart(3, '0')),
          p.fraction === null ? '' : p.decimalMark + p.fraction,
          p.percent ? '%' : '',
        ].join(''),
      );
    fc.assert(
      fc.property(grouped, (text) => {
        for (const style of STYLES) {
          const quick = quickParseNumber(text, style);
          if (quick !== undefined) expectSame(quick, fullParse(text, style));
        }
        const vote = quickStyleVote(text);
        if (vote !== undefined) expect(vote).toBe(fullVote(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('edge cases', () => {
  it.each([
    '', '-', '...', 'x', 'n/a', '%', '-%', ' 10,6', '10,6 ', '1 042', '10,6 %', '0,3‰', '−12,5', '1,', ',5', '1,,2',
    '1.2.', '5%%', '1234567890123456',
  ])('%j is left to the full reader', (text) => {
    for (const style of STYLES) expect(quickParseNumber(text, style)).toBeUndefined();
    expect(quickStyleVote(text)).toBeUndefined();
  });

  it.each(['1.23.456', '1,234.567.8', '1,234.56.7', '1.234,5,6', '01.234.567'])(
    'the malformed %j is left to the full reader and casts no vote',
    (text) => {
      for (const style of STYLES) {
        expect(quickParseNumber(text, style)).toBeUndefined();
        expect(fullParse(text, style)).toEqual({ ok: false, reason: 'not-a-number' });
      }
      expect(quickStyleVote(text)).toBeNull();
      expect(fullVote(text)).toBeNull();
    },
  );
});
