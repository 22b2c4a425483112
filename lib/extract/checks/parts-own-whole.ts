import { halfUnit } from '../../verify/interval';
import type { ExtractedClaim } from '../types';
import type { Listed } from './parts-terms';

/*
 * Parts whose shares are of their own sum: "giá trị sản xuất … 5 tháng ước đạt 13.480 tỷ đồng, …. Trong đó, doanh nghiệp
 * trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%; doanh nghiệp có vốn đầu tư nước ngoài 1.400 tỷ đồng, chiếm 46,51%" (Bến
 * Tre, 5 months of 2021): 1.610 / 3.010 = 53,49 %, so the two are the parts of some 3.010 the text does not print (the
 * month's output of the enterprises, say), not of the 13.480 before them. Such a list is no error of the total's.
 */

/** How far a share recomputed from printed parts may stand from the printed share, beyond its rounding (the parts' own). */
const SHARE_SLACK = 0.01;

/**
 * Whether every part of a list is followed by its share ("chiếm 53,49%") and the shares are the parts over their own sum.
 *
 * @example
 * sharesOfTheirSum(listed, claims) // true for 1.610 (53,49 %) and 1.400 (46,51 %) under 13.480
 */
export function sharesOfTheirSum(listed: Listed, claims: readonly ExtractedClaim[]): boolean {
  const sum = listed.parts.reduce((acc, p) => acc + p.value, 0);
  if (!(sum > 0)) return false;
  return listed.parts.every((part) => {
    const next = claims[part.index + 1];
    const share = next?.figures[0];
    if (next === undefined || share === undefined || next.kind !== 'share' || share.unit !== '%' || next.sentence !== part.claim.sentence) return false;
    return Math.abs((part.value / sum) * 100 - share.value) <= halfUnit(share.decimals) + SHARE_SLACK;
  });
}
