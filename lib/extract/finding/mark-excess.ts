import type { ExtractedClaim } from '../types';

/*
 * An amount printed after "vượt" is how far a level went past a plan or a mark: "tổng sản lượng lương thực ước đạt
 * 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng 99,6% so với năm trước" (huyện Chư Sê, 2023). It is a difference,
 * no level: read as one, the index after it was checked as 204,4 / 40.869,6. An amount after "ngưỡng" is a mark that
 * levels are set against, no level either; so is the rate of another period after "thấp hơn mức tăng" ("tăng 7,14%, thấp
 * hơn mức tăng 7,56% của 6 tháng đầu năm 2021"), which read as a level gave 7,14% a base of 7,56%.
 */

// Grammar: excess-lead := not-after-letter "vượt" ( space+ ( "hơn" | "được" | "trên" ) )? space* end — the words right before the
//   amount
// Example: " vượt " before "204,4 tấn so với kế hoạch"; not " vượt mốc " (a mark the level passed: "vượt mốc 130 nghìn").
const EXCESS_LEAD = /(?<![\p{L}\p{M}])vượt(?:\s+(?:hơn|được|trên))?\s*$/iu;

// Grammar: threshold-lead := not-after-letter "ngưỡng" space* end — the amount is a mark that levels are set against
// Example: "4 tỉnh có kim ngạch xuất khẩu dưới ngưỡng " before "100 triệu USD, gồm: Cao Bằng đạt 42,3 triệu USD, …" (the
//          exports of ten months of 2025 by province): each province is under 100, they do not add up to it.
const THRESHOLD_LEAD = /(?<![\p{L}\p{M}])ngưỡng\s*$/iu;

// Grammar: rate-mark-lead := not-after-letter ( "cao" | "thấp" ) space+ "hơn" space+ ( "so" space+ "với" space+ )? ( "mức" |
//   "tốc" space+ "độ" ) space+ ( "tăng" | "giảm" ) ( space+ "trưởng" )? space* end — the rate of another period a change is
//   set against
// Example: " thấp hơn mức tăng " before "7,56% của 6 tháng đầu năm 2021" after "tăng 7,14% so với cùng kỳ năm 2021" (Lào
//          Cai's GRDP, first half of 2022): last year's rate, no level of the GRDP to compare 7,14% with.
const RATE_MARK_LEAD = /(?<![\p{L}\p{M}])(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:mức|tốc\s+độ)\s+(?:tăng|giảm)(?:\s+trưởng)?\s*$/iu;

/** How far before an amount its "vượt" may be printed (characters); a rate's lead is longer. */
const LEAD_REACH = 20;
const RATE_LEAD_REACH = 40;

/**
 * The claims with each amount printed right after "vượt", "ngưỡng" or "cao/thấp hơn mức tăng" marked `excess` (see the module comment); offsets
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
    const rateLead = raw.slice(Math.max(0, claim.start - RATE_LEAD_REACH), claim.start);
    return EXCESS_LEAD.test(lead) || THRESHOLD_LEAD.test(lead) || RATE_MARK_LEAD.test(rateLead) ? { ...claim, excess: true } : claim;
  });
}
