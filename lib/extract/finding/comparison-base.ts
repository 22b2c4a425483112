import { foldDiacritics } from '../../claims/normalize-text';

/*
 * What a change is measured against, as its words say: the period before ("so với tháng trước"), the same period a
 * year before ("so với cùng kỳ năm trước", "so với năm trước") or December of the year before ("so với tháng 12 năm
 * trước"). Two rises on different bases are never ranked or averaged together: a CPI group "tăng 0,46% so với tháng
 * trước và tăng 4,5% so với cùng kỳ năm trước" rose 4,5 % only on the year.
 */

export type ComparisonBase = 'previous' | 'last-year' | 'december';

// Grammar (folded): december := "thang 12 nam truoc"; previous := "so" ( space "voi" )? space ( "thang" | "quy" | "ky" )
//   space "truoc"; last-year := "cung ky" | "nam truoc" — as words
// Example: "so với tháng 12 năm trước" → december; "so với tháng trước" → previous; "so với cùng kỳ năm trước" → last-year.
const BASES: readonly (readonly [ComparisonBase, RegExp])[] = [
  ['december', /(?:^|[^a-z])thang 12 nam truoc(?:[^a-z]|$)/u],
  ['previous', /(?:^|[^a-z])so (?:voi )?(?:thang|quy|ky) truoc(?:[^a-z]|$)/u],
  ['last-year', /(?:^|[^a-z])(?:cung ky|nam truoc)(?:[^a-z]|$)/u],
];

/**
 * The base a stretch of text names, the first of December, the period before and the year before that it holds; null
 * when it names none.
 *
 * @example
 * comparisonBaseOf('tăng 0,46% so với tháng trước') // 'previous'
 * comparisonBaseOf('tăng 4,5% so với cùng kỳ năm trước') // 'last-year'
 * comparisonBaseOf('tăng 4,5%') // null
 */
export function comparisonBaseOf(text: string): ComparisonBase | null {
  const folded = foldDiacritics(text).toLowerCase();
  return BASES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}
