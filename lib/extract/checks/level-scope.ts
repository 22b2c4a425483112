import { foldDiacritics, foldDiacriticsAligned } from '../../claims/normalize-text';
import { findTimePhrases } from '../finding/find-time-phrases';
import { saysCumulative } from '../finding/sentence-time';
import { valuesDiffer } from './text-levels';
import { sameCoreName } from './core-name';
import type { SentenceSpan } from './sentence-spans';
import type { ExtractedClaim } from '../types';

/*
 * What a level of check-conflicts.ts is of, beside its name, year and part: the whole it is listed under after "trong
 * đó", the part its sentence narrows to ("Riêng nuôi trồng, …"), and whether its words say it runs from the year's start
 * ("lũy kế"). Two values that differ there are no two values of one indicator.
 */

// Grammar (folded, lower case): of-which := not-after-letter "trong do" not-before-letter
// Example: "sản lượng thủy sản … đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn": the fish is listed under the
//          24,5.
const OF_WHICH = /(?<![\p{L}\p{M}])trong do(?![\p{L}\p{M}])/gu;

// Grammar (folded, lower case): opening := start ( space | punctuation )* end — no word before the marker in its sentence
// Example: "Trong đó, sản lượng cá …" opens with its marker: its whole is in the sentence before.
const NOTHING_BEFORE = /^[\s\p{P}]*$/u;

// Grammar: only-opening := start "riêng" space+ ( any but "," ":" ";" )+ ( "," | ":" ) — a sentence that opens by
//   narrowing what it says to one part
// Example: "Riêng nuôi trồng, sản lượng tháng 10/2021 đạt 17,2 nghìn tấn" (Thái Bình's fisheries) → "nuôi trồng"; "Riêng
//          tháng 10, …" names a time, which the level's part already says.
const ONLY_OPENING = /^riêng\s+([^,:;]+?)\s*[,:]/iu;

// Grammar: spaces := whitespace+ — collapsed to one space in a part's folded name
// Example: "nuoi  trong" → "nuoi trong".
const SPACES = /\s+/gu;

/**
 * The part a sentence narrows to when it opens with "Riêng …," (folded, lower case), else `null`; never a time.
 *
 * @example
 * onlyOf('Riêng nuôi trồng, sản lượng đạt 17,2 nghìn tấn'); // 'nuoi trong'
 * onlyOf('Riêng tháng 10, sản lượng đạt 17,2 nghìn tấn');   // null
 */
export function onlyOf(sentence: string): string | null {
  const part = ONLY_OPENING.exec(sentence.trimStart())?.[1];
  if (part === undefined || findTimePhrases(part).length > 0) return null;
  return foldDiacritics(part).toLowerCase().replace(SPACES, ' ');
}

/** The first figure of a value claim, else `null`. */
function levelOf(claim: ExtractedClaim): ExtractedClaim['figures'][number] | null {
  return claim.kind === 'value' ? (claim.figures[0] ?? null) : null;
}

/**
 * The value a level is listed under after "trong đó": the last value printed before the last "trong đó" before the level
 * in its sentence (in the sentence before, when the marker opens the sentence); `null` when no "trong đó" is there.
 *
 * @example
 * // t = 'Sản lượng thủy sản đạt 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn.'
 * wholeOf(claims, t, sentence, null, t.indexOf('10 nghìn'))?.text; // '24,5 nghìn tấn'
 */
export function wholeOf(claims: readonly ExtractedClaim[], text: string, sentence: SentenceSpan, before: SentenceSpan | null, start: number): ExtractedClaim | null {
  const words = foldDiacriticsAligned(text.slice(sentence.start, start).toLowerCase());
  const marker = [...words.matchAll(OF_WHICH)].at(-1)?.index;
  if (marker === undefined) return null;
  const from = NOTHING_BEFORE.test(words.slice(0, marker)) ? (before?.start ?? sentence.start) : sentence.start;
  const to = sentence.start + marker;
  return claims.filter((c) => c.start >= from && c.end <= to && levelOf(c) !== null).at(-1) ?? null;
}

/**
 * Whether two wholes are two: other values, units or names. The same claim, or one value printed twice, is one whole.
 *
 * @example
 * otherWholes(claimOf('sản lượng thủy sản đạt 24,5 nghìn tấn'), claimOf('nuôi trồng, sản lượng đạt 17,2 nghìn tấn')); // true
 */
export function otherWholes(a: ExtractedClaim, b: ExtractedClaim): boolean {
  if (a === b) return false;
  const fa = levelOf(a);
  const fb = levelOf(b);
  if (fa === null || fb === null) return false;
  return fa.unit !== fb.unit || valuesDiffer(fa, fb) || !sameCoreName(a.indicator ?? '', b.indicator ?? '');
}

/**
 * Whether the words before a level in its sentence, since the value before it, say it runs from the year's start
 * ("lũy kế", "cộng dồn"): "thu nội địa được 245.000 triệu đồng, lũy kế được 2.219.923 triệu đồng" (Hậu Giang's budget,
 * September 2018) prints a month and the months up to it.
 *
 * @example
 * // t = 'Thu nội địa được 245.000 triệu đồng, lũy kế được 2.219.923 triệu đồng.'
 * isCumulative(claims, t, sentence, t.indexOf('2.219')); // true
 * isCumulative(claims, t, sentence, t.indexOf('245'));   // false
 */
export function isCumulative(claims: readonly ExtractedClaim[], text: string, sentence: SentenceSpan, start: number): boolean {
  const from = Math.max(sentence.start, ...claims.filter((c) => c.end <= start && c.start >= sentence.start).map((c) => c.end));
  return saysCumulative(text.slice(from, start));
}
