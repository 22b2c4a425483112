import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

// Grammar: estimate := "uoc" ( " dat" | " tinh" )? space, at the start of the claim's text (folded, lower case)
// Example: "ước đạt 494,66 tỷ USD" and "Ước tính 1.610 tỷ đồng" are estimates, printed to their last digit; "khoảng 1,3
//          triệu" is not one.
const ESTIMATE = /^uoc(?: dat| tinh)?\s/u;

/**
 * Whether a claim's figure is printed to its last digit: no qualifier, or only the estimate "ước …" a report prints its
 * own figures with (spec §2 reads "ước" as "about" for a claim's own tolerance; as a term of a share or a sum, the
 * estimate is the number the report computed with).
 *
 * @example
 * hasExactFigure(claimOf('ước đạt 1.610 tỷ đồng')) // true
 * hasExactFigure(claimOf('gần 1.610 tỷ đồng')) // false
 */
export function hasExactFigure(claim: Pick<ExtractedClaim, 'qualifier' | 'text'>): boolean {
  return claim.qualifier === null || (claim.qualifier === 'about' && ESTIMATE.test(foldDiacritics(claim.text).toLowerCase()));
}
