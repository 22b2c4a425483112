import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimKind, Direction } from '../claims/types';
import { findVietnamese } from '../i18n/vietnamese-letters';
import { CLAIM_KINDS, KIND_RULES, LEAD_WORDS, effectiveKind, isPlanKind } from './kind-rules';
import { makeClaim } from './test-claims';

/** A claim of the kind with a figure, a direction, a per-year unit where it needs one and a Vietnamese unit word. */
function sample(kind: ClaimKind, direction: Direction | null) {
  return makeClaim('', kind, direction, [4, 0], { unitSign: kind === 'absolute' || kind === 'ratio' ? null : '%', unitWord: 'doanh nghiệp' });
}

describe('KIND_RULES', () => {
  it.each(CLAIM_KINDS)('%s: its English words hold no Vietnamese letters', (kind) => {
    const rules = KIND_RULES[kind];
    for (const direction of ['up', 'down', null] as const) {
      const claim = sample(kind, direction);
      for (const sign of [-1, 1]) {
        const words = [rules.resultSuffix(claim, 'en'), rules.claimSuffix(claim, 'en', false), rules.claimSuffix(claim, 'en', true), LEAD_WORDS.en[rules.lead(claim, sign)]];
        expect(words.filter((w) => findVietnamese(w) !== null)).toEqual([]);
      }
    }
  });

  // The implied value is the inverse of the formula: with `to` from the relation, the formula gives the figure back.
  it.each(CLAIM_KINDS.filter((k) => KIND_RULES[k].family !== 'sign'))('%s: the relation inverts the formula', (kind) => {
    const rules = KIND_RULES[kind];
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.5, max: 90, noNaN: true }), fc.constantFrom<Direction>('up', 'down'), (from, n, direction) => {
        const relation = rules.relation(n, direction, '%', 5);
        if (relation.type === 'none') return;
        const to = relation.type === 'factor' ? from * relation.factor : from + relation.offset;
        const signed = rules.formula(from, to, { kind, direction, unitSign: '%', years: 5 });
        const shown = rules.sign === 'magnitude' ? Math.abs(signed) : rules.sign === 'by-direction' && direction === 'down' ? -signed : signed;
        expect(shown).toBeCloseTo(n, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('edge cases', () => {
  it('a ‰ or % absolute claim is checked as a relative change', () => {
    expect(effectiveKind({ kind: 'absolute', unitSign: '‰' })).toBe('percent');
    expect(effectiveKind({ kind: 'absolute', unitSign: null })).toBe('absolute');
  });

  it('plan kinds compare against a plan, the others against a base year', () => {
    expect(CLAIM_KINDS.filter(isPlanKind)).toEqual(['plan', 'plan-excess']);
    expect(isPlanKind(null)).toBe(false);
  });

  it('an average-annual relation needs the years', () => {
    expect(KIND_RULES['average-annual'].relation(10, 'up', '%', null)).toEqual({ type: 'none', reason: 'no-years' });
  });
});
