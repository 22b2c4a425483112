import type { Claim } from '../claims/types';
import type { Lang } from '../i18n/lang';
import type { UnitSign } from '../numbers/types';
import type { LeadWord } from './kind-rule-types';

/*
 * The words around a claim's figure that do not depend on its kind's formula: the verb before it and the
 * name of a difference in points, in both languages (kind-rules.ts says which a kind uses).
 */

/** The lead words in both languages; an empty word is left out ("3,8 times"). */
export const LEAD_WORDS: Readonly<Record<Lang, Readonly<Record<LeadWord, string>>>> = {
  vi: {
    up: 'tăng',
    down: 'giảm',
    'up-further': 'tăng thêm',
    'down-further': 'giảm thêm',
    times: 'gấp',
    equal: 'bằng',
    reach: 'đạt',
    exceed: 'vượt',
    rate: 'tỷ lệ',
    cao: 'cao hơn',
    thap: 'thấp hơn',
    nhieu: 'nhiều hơn',
    it: 'ít hơn',
    lon: 'lớn hơn',
    nho: 'nhỏ hơn',
  },
  en: {
    up: 'up',
    down: 'down',
    'up-further': 'up a further',
    'down-further': 'down a further',
    times: '',
    equal: 'equal to',
    reach: 'reaching',
    exceed: 'over plan by',
    rate: 'a share of',
    cao: 'higher by',
    thap: 'lower by',
    nhieu: 'more by',
    it: 'fewer by',
    lon: 'larger by',
    nho: 'smaller by',
  },
};

/** "điểm phần trăm" / "percentage points", or their per-mille forms. */
export function pointsWords(sign: UnitSign | null, lang: Lang): string {
  if (lang === 'en') return sign === '‰' ? 'per mille points' : 'percentage points';
  return sign === '‰' ? 'điểm phần nghìn' : 'điểm phần trăm';
}

/**
 * The lead word of a change: the claim's own comparative ("thấp hơn") or verb, else the values' direction.
 *
 * @example
 * directionLead({ ...claim, direction: null }, -1) // 'down'
 */
export function directionLead(claim: Claim, changeSign: number): LeadWord {
  if (claim.comparative !== undefined) return claim.comparative;
  if (claim.direction === 'up') return 'up';
  if (claim.direction === 'down') return 'down';
  return changeSign < 0 ? 'down' : 'up';
}

