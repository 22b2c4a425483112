import type { Lang } from '@/lib/verify/labels';
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
  switch (figure.kind) {
    case 'ratio':
    case 'ratio-down':
    case 'ratio-minus-one':
      return 'ratio';
    case 'percent':
      return figure.unitSign === '‰' ? 'permille' : 'percent';
    case 'points':
      return figure.unitSign === '‰' ? 'absolute:‰' : 'points';
    case 'average-annual':
      return 'annual';
    case 'plan':
      return 'plan';
    case 'index':
      return 'index';
    case 'absolute':
      return `absolute:${figure.unitWord ?? figure.unitSign ?? rowUnit}`;
    case 'direction':
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
  if (terms.startsWith('absolute:')) return terms.slice('absolute:'.length);
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
    case 'index':
      return units.index;
    default:
      return units.plan;
  }
}

/**
 * Whether the unit is a sign written against the number (`51,8%`) rather than after a space.
 * @example isAttachedUnit('%') // → true; isAttachedUnit('tỷ đồng') → false
 */
export function isAttachedUnit(unit: string): boolean {
  return unit.startsWith('%') || unit === '‰' || unit === '×';
}
