import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { priceBaseIn } from '../../verify/price-base';
import type { PeriodKey, PriceBase } from '../../verify/reference-types';
import { BASIS_REACH } from '../checks/explain-price-basis';
import { sentenceAt, sentenceSpans } from '../checks/sentence-spans';
import { comparesYearBefore } from '../finding/base-part';
import { isPeriod } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';

/** What a claim needs besides its own words to be looked up in a reference: period, year, price base. */
export interface ClaimContext {
  /** The period the claim speaks of (`''`: the whole year). */
  readonly period: PeriodKey;
  /** The claim's own year ("Quý I/2024" → 2024), or `null` when it names none or several. */
  readonly year: number | null;
  /** True for "so với cùng kỳ" ("so CK", "so với năm trước"): the base is the same period one year earlier. */
  readonly samePeriod: boolean;
  readonly priceBase: PriceBase | null;
}

// Grammar (folded): aggregate := "gdp" | "grdp" as a whole word; per-head := "binh quan dau nguoi"
// Example: "GRDP tăng 6,8%" is a real (constant-price) growth rate by convention; "GRDP bình quân đầu người" is not.
const AGGREGATE = /(?<![\p{L}])(?:gdp|grdp)(?![\p{L}])/u;
const PER_HEAD = /binh quan dau nguoi/u;

function isGrowthOfAggregate(claim: ExtractedClaim): boolean {
  const name = foldDiacriticsAligned(claim.indicator ?? '');
  const growth = claim.kind === 'comparison' || claim.kind === 'average-annual' || claim.kind === 'index';
  return growth && AGGREGATE.test(name) && !PER_HEAD.test(name);
}

/**
 * A claim's part of the year and year (as extraction read them), whether it compares with the same period, and
 * its price base from its sentence: the price
 * base the indicator or the words before the figure name ("theo giá so sánh 2010"); a GDP/GRDP growth rate
 * without one is at constant prices (the statistical convention, spec §2b).
 *
 * @example
 * claimContext(claim, 'Sáu tháng đầu năm 2024, tổng mức bán lẻ … tăng 9,1% so với cùng kỳ năm trước.');
 * // { period: 'L6', year: 2024, samePeriod: true, priceBase: null }
 */
export function claimContext(claim: ExtractedClaim, text: string): ClaimContext {
  const sentence = sentenceAt(sentenceSpans(text), claim.start);
  // The words of its sentence before it, at most BASIS_REACH of them: one long sentence is read once, not once a claim.
  const before = text.slice(Math.max(sentence?.start ?? 0, claim.start - (sentence === null ? 300 : BASIS_REACH)), claim.start);
  const own = !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
  const stated = priceBaseIn(`${claim.indicator ?? ''} ${before}`);
  return {
    period: claim.part,
    year: own,
    samePeriod: comparesYearBefore(claim.text),
    priceBase: stated ?? (isGrowthOfAggregate(claim) ? { kind: 'constant', year: null } : null),
  };
}

