import { foldDiacritics } from '../../claims/normalize-text';

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
