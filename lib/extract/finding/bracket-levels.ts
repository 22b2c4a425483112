import { OPENS } from './bracket-grammar';
import { isPeriod } from './find-time-phrases';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { ExtractedClaim, YearValue } from '../types';

/*
 * The levels around a bracket in a sentence, shared by the steps that link brackets to their claims (link-brackets.ts,
 * link-level-after.ts): a claim's own year and base year, its figure as a level, and the level a change measures.
 */

/** The year a comparison names as its base ("so với năm 2015": 2015), or null. */
export function baseYear(claim: ExtractedClaim): number | null {
  return claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null;
}

/** The one year a claim is of, or null (none, several, or a period). */
export function ownYear(claim: ExtractedClaim): number | null {
  return !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
}

/** The claim's figure as a level of `year`, with the claim's part of the year when it names one. */
export function levelOf(claim: ExtractedClaim, year: number | null): YearValue | null {
  const figure = claim.figures[0];
  if (figure === undefined) return null;
  return claim.part === WHOLE_YEAR ? { ...figure, year } : { ...figure, year, part: claim.part };
}

// Grammar: of-which := "trong đó" as words: what follows is a part of the whole printed before it
// Example: "tổng đàn trâu, bò … 48,2 nghìn con, tăng 0,5% (+ 0,24 nghìn con) …, trong đó: đàn trâu tăng 0,2% (+ 0,02
//          nghìn con)" (Ninh Bình, May 2023): the buffalo's rise is no rise of the 48,2 thousand.
const OF_WHICH = /(?<![\p{L}\p{M}])trong\s+đó(?![\p{L}\p{M}])/iu;

/**
 * The level printed before the claim in its sentence: the value it compares (the nearest one that is not an earlier
 * comparison's bracketed base: "tăng 20% so với năm 2022 (100 …) và tăng 9,1% so với năm 2021 (110 …)"); none when a
 * "trong đó" stands between them (the level is the whole's, the claim a part's). With `amount`, the level of a change
 * printed in an amount: rates on the way are passed.
 */
export function levelBefore(raw: string, claims: readonly ExtractedClaim[], index: number, bases: ReadonlySet<number>, amount = false): ExtractedClaim | null {
  const claim = claims[index];
  for (let k = index - 1; k >= 0; k--) {
    const c = claims[k];
    if (c === undefined || claim === undefined || c.sentence !== claim.sentence) return null;
    if (bases.has(k)) continue;
    // An amount's change passes the rates printed after the amount ("49.329,2 ha …, đạt 100% diện tích gieo trồng, tăng
    // 0,53% (+260,7 ha)": Lâm Đồng's crops, January 2018).
    if (amount && c.kind === 'value' && isPercentUnit(c.figures[0]?.unit ?? null)) continue;
    if (c.kind === 'value') return isRemarkOfChange(raw, claims, k) || OF_WHICH.test(raw.slice(c.end, claim.start)) ? null : c;
  }
  return null;
}

/**
 * Whether the value at `k` sits in brackets right after a change of its own ("số doanh nghiệp thành lập mới giảm 1,0%
 * (3.502 doanh nghiệp)"): it belongs to that change, and is never the level of a later change in the sentence ("và số
 * doanh nghiệp quay trở lại hoạt động giảm 0,7% (422 doanh nghiệp)" is no fall of 422 from 3.924).
 */
export function isRemarkOfChange(raw: string, claims: readonly ExtractedClaim[], k: number): boolean {
  const value = claims[k];
  const change = claims[k - 1];
  if (value === undefined || change === undefined || change.sentence !== value.sentence || change.kind !== 'comparison') return false;
  return change.direction !== null && OPENS.test(raw.slice(change.end, value.start));
}

/**
 * Whether a unit is a rate's: "%" or "‰" (with what follows, "%/năm").
 *
 * @example
 * isPercentUnit('%/năm') // true
 */
export function isPercentUnit(unit: string | null): boolean {
  return unit !== null && (unit.startsWith('%') || unit.startsWith('‰'));
}
