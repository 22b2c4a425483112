import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { sameIndicator } from '../finding/same-indicator';
import { yearsFit } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';
import { nearTotal } from './parts-heading';
import { MIN_PARTS, baseOf, isListedLevel, termOf, type Listed, type Term } from './parts-terms';
import type { IndexedClaim, SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';

/*
 * A total printed after its parts: "Tính chung" opens the sentence that adds up the levels the sentence before it
 * printed ("Sản lượng lúa ước đạt 216,7 nghìn tấn; ngô đạt 30,2 nghìn tấn. Tính chung sản lượng lương thực đạt 246,9
 * nghìn tấn": Bình Thuận, winter–spring crop 2017). "Tính chung 6 tháng đầu năm, …" sums a period, not the items
 * before it, and is not read here.
 */

// Grammar: altogether := start "tinh chung" ","? " " not-followed-by( time-word not-before-letter )   (folded, lower case)
//   time-word := digit | "thang" | "quy" | "nam" | "ca" | "tu" | "giai doan" | "ky" | "vu" | "dau" | "luy ke"
// Example: "Tính chung sản lượng lương thực đạt 246,9 nghìn tấn" opens with it; "Tính chung 6 tháng đầu năm, …",
//   "Tính chung cả năm …" and "Tính chung từ đầu năm đến nay …" do not.
const ALTOGETHER = /^tinh chung,? (?!(?:\d|thang|quy|nam|ca|tu|giai doan|ky|vu|dau|luy ke)(?![\p{L}\p{M}]))/u;

/**
 * The total a sentence opening with "Tính chung" prints and the parts the sentence before it (in the same paragraph)
 * printed, else `null`. The link is made only when every sign points to it: the total is the sentence's first level;
 * the sentence before prints at least two levels in its unit (outside brackets), none of them named like the total,
 * each of its year; none is above the total and together they are at least half of it. The list is whole: "tính
 * chung" adds up what was listed.
 *
 * @example
 * // t = 'Sản lượng lúa ước đạt 216,7 nghìn tấn; ngô đạt 30,2 nghìn tấn. Tính chung sản lượng lương thực đạt 246,9 nghìn tấn.'
 * listBeforeAltogether(t, sentenceSpans(t), 1, claimsBySentence(sentenceSpans(t), extractClaims(t)))?.parts.length; // 2
 */
export function listBeforeAltogether(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Listed | null {
  const sentence = sentences[at];
  const previous = sentences[at - 1];
  if (sentence === undefined || previous === undefined || text.slice(previous.end, sentence.start).includes('\n')) return null;
  const opened = ALTOGETHER.exec(foldDiacriticsAligned(sentence.text.toLowerCase()));
  if (opened === null) return null;
  const owner = (bySentence.get(sentence) ?? []).find((c) => isListedLevel(c, text, sentence.start));
  if (owner === undefined) return null;
  const base = baseOf(owner.claim);
  const listed = (bySentence.get(previous) ?? []).filter((c) => isListedLevel(c, text, previous.start) && baseOf(c.claim) === base);
  if (listed.length < MIN_PARTS) return null;
  if (listed.some(({ claim }) => sameIndicator(claim.indicator, owner.claim.indicator) || !yearsFit(claim.years, owner.claim.years))) return null;
  const scale = scaledUnit(owner.claim.figures[0]?.unit ?? null).scale;
  const total = termOf(owner.claim, owner.index, scale);
  const parts = listed.map(({ claim, index }) => termOf(claim, index, scale)).filter((t): t is Term => t !== null);
  if (total === null || parts.length !== listed.length || !nearTotal(total, parts)) return null;
  return { total, parts, exhaustive: true, changes: false, marker: sentence.text.slice(0, 'tinh chung'.length) };
}
