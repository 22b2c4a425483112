import type { Claim, ClaimKind, QualifierWord } from '../claims/types';
import type { Lang } from '../i18n/lang';
import type { UnitSign } from '../numbers/types';
import { formatNumber } from '../numbers/format-number';
import { KIND_RULES, LEAD_WORDS } from './kind-rules';

export { pointsWords } from './kind-rules';

/** The parts of a claim its wording depends on, with the kind it is checked as. */
export interface WordedClaim {
  readonly kind: ClaimKind;
  readonly claim: Claim;
  /** `true` when the base is a part of a year (ClaimInput.basePeriod): an index is of the "kỳ gốc", not the "năm gốc". */
  readonly period?: boolean;
}

/** Decimals to show a computed figure with: one more than the claim, at least two. */
export function displayDecimals(claimDecimals: number): number {
  return Math.max(2, claimDecimals + 1);
}

/**
 * What follows a computed result (`= 3,75`, `= 186,37%`, `= 4,88%/năm`).
 *
 * @example
 * resultSuffix({ kind: 'average-annual', claim }, 'vi'); // "%/năm"
 */
export function resultSuffix(worded: WordedClaim, lang: Lang): string {
  return KIND_RULES[worded.kind].resultSuffix(worded.claim, lang);
}

/**
 * What follows the figure in the claim's own words (`3,8 lần`, `104% kế hoạch`).
 *
 * @example
 * claimSuffix({ kind: 'ratio', claim }, 'vi'); // " lần"
 * claimSuffix({ kind: 'ratio', claim }, 'en'); // " times"
 */
export function claimSuffix(worded: WordedClaim, lang: Lang): string {
  return KIND_RULES[worded.kind].claimSuffix(worded.claim, lang, worded.period === true);
}

/** The qualifier words in both languages: Vietnamese as the claim printed it, English by meaning. */
export const QUALIFIER_WORDS: Readonly<Record<Lang, Readonly<Record<QualifierWord, string>>>> = {
  vi: {
    tren: 'trên',
    hon: 'hơn',
    duoi: 'dưới',
    'chua-den': 'chưa đến',
    gan: 'gần',
    khoang: 'khoảng',
    'xap-xi': 'xấp xỉ',
    uoc: 'ước',
  },
  en: {
    tren: 'over',
    hon: 'more than',
    duoi: 'under',
    'chua-den': 'less than',
    gan: 'nearly',
    khoang: 'about',
    'xap-xi': 'approximately',
    uoc: 'an estimated',
  },
};

/**
 * The claim's qualifier word in the given language ("trên", "hơn", "chưa đến"… as printed), or `null`.
 *
 * @example
 * qualifierWord({ ...claim, qualifierWord: 'hon' }, 'vi'); // "hơn"
 * qualifierWord({ ...claim, qualifierWord: 'hon' }, 'en'); // "more than"
 */
export function qualifierWord(claim: Claim, lang: Lang): string | null {
  return claim.qualifierWord === null ? null : QUALIFIER_WORDS[lang][claim.qualifierWord];
}

/**
 * The verb before the figure: "tăng"/"giảm" from the claim, else from the values' change
 * (`changeSign`), "gấp" for a ratio without direction, "bằng"/"đạt"/"vượt" for a plan.
 *
 * @example
 * leadWord({ kind: 'plan', claim: { ...claim, planVerb: 'bang' } }, 1, 'vi'); // "bằng"
 */
export function leadWord(worded: WordedClaim, changeSign: number, lang: Lang): string {
  return LEAD_WORDS[lang][KIND_RULES[worded.kind].lead(worded.claim, changeSign)];
}

/** Words joined by single spaces, leaving out empty and missing ones. */
function joinWords(parts: readonly (string | null)[]): string {
  return parts.filter((part): part is string => part !== null && part !== '').join(' ');
}

/**
 * A figure in the claim's words, e.g. "tăng 3,1 lần", "giảm 28,75 điểm phần trăm",
 * "tăng 5%/năm", "đạt 110,6% kế hoạch" ("up 3,1 times" in English); `qualifier` is put before
 * the figure when given.
 *
 * @example
 * phraseFigure({ kind: 'ratio', claim }, 3.113, 1, 1, null, 'vi'); // "tăng 3,1 lần"
 */
export function phraseFigure(
  worded: WordedClaim,
  value: number,
  decimals: number,
  changeSign: number,
  qualifier: string | null,
  lang: Lang,
): string {
  const figure = `${formatNumber(value, decimals)}${claimSuffix(worded, lang)}`;
  return joinWords([leadWord(worded, changeSign, lang), qualifier, figure]);
}

/**
 * The claimed figure with its qualifier and suffix, as quoted in messages ("trên 10%/năm").
 *
 * @example
 * quoteClaimFigure({ kind: 'average-annual', claim }, 'en'); // "over 10%/year"
 */
export function quoteClaimFigure(worded: WordedClaim, lang: Lang): string {
  const figure = worded.claim.figure;
  const body = figure === null ? '' : `${figureText(worded.claim)}${claimSuffix(worded, lang)}`;
  return joinWords([qualifierWord(worded.claim, lang), body]);
}

/**
 * The claimed figure as printed, a range with both bounds ("7–8").
 *
 * @example
 * figureText(parseClaim('tăng 7-8%')) // "7–8"
 */
export function figureText(claim: Claim): string {
  const { figure, upper } = claim;
  if (figure === null) return '';
  const lower = formatNumber(figure.value, figure.decimals);
  return upper ? `${lower}–${formatNumber(upper.value, upper.decimals)}` : lower;
}

/** A value as the table prints it, with `%`/`‰` when the unit is one of those. */
export function formatValue(value: number, decimals: number, unitSign: UnitSign | null): string {
  return `${formatNumber(value, decimals)}${unitSign ?? ''}`;
}
