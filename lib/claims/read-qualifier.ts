import { foldDiacritics, normalizeText } from './normalize-text';
import type { Qualifier, QualifierWord } from './types';

/**
 * The qualifier word of a folded QUAL match (claim-grammar.ts), or `null` for none.
 *
 * @example
 * qualifierWordOf('chua toi') // → 'chua-den'
 */
export function qualifierWordOf(word: string | undefined): QualifierWord | null {
  switch (word) {
    case undefined:
      return null;
    case 'tren':
    case 'hon':
    case 'duoi':
    case 'gan':
    case 'khoang':
      return word;
    case 'chua den':
    case 'chua toi':
      return 'chua-den';
    case 'xap xi':
      return 'xap-xi';
    default:
      // "uoc", "uoc tinh", "uoc dat": the rest of QUAL.
      return 'uoc';
  }
}

/** What a qualifier word means (spec §2): trên/hơn a lower bound, dưới/chưa đến an upper bound, the rest "about". */
const QUALIFIER_OF_WORD: Readonly<Record<QualifierWord, Qualifier>> = {
  tren: 'lower',
  hon: 'lower',
  duoi: 'upper',
  'chua-den': 'upper',
  gan: 'about',
  khoang: 'about',
  'xap-xi': 'about',
  uoc: 'about',
};

/**
 * What a qualifier word means, or `null` for no word.
 *
 * @example
 * qualifierOf('chua-den') // → 'upper'
 * qualifierOf(null)       // → null
 */
export function qualifierOf(word: QualifierWord | null): Qualifier | null {
  return word === null ? null : QUALIFIER_OF_WORD[word];
}

/**
 * The qualifier a word of the claim language expresses (spec §2): trên/hơn → lower bound,
 * dưới/chưa đến/chưa tới → upper bound, gần/khoảng/xấp xỉ/ước… → about. `null` for no word.
 *
 * @example
 * readQualifier('Chưa đến ') // → 'upper'
 * readQualifier('trên')      // → 'lower'
 */
export function readQualifier(word: string | undefined): Qualifier | null {
  const folded = normalizeText(foldDiacritics(word ?? ''));
  return folded === '' ? null : qualifierOf(qualifierWordOf(folded));
}
