import type { ExtractedClaim } from '../types';

/*
 * An amount printed after "vượt" is how far a level went past a plan or a mark: "tổng sản lượng lương thực ước đạt
 * 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng 99,6% so với năm trước" (huyện Chư Sê, 2023). It is a difference,
 * no level: read as one, the index after it was checked as 204,4 / 40.869,6. An amount after "ngưỡng" is a mark that
 * levels are set against, no level either.
 */

// Grammar: excess-lead := not-after-letter "vượt" ( space+ ( "hơn" | "được" | "trên" ) )? space* end — the words right before the
//   amount
// Example: " vượt " before "204,4 tấn so với kế hoạch"; not " vượt mốc " (a mark the level passed: "vượt mốc 130 nghìn").
const EXCESS_LEAD = /(?<![\p{L}\p{M}])vượt(?:\s+(?:hơn|được|trên))?\s*$/iu;

// Grammar: threshold-lead := not-after-letter "ngưỡng" space* end — the amount is a mark that levels are set against
// Example: "4 tỉnh có kim ngạch xuất khẩu dưới ngưỡng " before "100 triệu USD, gồm: Cao Bằng đạt 42,3 triệu USD, …" (the
//          exports of ten months of 2025 by province): each province is under 100, they do not add up to it.
const THRESHOLD_LEAD = /(?<![\p{L}\p{M}])ngưỡng\s*$/iu;

/** How far before an amount its "vượt" may be printed (characters). */
const LEAD_REACH = 20;

/**
 * The claims with each amount printed right after "vượt" or "ngưỡng" marked `excess` (see the module comment); offsets
 * into `raw`.
 *
 * @example
 * // raw = 'Sản lượng ước đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch.'
 * markExcess(raw, claims)[1]?.excess // true
 */
export function markExcess(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim) => {
    if (claim.kind !== 'value') return claim;
    const lead = raw.slice(Math.max(0, claim.start - LEAD_REACH), claim.start);
    return EXCESS_LEAD.test(lead) || THRESHOLD_LEAD.test(lead) ? { ...claim, excess: true } : claim;
  });
}
