import { sameBaseUnit } from './align-scale';
import type { ExtractedClaim } from '../types';

/*
 * Changes printed right after a from–to statement of the same sentence: "GRDP bình quân đầu người tăng từ 35,28 triệu
 * đồng/người năm 2015 lên 65 triệu đồng/người năm 2020, gấp 1,84 lần" (Trà Vinh, 2016–2020), "…, tăng 1.000 tỷ
 * đồng; bình quân tăng 8,4%/năm". The statement prints both ends: each change after it is checked against them.
 */

/** Whether a claim is a change that names no values and no base of its own. */
function isBareChange(claim: ExtractedClaim): boolean {
  return (claim.kind === 'comparison' || claim.kind === 'average-annual') && claim.endpoints === null && claim.claim?.ok === true;
}

/** Whether the change's base, when it names one, is the statement's earlier end. */
function sameBase(claim: ExtractedClaim, fromYear: number | null): boolean {
  const base = claim.compareTo;
  if (base === null) return true;
  return 'year' in base ? base.year === fromYear : base.period.from === fromYear;
}

/**
 * Gives the changes printed after a from–to statement, in its sentence and with nothing but changes between, the
 * statement's two ends. An absolute change in another unit, or one that names another base, is left as it was.
 *
 * @example
 * linkFromToChanges(extractedClaims)[1]?.endpoints;
 * // text 'Số doanh nghiệp tăng từ 1.200 năm 2015 lên 1.800 doanh nghiệp năm 2020, tăng 50%.' → { from: 1.200, to: 1.800 }
 */
export function linkFromToChanges(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  let statement: ExtractedClaim | null = null;
  return claims.map((claim) => {
    if (statement !== null && claim.sentence !== statement.sentence) statement = null;
    if (claim.kind === 'from-to') {
      statement = claim.endpoints === null ? null : claim;
      return claim;
    }
    const ends = statement?.endpoints ?? null;
    if (ends === null || !isBareChange(claim)) {
      statement = null;
      return claim;
    }
    const parsed = claim.claim;
    const unit = parsed?.ok === true && parsed.kind === 'absolute' ? (claim.figures[0]?.unit ?? null) : undefined;
    const fits = unit === undefined || (unit !== null && ends.to.unit !== null && sameBaseUnit(unit, ends.to.unit));
    return fits && sameBase(claim, ends.from.year) ? { ...claim, endpoints: ends } : claim;
  });
}
