import { foldDiacriticsAligned } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';
import { MIN_PARTS, baseOf, inBrackets, isRateUnit, knownPartition, termOf, type Listed } from './parts-terms';
import { previousWithClaims, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';

/*
 * Parts printed one bullet line each under a line that ends with a list marker and a colon, as provincial reports print
 * their budget, investment and output:
 *   "- Thu ngân sách … được 555,50 tỷ đồng, lũy kế được 1.627,18 tỷ đồng, …, bao gồm:"
 *   "+ Thu nội địa: 500 tỷ đồng, lũy kế được 1.498,51 tỷ đồng, …"
 *   "+ Thu từ hoạt động xuất nhập khẩu: 55,50 tỷ đồng, lũy kế được 137,67 tỷ đồng, …"
 * The line may be the marker alone ("Trong đó:"); the total is then in the line before it. Every bullet line prints as
 * many levels in the total's unit as the total's line does, in the same order (the month, then the year so far): each
 * column of levels is one list. The bullets are the lines right after the marker that open with its first line's bullet,
 * at least two; lines of another bullet between them detail one of them ("+" under "-") and are passed over.
 */

// Grammar: marker-colon := ( "bao gồm" | "gồm" | "chia ra" | "trong đó" | "cụ thể" ) space* ":" at the end   (folded)
// Example: "…, đạt 24,96% dự toán Hội đồng nhân dân tỉnh giao, bao gồm:" and "Trong đó:" end so.
const MARKER_COLON = /(?<![\p{L}\p{M}])(?<marker>bao gom|gom|chia ra|trong do|cu the)\s*:$/u;

// Grammar: marker-only := start marker-colon — the marker is all the line says
// Example: "Trong đó:" on a line of its own.
const MARKER_ONLY = /^(?:bao gom|gom|chia ra|trong do|cu the)\s*:$/u;

// Grammar: exhaustive := "gồm" | "bao gồm" | "chia ra" (folded); "trong đó" and "cụ thể" may list only some parts
// Example: "bao gồm:" lists every part.
const EXHAUSTIVE = /gom|chia ra/u;

// Grammar: bullet := one of "+" "-" "•" "*" "–" at the start, then a space
// Example: "+ Thu nội địa: 500 tỷ đồng" opens with the bullet "+".
const BULLET = /^([+\-•*–])\s/u;


/** The levels of a line outside brackets, not rates, in order. */
function levelsOf(text: string, sentence: SentenceSpan, claims: readonly IndexedClaim<ExtractedClaim>[]): IndexedClaim<ExtractedClaim>[] {
  return claims.filter(
    ({ claim }) => claim.kind === 'value' && !isRateUnit(claim.figures[0]?.unit ?? null) && !inBrackets(text, sentence.start, claim.start),
  );
}

/** The bullet lines right after sentence `at` opened by the first one's bullet, past the lines of other bullets under them. */
function bulletsAfter(sentences: readonly SentenceSpan[], at: number): SentenceSpan[] {
  const first = sentences[at + 1];
  const bullet = first === undefined ? undefined : BULLET.exec(first.text)?.[1];
  if (bullet === undefined) return [];
  const out: SentenceSpan[] = [];
  for (const next of sentences.slice(at + 1)) {
    const opening = BULLET.exec(next.text)?.[1];
    if (opening === undefined) break;
    if (opening === bullet) out.push(next);
  }
  return out;
}

/**
 * The lists a line ending "…, bao gồm:" (or a line "Trong đó:" alone, after its total's line) opens over the bullet
 * lines under it: one per column of levels (see the module comment), else none.
 *
 * @example
 * // "- Thu … được 555,50 tỷ đồng, lũy kế được 1.627,18 tỷ đồng, bao gồm:" over two "+ …" lines
 * bulletLists(text, sentences, 0, bySentence).map((l) => l.total.value) // [555.5, 1627.18]
 */
export function bulletLists(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Listed[] {
  const sentence = sentences[at];
  const folded = sentence === undefined ? '' : foldDiacriticsAligned(sentence.text.trim().toLowerCase());
  const marker = MARKER_COLON.exec(folded)?.groups?.['marker'];
  if (sentence === undefined || marker === undefined) return [];
  const owner = MARKER_ONLY.test(folded) ? previousWithClaims(sentences, at, bySentence) : sentence;
  const bullets = bulletsAfter(sentences, at);
  if (owner === undefined || bullets.length < MIN_PARTS) return [];
  const firstPart = levelsOf(text, bullets[0] as SentenceSpan, bySentence.get(bullets[0] as SentenceSpan) ?? [])[0];
  if (firstPart === undefined) return [];
  const base = baseOf(firstPart.claim);
  const inBase = (line: SentenceSpan) => levelsOf(text, line, bySentence.get(line) ?? []).filter(({ claim }) => baseOf(claim) === base);
  const totals = inBase(owner);
  const columns = bullets.map(inBase);
  if (totals.length === 0 || columns.some((c) => c.length !== totals.length)) return [];
  return totals.flatMap((owned, column) => {
    const scale = scaledUnit(owned.claim.figures[0]?.unit ?? null).scale;
    const total = termOf(owned.claim, owned.index, scale);
    const parts = columns.map((c) => c[column]).flatMap((p) => (p === undefined ? [] : (termOf(p.claim, p.index, scale) ?? [])));
    if (total === null || parts.length !== bullets.length) return [];
    const listed: Listed = { total, parts, exhaustive: EXHAUSTIVE.test(marker) || knownPartition(parts), changes: false, marker };
    return [listed];
  });
}
