import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { yearsFit } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';
import { GDP, PARTITIONS, namesPartition } from './known-splits';
import { OPENING_MARKER, nearTotal, totalBefore } from './parts-heading';
import { MIN_PARTS, baseOf, isListedLevel, termOf, type Listed, type Term } from './parts-terms';
import { previousWithClaims, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';

/*
 * A known split of a whole printed one part a sentence, the first after "Trong đó,": "GRDP … ước tính đạt 41.690,8 tỷ
 * đồng, tăng 11,51%. Trong đó, khu vực nông, lâm nghiệp và thuỷ sản đạt 6.628,4 tỷ đồng, … . Khu vực công nghiệp - xây
 * dựng đạt 15.931,1 tỷ đồng, … (trong đó công nghiệp đạt …). Khu vực dịch vụ đạt 13.483,5 tỷ đồng, … . Thuế sản phẩm trừ
 * trợ cấp sản phẩm đạt 5.647,9 tỷ đồng, …" (Quảng Ngãi, first half of 2025). Each sentence gives its first level outside
 * brackets; the sentences run on in the paragraph while each gives one in the parts' unit. The words before the levels
 * must name every part of a known split once (known-splits.ts), which makes the list whole.
 */

/** At most this many sentences after the opening one are read for parts (a GRDP's four components take three). */
const MAX_MORE_SENTENCES = 5;

/** A part and the folded words before it in its sentence (its name). */
interface NamedPart {
  readonly part: IndexedClaim<ExtractedClaim>;
  readonly label: string;
}

/** The first level of a sentence from `from` on, outside brackets and in the unit `base` (any unit when null), with its name. */
function firstLevel(text: string, claims: readonly IndexedClaim<ExtractedClaim>[], from: number, base: string | null): NamedPart | null {
  const part = claims.find((c) => c.claim.start >= from && isListedLevel(c, text, from));
  if (part === undefined || (base !== null && baseOf(part.claim) !== base)) return null;
  return { part, label: foldDiacriticsAligned(text.slice(from, part.claim.start).toLowerCase()) };
}

/**
 * The total before a "Trong đó," sentence and the parts of a known split printed one a sentence from there on (see the
 * module comment), else `null`. Only when the opening sentence itself lists one part: two or more are listAfterOpening's.
 *
 * @example
 * // t = 'GRDP đạt 100 tỷ đồng. Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 20 tỷ đồng. Khu vực công nghiệp - xây dựng
 * //      đạt 30 tỷ đồng. Khu vực dịch vụ đạt 40 tỷ đồng. Thuế sản phẩm đạt 10 tỷ đồng.'
 * listBySentences(t, sentenceSpans(t), 1, claimsBySentence(sentenceSpans(t), extractClaims(t)))?.parts.length; // 4
 */
export function listBySentences(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Listed | null {
  const sentence = sentences[at];
  const previous = previousWithClaims(sentences, at, bySentence);
  if (sentence === undefined || previous === undefined) return null;
  const opened = OPENING_MARKER.exec(foldDiacriticsAligned(sentence.text.toLowerCase()));
  if (opened === null) return null;
  const from = sentence.start + opened[0].length;
  const inOpening = bySentence.get(sentence) ?? [];
  const first = firstLevel(text, inOpening, from, null);
  if (first === null) return null;
  const base = baseOf(first.part.claim);
  if (inOpening.filter((c) => isListedLevel(c, text, from) && baseOf(c.claim) === base).length !== 1) return null;
  const named: NamedPart[] = [first];
  for (let k = at + 1; k <= at + MAX_MORE_SENTENCES; k++) {
    const next = sentences[k];
    const before = sentences[k - 1];
    if (next === undefined || before === undefined || text.slice(before.end, next.start).includes('\n')) break;
    const part = firstLevel(text, bySentence.get(next) ?? [], next.start, base);
    if (part === null) break;
    named.push(part);
  }
  const gdp = GDP.test(foldDiacriticsAligned(`${previous.text} ${sentence.text}`.toLowerCase()));
  const labels = named.map((n) => n.label);
  if (named.length < MIN_PARTS || !PARTITIONS.some((p) => !(gdp && p.notForGdp) && namesPartition(labels, p))) return null;
  const owner = totalBefore(text, previous, bySentence.get(previous) ?? [], base);
  if (owner === null || !named.every(({ part }) => yearsFit(part.claim.years, owner.claim.years))) return null;
  const scale = scaledUnit(owner.claim.figures[0]?.unit ?? null).scale;
  const total = termOf(owner.claim, owner.index, scale);
  const parts = named.map(({ part }) => termOf(part.claim, part.index, scale)).filter((t): t is Term => t !== null);
  if (total === null || parts.length !== named.length || !nearTotal(total, parts)) return null;
  return { total, parts, exhaustive: true, changes: false, marker: sentence.text.slice(0, opened[0].length).replace(/[\s,:]+$/u, '') };
}
