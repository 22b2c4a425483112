import { isGrowthRateName } from './growth-rate-name';
import { foldDiacriticsAligned } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

/*
 * GDP and GRDP growth rates are real by convention: measured at constant prices, price changes removed (spec §2b,
 * "Price bases"). Their levels are printed at current prices unless the text says otherwise, so such a rate is no
 * change between the levels printed beside it.
 */

// Grammar: aggregate := "GDP" | "GRDP" (folded, a whole word): their growth rates are at constant prices by convention
// Example: "GRDP Bình Dương ước tăng 8,01%" is a real growth rate.
const AGGREGATE = /(?<![\p{L}])(?:gdp|grdp)(?![\p{L}])/u;

// Grammar: per-head := "bình quân đầu người" (folded): a per-capita figure is another measure than the total
// Example: "GRDP bình quân đầu người 3.400 USD" is not the size of GRDP.
const PER_HEAD = /binh quan dau nguoi/u;

/**
 * Whether a name is of GDP or GRDP itself (not per head).
 *
 * @example
 * namesAggregate('GRDP Bình Dương'); // true
 * namesAggregate('GRDP bình quân đầu người'); // false
 */
export function namesAggregate(name: string | null): boolean {
  const folded = foldDiacriticsAligned(name ?? '');
  return AGGREGATE.test(folded) && !PER_HEAD.test(folded);
}

/**
 * Whether a name is of a figure per head ("bình quân đầu người").
 *
 * @example
 * namesPerHead('GRDP bình quân đầu người'); // true
 */
export function namesPerHead(name: string | null): boolean {
  return PER_HEAD.test(foldDiacriticsAligned(name ?? ''));
}

/**
 * Whether a claim is a real growth rate that no level at current prices measures: a change in % of GDP or GRDP whose
 * sentence names no price basis before it, or names constant prices while the level does not.
 *
 * @example
 * isRealGrowth(extractClaims('GRDP Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng.')[0]!); // true
 */
export function isRealGrowth(claim: ExtractedClaim): boolean {
  // "Tốc độ tăng trưởng kinh tế (GRDP) … đạt 9,02%, cao hơn 3,57%" compares the rate itself, which its level prints.
  if (isGrowthRateName(claim.indicator)) return false;
  return claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.endpoints === null && claim.prices !== 'current' && namesAggregate(claim.indicator);
}
