import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

// Grammar: growth-rate-name := word-start ( "toc do" | "tang truong" | "ty le tang" | "ti le tang" ) word-end   (folded text)
// Example: "Tốc độ tăng trưởng kinh tế (GRDP)" folds to "toc do tang truong kinh te (grdp)" and names a growth rate.
const GROWTH_RATE = /(?:^|[^\p{L}\p{N}])(?:toc do|tang truong|t[yi] le tang)(?![\p{L}\p{N}])/u;

/**
 * Whether an indicator phrase names a rate of change ("tốc độ tăng trưởng", "tỉ lệ tăng dân số")
 * rather than a level. A rate is not a base for a growth claim: "bình quân tăng 7%/năm" about GRDP growth
 * compares GRDP levels, never the growth rate printed for one year.
 *
 * @example
 * isGrowthRateName('Tốc độ tăng trưởng kinh tế (GRDP)'); // true
 * isGrowthRateName('Tổng vốn đầu tư toàn xã hội'); // false
 */
export function isGrowthRateName(indicator: string | null): boolean {
  return indicator !== null && GROWTH_RATE.test(foldDiacritics(indicator.normalize('NFC')));
}

// Grammar: rise-rate-name := word-start ( "tang truong" | "toc do tang" | "t" ("y"|"i") " le tang" | "muc tang" ) word-end
//   (folded text) — a rate of rise, not "tốc độ phát triển" (an index)
// Example: "tốc độ tăng trưởng kinh tế" names a rate of rise; "tốc độ phát triển GRDP" does not.
const RISE_RATE = /(?:^|[^\p{L}\p{N}])(?:tang truong|toc do tang|t[yi] le tang|muc tang)(?![\p{L}\p{N}])/u;

/**
 * The claims with every "index" of a rate of rise below 100 read as that rate's level: "tốc độ tăng trưởng kinh tế đạt
 * 6,33% so với năm 2022" is growth of 6,33 %, never 6,33 % of 2022's rate (a fall of 94 %); so is an "index" below
 * SURE_INDEX named by a rise or a pace ("đã tăng vượt bậc, ước đạt 16,76% so với cùng kỳ"). The rate is printed as a
 * level of itself, as "Tốc độ tăng trưởng kinh tế năm 2022 đạt 8,02%" is; its base year names no level to compare.
 *
 * @example
 * readRiseRateLevels(extracted).map((c) => c.kind) // ['value'] for "Tốc độ tăng trưởng đạt 6,33% so với năm 2022"
 */
export function readRiseRateLevels(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim) => {
    const figure = claim.figures[0];
    if (claim.kind !== 'index' || figure === undefined || !(figure.value < 100) || claim.indicator === null) return claim;
    const name = foldDiacritics(claim.indicator.normalize('NFC')).toLowerCase();
    const said = `${name} ${foldDiacritics(claim.text.normalize('NFC')).toLowerCase()}`;
    if (!RISE_RATE.test(name) && !(figure.value < SURE_INDEX && RISE_WORD.test(said))) return claim;
    return { ...claim, kind: 'value', claim: null, qualifier: null, direction: null, compareTo: null };
  });
}

/**
 * The lowest index a phrase that speaks of a rise or a pace may print as an index: below it the thing would have lost
 * more than half its level, which no rise and no "tốc độ phát triển" of a sector says.
 */
const SURE_INDEX = 50;

// Grammar: rise-word := word-start ( "tang" | "toc do" ) word-end   (folded text)
// Example: "đã tăng vượt bậc, ước đạt 16,76% so với cùng kỳ năm 2021" (Đà Nẵng's GRDP, 9 months of 2022) and "duy trì tốc
//          độ phát triển 3,6% so với cùng kỳ" (Quảng Nam, Q1/2023) print the growth, not 16,76 % of 2021's level.
const RISE_WORD = /(?:^|[^\p{L}\p{N}])(?:tang|toc do)(?![\p{L}\p{N}])/u;

// Grammar: interest-name := word-start "lai suat" word-end (folded text) — an interest rate, printed per year
// Example: "Lãi suất cho vay bằng VND ở những lĩnh vực ưu tiên" names an interest rate.
const INTEREST = /(?:^|[^\p{L}\p{N}])lai suat(?![\p{L}\p{N}])/u;

/**
 * The claims with every yearly rate of an interest rate read as that rate's level: "lãi suất cho vay … ở mức 7%/năm" is
 * what a loan costs a year, never a rise of 7 % a year.
 *
 * @example
 * readInterestRates(extracted).map((c) => c.kind) // ['value'] for "Lãi suất cho vay phổ biến ở mức 7%/năm"
 */
export function readInterestRates(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim) => {
    if (claim.kind !== 'average-annual' || claim.indicator === null) return claim;
    if (!INTEREST.test(foldDiacritics(claim.indicator.normalize('NFC')).toLowerCase())) return claim;
    return { ...claim, kind: 'value', claim: null, qualifier: null, direction: null, compareTo: null };
  });
}
