import type { ExtractedClaim } from '../types';

/*
 * Monthly reports print a month and then the months so far in a sentence of their own, without naming the indicator
 * again: "Giá trị sản xuất công nghiệp tháng 7 ước đạt 5.200 tỷ đồng, tăng 3,1% so với tháng trước. Lũy kế 7 tháng ước
 * đạt 33.400 tỷ đồng, tăng 9,5% so với cùng kỳ năm trước." The second sentence is of the first one's indicator.
 */

// Grammar: cumulative-lead := start ( "lũy kế" | "luỹ kế" | "cộng dồn" | "tính chung" | "tính từ đầu năm" ) not-before-letter
// Example: "Lũy kế 7 tháng ước đạt …", "Tính chung 9 tháng, …"; not "Lũy kế xuất khẩu 7 tháng …" (which names its own
// indicator: findSubject reads it, and this rule only names claims that have none).
const CUMULATIVE_LEAD = /^\s*(?:lũy\s+kế|luỹ\s+kế|cộng\s+dồn|tính\s+chung|tính\s+từ\s+đầu\s+năm)(?![\p{L}\p{M}])/iu;

/**
 * The claims of a sentence that opens with a cumulative time and names no indicator before its first claim, named
 * with the indicator of the paragraph's sentence before (`previous`, `null` for none): carried, so `inherited`.
 *
 * @example
 * carryParagraphSubject('Lũy kế 7 tháng ước đạt 33.400 tỷ đồng', claims, 'Giá trị sản xuất công nghiệp')[0]?.indicator
 * // 'Giá trị sản xuất công nghiệp'
 */
export function carryParagraphSubject(sentence: string, found: readonly ExtractedClaim[], previous: string | null): readonly ExtractedClaim[] {
  if (previous === null || found[0]?.indicator !== null || !CUMULATIVE_LEAD.test(sentence)) return found;
  let named = false;
  return found.map((claim) => {
    named ||= claim.indicator !== null;
    return named ? claim : { ...claim, indicator: previous, inherited: true };
  });
}
