/**
 * Page numbers of a text read from a PDF: the text's offsets where each page starts, looked up by
 * binary search. Pure.
 */

/**
 * The 1-based page an offset falls on, given each page's start offset (ascending, the first 0).
 *
 * @example
 * pageAt([0, 120, 300], 150) // 2
 */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
