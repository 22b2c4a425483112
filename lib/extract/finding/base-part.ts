import type { PeriodKey } from '../../verify/reference-types';
import type { ExtractedClaim, YearValue } from '../types';

/**
 * The part of the year a claim's base speaks of: the part its "so với" names ("so với quý II/2023"), else the
 * claim's own ("so với cùng kỳ năm 2022" after "9 tháng năm 2023" is the first nine months of 2022).
 *
 * @example
 * basePart(extractClaims('Quý III/2023 doanh thu tăng 5% so với quý II/2023.')[0]!); // 'Q2'
 * basePart(extractClaims('9 tháng năm 2023 xuất khẩu tăng 15% so với cùng kỳ năm 2022.')[0]!); // 'L9'
 */
export function basePart(claim: ExtractedClaim): PeriodKey {
  return claim.compareTo !== null && 'year' in claim.compareTo ? (claim.compareTo.part ?? claim.part) : claim.part;
}

/**
 * The two values a claim prints itself (`endpoints`), each with the part of the year it belongs to: its own when
 * it carries one (two quarters compared), else the base's part for the earlier and the claim's for the later.
 *
 * @example
 * endsWithParts(claim); // [{ value: from, part: 'L9' }, { value: to, part: 'L9' }] for "9 tháng … so với cùng kỳ (…)"
 */
export function endsWithParts(claim: ExtractedClaim): { readonly value: YearValue; readonly part: PeriodKey }[] {
  if (claim.endpoints === null) return [];
  const { from, to } = claim.endpoints;
  return [
    { value: from, part: from.part ?? basePart(claim) },
    { value: to, part: to.part ?? claim.part },
  ];
}
