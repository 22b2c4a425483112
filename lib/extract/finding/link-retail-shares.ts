import { withCounts } from './link-share-counts';
import { isRetailTotal, ofTotalTime, retailPartOf } from './retail-names';
import { hasExactFigure } from './exact-figure';
import type { ExtractedClaim } from '../types';

// Grammar: part-to-share := space* ( "," | ";" | "(" )? space* — a retail part's level right before its share
// Example: ", " in "Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỷ đồng, chiếm 13,1% tổng mức"; " (" in "… 8.642,53
//          tỷ đồng (chiếm 75,7%)".
const PART_TO_SHARE = /^\s*[,;(]?\s*$/u;

/** A level that may be a term of the share: a plain figure, or an estimate ("ước đạt …"), never a bound. */
function isExactLevel(claim: ExtractedClaim): boolean {
  if (claim.kind !== 'value' || claim.source !== 'prose' || claim.bracketBase === true) return false;
  return hasExactFigure(claim);
}


/**
 * Each share printed right after a part of the retail total ("Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỷ đồng,
 * chiếm 13,1% tổng mức"), read against that part and the retail total printed before it for the same time, so it is
 * checked as part / total × 100 (finding/retail-names.ts). Shares already read against counts are left as they are.
 *
 * @example
 * linkRetailShares(claims).find((c) => c.kind === 'share')?.counts // { part: 1.496,12 tỷ đồng, whole: 11.423,94 tỷ đồng }
 */
export function linkRetailShares(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  let total: ExtractedClaim | null = null;
  return claims.map((claim, i) => {
    if (isRetailTotal(claim.indicator) && isExactLevel(claim)) total = claim;
    const part = claims[i - 1];
    if (total === null || claim.kind !== 'share' || claim.counts !== undefined || claim.figures[0]?.unit !== '%') return claim;
    if (part === undefined || part.sentence !== claim.sentence || !isExactLevel(part) || retailPartOf(part.indicator) < 0) return claim;
    const partFigure = part.figures[0];
    const wholeFigure = total.figures[0];
    if (partFigure === undefined || wholeFigure === undefined || !ofTotalTime(part, total) || !PART_TO_SHARE.test(raw.slice(part.end, claim.start))) return claim;
    return withCounts(claim, partFigure, wholeFigure) ?? claim;
  });
}
