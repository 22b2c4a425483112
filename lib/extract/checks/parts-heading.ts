import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { yearsFit } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';
import { MIN_PARTS, baseOf, inBrackets, isListedLevel, isRateUnit, sumInterval, termOf, type Listed, type Term } from './parts-terms';
import { previousWithClaims, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';
import { GDP, PARTITIONS, namesPartition } from './known-splits';

/*
 * Parts announced at the start of a sentence whose total is printed in the sentence before: by a heading
 * ("Chia theo …,", listUnderHeading) or by a list marker ("Trong đó, …", listAfterOpening).
 *
 * A heading: parts announced by a heading at the start of a sentence ("Chia theo khu vực kinh tế, dịch vụ có 99.548 doanh
 * nghiệp, …") whose total is printed in the sentence before. Nothing in the words ties the two sentences
 * together, so the link is made only when every sign points to it:
 * - the two sentences are next to each other in one paragraph;
 * - the sentence before prints exactly one level in the parts' unit (outside brackets, where the base of a
 *   comparison is printed: "(131.275 doanh nghiệp)");
 * - the parts are levels (no changes) and their names are a known split of a whole, each part named once:
 *   the three economic sectors (with product taxes when either sentence names a GDP or GRDP), thành thị / nông thôn,
 *   nam / nữ;
 * - the parts speak about the total's year, or name none;
 * - no part alone exceeds the total, and the parts add up to at least half of it: a figure so far from its
 *   parts is another quantity printed before them, not their whole.
 */

// Grammar: heading := start ( "chia theo" | "phân theo" | "theo" lookahead( " " classifier ) ) ( " " word ){1,8} " "? ( "," | ":" )
//   classifier := ( "khu vực" | "ngành" | "loại hình" | "vùng" | "giới tính" | "thành thị" | "thành phần" ) not-before-letter
//   word := letter+                                                                   (folded)
// Example: "Chia theo khu vực kinh tế, khu vực dịch vụ có 99.548 doanh nghiệp" has the heading "Chia theo khu vực kinh tế,";
//   "Theo giá hiện hành, GDP đạt …" has none ("giá" is no classifier).
const HEADING =
  /^(?:chia theo|phan theo|theo(?= (?:khu vuc|nganh|loai hinh|vung|gioi tinh|thanh thi|thanh phan)(?![\p{L}\p{M}])))(?: [\p{L}\p{M}]+){1,8} ?[,:]/u;

// Grammar: overall-heading := start "trong muc tang" ( " truong" )? " chung" ( " " word ){0,8} " "? ( "," | ":" ) (folded)
// Example: "Trong mức tăng chung của toàn nền kinh tế, khu vực công nghiệp, xây dựng … ước đạt 17.443,9 tỷ đồng, …" lists
//   the GRDP's components (Hà Nam, first half of 2024); the GRDP it refers to may stand a paragraph before.
const OVERALL_HEADING = /^trong muc tang(?: truong)? chung(?: [\p{L}\p{M}]+){0,8} ?[,:]/u;

// Grammar: sub-part := ( start | "," | ";" | "(" ) space* "riêng" space (any but "," ";")* end (folded) — the words before a
//   part of the part before it
// Example: "…, riêng khu vực công nghiệp ước đạt " before "15.491,2 tỷ đồng" under "khu vực công nghiệp, xây dựng … 17.443,9
//   tỷ đồng" (Hà Nam, first half of 2024): no peer of the parts.
const SUB_PART = /(?:^|[,;(])\s*rieng\s[^,;]*$/u;

function unitOf(claim: ExtractedClaim): string | null {
  return claim.figures[0]?.unit ?? null;
}


/**
 * The one level in the sentence before, in the parts' unit and outside brackets, or `null` (none, or several).
 *
 * @example
 * totalBefore(text, previous, bySentence.get(previous) ?? [], 'dong')?.claim.figures[0]?.value // 41690.8
 */
export function totalBefore(text: string, previous: SentenceSpan, claims: readonly IndexedClaim<ExtractedClaim>[], base: string): IndexedClaim<ExtractedClaim> | null {
  const candidates = claims.filter((c) => isListedLevel(c, text, previous.start) && baseOf(c.claim) === base);
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** The parts listed after a heading, up to the end of the sentence (items are often cut by ";"), or `null`. */
function partsAfter(text: string, from: number, claims: readonly IndexedClaim<ExtractedClaim>[], fewest = MIN_PARTS): IndexedClaim<ExtractedClaim>[] | null {
  const listed = claims.filter(({ claim }) => claim.start >= from && !isRateUnit(unitOf(claim)) && !inBrackets(text, from, claim.start));
  const first = listed[0];
  if (first === undefined) return null;
  const parts = listed.filter(
    ({ claim }, i) => baseOf(claim) === baseOf(first.claim) && !SUB_PART.test(foldDiacriticsAligned(text.slice(i === 0 ? from : (listed[i - 1]?.claim.end ?? from), claim.start).toLowerCase())),
  );
  // A change ("dịch vụ tăng 4.000 doanh nghiệp") is no level, and a table row is no prose.
  if (parts.length < fewest || parts.some(({ claim }) => claim.kind !== 'value' || claim.source !== 'prose')) return null;
  return parts;
}

/**
 * Whether the parts are near enough to the total to be its parts (see the module comment): none above it, and together at
 * least half of it.
 *
 * @example
 * nearTotal(total, parts) // false for parts 30 and 40 under a total of 200
 */
export function nearTotal(total: Term, parts: readonly Term[]): boolean {
  return parts.every((p) => p.interval.lo <= total.interval.hi) && sumInterval(parts).hi >= total.interval.lo / 2;
}

/** A list opened at the start of a sentence: where its parts start, the parts, and the one level before them. */
interface OpenedList {
  readonly sentence: SentenceSpan;
  readonly previous: SentenceSpan;
  /** The opening words as matched (a heading, or a marker such as "Trong đó,"), folded. */
  readonly opening: string;
  readonly from: number;
  readonly listed: IndexedClaim<ExtractedClaim>[];
  readonly owner: IndexedClaim<ExtractedClaim>;
}


/**
 * The sentence a list opening sentence `at` continues: the one before it in its paragraph; for a marker ("Trong đó,",
 * "Bao gồm,") or "Trong mức tăng chung …,", which name the link themselves, the nearest one before it that prints a
 * figure, across a paragraph break or a caption (Hà Giang's GRDP and its sectors a paragraph each; Thanh Hóa's
 * investment, a photo between).
 */
function previousOf(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
  marker: boolean,
): SentenceSpan | undefined {
  const sentence = sentences[at];
  const before = sentences[at - 1];
  if (sentence === undefined || before === undefined) return undefined;
  if (!marker) return text.slice(before.end, sentence.start).includes('\n') ? undefined : before;
  return previousWithClaims(sentences, at, bySentence);
}

/**
 * The list that `opener` (on the folded sentence) opens at the start of sentence `at`, with the one level in the parts'
 * unit that the sentence it continues prints (previousOf); else `null`.
 */
function openedList(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
  opener: RegExp,
  fewest = MIN_PARTS,
): OpenedList | null {
  const sentence = sentences[at];
  const previous = previousOf(text, sentences, at, bySentence, opener !== HEADING);
  if (sentence === undefined || previous === undefined) return null;
  const opened = opener.exec(foldDiacriticsAligned(sentence.text.toLowerCase()));
  if (opened === null) return null;
  const from = sentence.start + opened[0].length;
  const listed = partsAfter(text, from, bySentence.get(sentence) ?? [], fewest);
  const first = listed?.[0];
  if (listed === null || first === undefined) return null;
  const owner = totalBefore(text, previous, bySentence.get(previous) ?? [], baseOf(first.claim));
  return owner === null ? null : { sentence, previous, opening: opened[0], from, listed, owner };
}

/** The total and its parts as terms in the total's scale, when every part is of the total's year (or of none). */
function termsOfList({ owner, listed }: OpenedList): { total: Term; parts: Term[] } | null {
  // A total of no year ("tổng khách … trong năm ước đạt …") leaves its parts' years unjudged.
  if (!listed.every(({ claim }) => yearsFit(claim.years, owner.claim.years))) return null;
  const scale = scaledUnit(unitOf(owner.claim)).scale;
  const total = termOf(owner.claim, owner.index, scale);
  const parts = listed.map(({ claim, index }) => termOf(claim, index, scale)).filter((t): t is Term => t !== null);
  return total === null || parts.length !== listed.length ? null : { total, parts };
}

/**
 * Whether the words before each part name a known split of a whole, each part once (the economic sectors, with product
 * taxes when either sentence names a GDP or GRDP; thành thị / nông thôn; nam / nữ).
 */
function namesKnownSplit(text: string, { listed, from, previous, sentence }: OpenedList): boolean {
  const labels = listed.map(({ claim }, i) => foldDiacriticsAligned(text.slice(i === 0 ? from : (listed[i - 1]?.claim.end ?? from), claim.start)));
  const gdp = GDP.test(foldDiacriticsAligned(`${previous.text} ${sentence.text}`));
  return PARTITIONS.some((p) => !(gdp && p.notForGdp) && namesPartition(labels, p));
}

/** The opening words of a list as printed, without the comma or colon that ends them. */
function markerOf({ sentence, opening }: OpenedList): string {
  return sentence.text.slice(0, opening.length - 1).trim();
}

/**
 * The total in the sentence before and the parts after a heading such as "Chia theo khu vực kinh tế," at the start
 * of sentence `at`, when every condition of the module comment holds; else `null`. The list is whole.
 *
 * @example
 * // t = 'Năm 2019 có 138.139 doanh nghiệp thành lập mới. Chia theo khu vực kinh tế, dịch vụ 99.548 doanh nghiệp,
 * //      công nghiệp và xây dựng 36.562 doanh nghiệp, nông, lâm nghiệp và thủy sản 2.029 doanh nghiệp.'
 * listUnderHeading(t, sentenceSpans(t), 1, claimsBySentence(sentenceSpans(t), extractClaims(t)))?.total.value; // 138139
 */
export function listUnderHeading(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Listed | null {
  const list = openedList(text, sentences, at, bySentence, HEADING) ?? openedList(text, sentences, at, bySentence, OVERALL_HEADING);
  if (list === null || !namesKnownSplit(text, list)) return null;
  const terms = termsOfList(list);
  if (terms === null || !nearTotal(terms.total, terms.parts)) return null;
  return { ...terms, exhaustive: true, changes: false, marker: markerOf(list) };
}

// Grammar: opening := start ( "trong đó" | "bao gồm" | "gồm" | "chia ra" ) ( space* ( "," | ":" ) | space lookahead( letter ) )
//   (folded)
// Example: "Trong đó, chi ngân sách huyện là 269.490 triệu đồng, …" opens with the marker "Trong đó,"; so does "Trong đó
//   khách đến bằng đường hàng không đạt …" without its comma (GSO's international arrivals of ten months).
export const OPENING_MARKER = /^(?:trong do|bao gom|gom|chia ra)(?: *[,:]| (?=\p{L}))/u;

// Grammar (folded): some-parts := start "trong do" — a marker that may name only some of the parts
// Example: "trong do," lists some; "gom:" lists all.
const SOME_PARTS = /^trong do/u;

// Grammar: name-word := letter+ (folded), not "tong" (the "tổng" of a total) and not "uoc" (an estimate's "ước")
// Example: "Tổng chi ngân sách địa phương" has the words "chi", "ngan", "sach", "dia", "phuong".
const NAME_WORD = /[\p{L}\p{M}]+/gu;
const NOT_A_NAME_WORD = new Set(['tong', 'uoc']);

/** The folded words of a name that may tie a part to its total. */
function nameWords(name: string | null): string[] {
  return (foldDiacriticsAligned((name ?? '').toLowerCase()).match(NAME_WORD) ?? []).filter((w) => !NOT_A_NAME_WORD.has(w));
}

/**
 * The total in the sentence before and the parts after a list marker that opens sentence `at` ("Trong đó, chi ngân
 * sách huyện là 269.490 triệu đồng, chi ngân sách xã 77.650 triệu đồng" after "Tổng chi ngân sách địa phương … là
 * 257.343 triệu đồng"), else `null`. The marker names the link the words of a heading do not, so fewer signs are
 * needed: the sentence before (previousOf: across a paragraph break or a caption) prints one level in the parts'
 * unit, the parts are levels of the total's year (or of none), and every part's name starts with a word of the
 * total's ("chi ngân sách huyện" under "Tổng chi ngân sách địa phương") or the parts name a known split of it (a
 * GRDP's sectors). Only "gồm", "bao gồm" and "chia ra" list the whole.
 *
 * @example
 * // t = 'Tổng chi ngân sách quý I/2023 là 257.343 triệu đồng. Trong đó, chi ngân sách huyện là 269.490 triệu đồng,
 * //      chi ngân sách xã 77.650 triệu đồng.'
 * listAfterOpening(t, sentenceSpans(t), 1, claimsBySentence(sentenceSpans(t), extractClaims(t)))?.total.value; // 257343
 */
export function listAfterOpening(
  text: string,
  sentences: readonly SentenceSpan[],
  at: number,
  bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>,
): Listed | null {
  // One part is read too, to tell when it is more than its total ("… 2.658 triệu USD. Trong đó, nhập khẩu địa phương đạt
  // 3.186 triệu USD"), when it is of the total's part of the year.
  const list = openedList(text, sentences, at, bySentence, OPENING_MARKER, 1);
  if (list === null || (list.listed.length === 1 && list.listed[0]?.claim.part !== list.owner.claim.part)) return null;
  const ownerWords = new Set(nameWords(list.owner.claim.indicator));
  // Parts named like their total ("chi ngân sách huyện" under "Tổng chi ngân sách"), or a known split of it (a GRDP's sectors).
  const named = list.listed.every(({ claim }) => ownerWords.has(nameWords(claim.indicator)[0] ?? ''));
  const known = namesKnownSplit(text, list);
  if (!named && !known) return null;
  const terms = termsOfList(list);
  // "Trong đó," may list some parts only, but a known split lists them all (international and domestic visitors).
  return terms === null ? null : { ...terms, exhaustive: !SOME_PARTS.test(list.opening) || known, changes: false, marker: markerOf(list) };
}
