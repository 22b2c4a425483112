import { describe, expect, it } from 'vitest';
import { claimTermsOf, isAttachedUnit, termsUnit } from './claim-terms';
import type { ClaimFigure, ClaimTerms } from './types';

function figure(overrides: Partial<ClaimFigure>): ClaimFigure {
  return { kind: 'ratio', direction: 'up', value: 1, decimals: 0, qualifier: null, unitSign: null, unitWord: null, ...overrides };
}

describe('claimTermsOf', () => {
  it.each<[Partial<ClaimFigure>, string, ClaimTerms | null]>([
    [{ kind: 'ratio' }, 'Tỷ đồng', 'ratio'],
    [{ kind: 'ratio-down' }, 'Tỷ đồng', 'ratio'],
    [{ kind: 'ratio-minus-one' }, 'Tỷ đồng', 'ratio'],
    [{ kind: 'percent', unitSign: '%' }, 'Tỷ đồng', 'percent'],
    [{ kind: 'percent', unitSign: '‰' }, '‰', 'permille'],
    [{ kind: 'points', unitSign: '%' }, '%', 'points'],
    [{ kind: 'points', unitSign: null }, '%', 'points'],
    [{ kind: 'points', unitSign: '‰' }, '‰', 'absolute:‰'],
    [{ kind: 'average-annual', unitSign: '%' }, 'Tỷ đồng', 'annual'],
    [{ kind: 'plan', unitSign: '%' }, '%', 'plan'],
    [{ kind: 'absolute', unitWord: 'doanh nghiệp' }, 'Doanh nghiệp', 'absolute:doanh nghiệp'],
    [{ kind: 'absolute', unitSign: '‰' }, '‰', 'absolute:‰'],
    [{ kind: 'absolute' }, 'Trường', 'absolute:Trường'],
    [{ kind: 'direction', value: null, decimals: null }, '%', null],
  ])('%j on unit %s → %s', (f, unit, expected) => {
    expect(claimTermsOf(figure(f), unit)).toBe(expected);
  });
});

describe('termsUnit', () => {
  it.each<[ClaimTerms, 'vi' | 'en', string]>([
    ['ratio', 'vi', 'lần'],
    ['ratio', 'en', '×'],
    ['percent', 'vi', '%'],
    ['permille', 'en', '‰'],
    ['points', 'vi', 'điểm %'],
    ['points', 'en', 'pp'],
    ['annual', 'vi', '%/năm'],
    ['plan', 'en', '% of plan'],
    ['absolute:doanh nghiệp', 'en', 'doanh nghiệp'],
  ])('%s (%s) → %s', (terms, lang, expected) => {
    expect(termsUnit(terms, lang)).toBe(expected);
  });

  describe('edge cases', () => {
    it('an absolute unit that itself contains a colon is kept whole', () => {
      expect(termsUnit('absolute:a:b', 'vi')).toBe('a:b');
    });
    it.each([
      ['%', true],
      ['%/năm', true],
      ['‰', true],
      ['×', true],
      ['lần', false],
      ['điểm %', false],
      ['', false],
    ])('isAttachedUnit(%j) → %s', (unit, expected) => {
      expect(isAttachedUnit(unit)).toBe(expected);
    });
  });
});
