import type { Lang } from '@/lib/verify/labels';
import { KIND_RULES } from '@/lib/verify/kind-rules';
import { TABLE_STRINGS } from './strings';
import type { ClaimFigure, ClaimTerms } from './types';

/**
 * The terms a claim's figure is stated in, or `null` for a direction-only claim (no figure).
 * A `‰` percent claim is kept apart from a `%` one; a points claim in `‰` is an absolute
 * change in `‰`.
 *
 * @example
 * claimTermsOf({ kind: 'ratio', direction: 'up', value: 3.8, decimals: 1, qualifier: null, unitSign: null, unitWord: null }, 'Triệu đồng') // 'ratio'
 * claimTermsOf({ kind: 'absolute', direction: 'up', value: 785, decimals: 0, qualifier: null, unitSign: null, unitWord: 'doanh nghiệp' }, 'Doanh nghiệp') // 'absolute:doanh nghiệp'
 */
export function claimTermsOf(figure: ClaimFigure, rowUnit: string): ClaimTerms | null {
  const family = KIND_RULES[figure.kind].family;
  switch (family) {
    case 'ratio':
    case 'plan':
    case 'plan-excess':
    case 'index':
      return family;
    case 'relative':
      return figure.unitSign === '‰' ? 'permille' : 'percent';
    case 'points':
      return figure.unitSign === '‰' ? 'absolute:‰' : 'points';
    case 'per-year':
      return 'annual';
    case 'points-per-year':
      return 'points-annual';
    case 'difference':
      return `absolute:${figure.unitWord ?? figure.unitSign ?? rowUnit}`;
    case 'sign':
      return null;
  }
}

/**
 * The unit label of a claim's terms, in the page language.
 *
 * @example
 * termsUnit('ratio', 'vi') // 'lần'
 * termsUnit('absolute:doanh nghiệp', 'en') // 'doanh nghiệp'
 */
export function termsUnit(terms: ClaimTerms, lang: Lang): string {
  const units = TABLE_STRINGS[lang].units;
  if (isAbsoluteTerms(terms)) return terms.slice('absolute:'.length);
  switch (terms) {
    case 'ratio':
      return units.ratio;
    case 'percent':
      return units.percent;
    case 'permille':
      return units.permille;
    case 'points':
      return units.points;
    case 'annual':
      return units.annual;
    case 'points-annual':
      return units.pointsAnnual;
    case 'plan':
      return units.plan;
    case 'plan-excess':
      return units.planExcess;
    case 'index':
      return units.index;
  }
}

function isAbsoluteTerms(terms: ClaimTerms): terms is `absolute:${string}` {
  return terms.startsWith('absolute:');
}

/**
 * Whether the unit is a sign written against the number (`51,8%`) rather than after a space.
 * @example isAttachedUnit('%') // → true; isAttachedUnit('tỷ đồng') → false
 */
export function isAttachedUnit(unit: string): boolean {
  return unit.startsWith('%') || unit === '‰' || unit === '×';
}
