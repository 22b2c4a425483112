import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeText } from './normalize-text';
import { parseClaim } from './parse-claim';
import type { ClaimKind, ParsedClaim, Qualifier } from './types';

/** A generated claim: its tokens (joined by one space, it is the claim) and what it must parse to. */
interface Generated {
  readonly tokens: readonly string[];
  readonly kind: ClaimKind;
  readonly value: number | null;
  readonly decimals: number | null;
  readonly qualifier: Qualifier | null;
}

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['trên', 'lower'],
  ['hơn', 'lower'],
  ['dưới', 'upper'],
  ['gần', 'about'],
  ['khoảng', 'about'],
  ['xấp xỉ', 'about'],
  ['ước tính', 'about'],
];

/** A figure written Vietnamese style by Intl, with its exact value. */
const figureArb = fc
  .record({ units: fc.integer({ min: 0, max: 99_999_999 }), decimals: fc.integer({ min: 0, max: 3 }) })
  .map(({ units, decimals }) => {
    const value = units / 10 ** decimals;
    const written = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
    return { written, value, decimals };
  });

const qualifierArb = fc.option(fc.constantFrom(...QUALIFIERS), { nil: null });
const verbArb = fc.constantFrom('tăng', 'giảm', 'Tăng', 'Giảm');

const claimArb: fc.Arbitrary<Generated> = fc
  .record({
    verb: verbArb,
    qual: qualifierArb,
    figure: figureArb,
    shape: fc.constantFrom('ratio', 'gap', 'percent', 'permille', 'points', 'absolute', 'average', 'plan'),
    unit: fc.constantFrom('doanh nghiệp', 'trường', 'bác sĩ', 'người', 'hộ', 'tấn'),
    trailing: fc.constantFrom([], ['so', 'với', 'năm', '2015'], ['(năm', '2022)']),
  })
  .map(({ verb, qual, figure, shape, unit, trailing }): Generated => {
    const q = qual ? qual[0].split(' ') : [];
    const up = foldDiacritics(verb) === 'tang';
    const base = { value: figure.value, decimals: figure.decimals, qualifier: qual ? qual[1] : null };
    const n = figure.written;
    switch (shape) {
      case 'ratio':
        return { ...base, tokens: [verb, ...q, n, 'lần', ...trailing], kind: up ? 'ratio' : 'ratio-down' };
      case 'gap':
        return { ...base, tokens: ['gấp', ...q, n, 'lần', ...trailing], kind: 'ratio' };
      case 'percent':
        return { ...base, tokens: [verb, ...q, `${n}%`, ...trailing], kind: 'percent' };
      case 'permille':
        return { ...base, tokens: [verb, ...q, `${n}‰`, ...trailing], kind: 'percent' };
      case 'points':
        return { ...base, tokens: [verb, ...q, n, 'điểm', 'phần', 'trăm', ...trailing], kind: 'points' };
      case 'absolute':
        return { ...base, tokens: [verb, ...q, n, ...unit.split(' '), ...trailing], kind: 'absolute' };
      case 'average':
        return { ...base, tokens: ['bình', 'quân', verb, ...q, `${n}%/năm`, ...trailing], kind: 'average-annual' };
      default:
        return { ...base, tokens: ['đạt', ...q, `${n}%`, 'kế', 'hoạch', ...trailing], kind: 'plan' };
    }
  });

/** The parts of a result that must not depend on spelling (diacritics, case, spacing). */
function essence(result: ParsedClaim): unknown {
  if (!result.ok) return { ok: false };
  const { kind, direction, figure, unitSign, qualifier, fromTo, unitWord } = result;
  return { kind, direction, figure, unitSign, qualifier, fromTo, unitWord: unitWord && foldDiacritics(unitWord) };
}

const CLAIM_TOKENS = [
  'tăng', 'giảm', 'gấp', 'lần', 'thêm', 'lên', 'xuống', 'còn', 'từ', 'đến', 'đi', 'bình', 'quân',
  'trung', 'mỗi', 'năm', 'hằng', '/năm', 'điểm', 'phần', 'trăm', 'nghìn', '%', '‰', 'trên', 'hơn',
  'dưới', 'gần', 'khoảng', 'xấp', 'xỉ', 'ước', 'tính', 'đạt', 'bằng', 'kế', 'hoạch', 'KH', 'so',
  'với', '(năm', '2015)', '3,8', '1.042.100', '0,4', '51,8%', '10', '.', ',', '', '\u00a0', '\n',
  '1 042', '0.400', '9'.repeat(320), '\u0301', '\ud800',
];

const WHITESPACE = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u202f', ' \n\u00a0 ');

describe('parseClaim: never throws', () => {
  const neverThrows = (s: string): void => {
    const result = parseClaim(s);
    expect(typeof result.ok).toBe('boolean');
    expect(result.text).toBe(normalizeText(s));
  };

  it('on any string of code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), neverThrows), { numRuns: 500 });
  });

  it('on any string of printable characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), neverThrows), { numRuns: 500 });
  });

  it('on any sequence of claim-ish tokens', () => {
    const tokens = fc.array(fc.constantFrom(...CLAIM_TOKENS), { maxLength: 12 });
    fc.assert(
      fc.property(tokens, fc.constantFrom(' ', '', '\n'), (ts, sep) => neverThrows(ts.join(sep))),
      { numRuns: 1000 },
    );
  });
});

describe('parseClaim: generated claims', () => {
  it('parse to the kind, figure and qualifier they were built with', () => {
    fc.assert(
      fc.property(claimArb, (g) => {
        const result = parseClaim(g.tokens.join(' '));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.kind).toBe(g.kind);
        expect(result.figure).toEqual(g.value === null ? null : { value: g.value, decimals: g.decimals });
        expect(result.qualifier).toBe(g.qualifier);
      }),
      { numRuns: 500 },
    );
  });

  it('parse the same with the diacritics removed', () => {
    fc.assert(
      fc.property(claimArb, (g) => {
        const text = g.tokens.join(' ');
        expect(essence(parseClaim(foldDiacritics(text)))).toEqual(essence(parseClaim(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('parse the same in upper case', () => {
    fc.assert(
      fc.property(claimArb, (g) => {
        const text = g.tokens.join(' ');
        expect(essence(parseClaim(text.toUpperCase()))).toEqual(essence(parseClaim(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('parse identically with any whitespace between and around the tokens', () => {
    const spaced = claimArb.chain((g) =>
      fc
        .array(WHITESPACE, { minLength: g.tokens.length + 1, maxLength: g.tokens.length + 1 })
        .map((gaps) => ({ g, text: gaps.map((gap, i) => gap + (g.tokens[i] ?? '')).join('') })),
    );
    fc.assert(
      fc.property(spaced, ({ g, text }) => {
        expect(parseClaim(text)).toEqual(parseClaim(g.tokens.join(' ')));
      }),
      { numRuns: 300 },
    );
  });

  it('parse the same from NFD input', () => {
    fc.assert(
      fc.property(claimArb, (g) => {
        const text = g.tokens.join(' ');
        expect(parseClaim(text.normalize('NFD'))).toEqual(parseClaim(text));
      }),
      { numRuns: 200 },
    );
  });
});
