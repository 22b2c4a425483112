import { foldDiacritics, foldDiacriticsAligned } from '../../claims/normalize-text';
import { intersects } from '../../verify/interval';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { bracketLists } from './bracket-parts';
import { bulletLists } from './bullet-parts';
import { listAfterOpening, listUnderHeading } from './parts-heading';
import { listBeforeAltogether } from './parts-altogether';
import { listBySentences } from './parts-by-sentence';
import { namesFourComponents, namesThreeSectors } from './known-splits';
import { retailLists } from './retail-parts';
import { remarkOn } from './parts-remarks';
import { CHANGE_WORD, MIN_PARTS, boundedSum, inBrackets, isBalance, isRateUnit, knownPartition, sumInterval, termOf, widened, type Listed, type Term } from './parts-terms';
import { partsBasesFinding } from './parts-bases';
import { sharesOfTheirSum } from './parts-own-whole';
import { partsExplanation, partsFinding, remainderFinding } from './parts-messages';
import { claimsBySentence, sentenceSpans, type IndexedClaim, type SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';
import { sameIndicator } from '../finding/same-indicator';
import type { ExtractedClaim } from '../types';
import { isMonthsToDate, isOneMonth } from '../../verify/reference-period';

// Grammar: marker := not-after-letter ( "bao gồm" | "gồm" | "trong đó" | "chia ra" ) not-before-letter   (folded)
// Example: "đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD" has the marker "gồm".
const MARKER = /(?<![\p{L}\p{M}])(?:bao gom|gom|trong do|chia ra)(?![\p{L}\p{M}])/gu;

// Grammar: exhaustive := "gồm" | "bao gồm" | "chia ra" (folded); "trong đó" may list only some parts.
// Example: "gồm nông, lâm nghiệp …" lists every part; "trong đó công nghiệp chế biến …" picks one.
const EXHAUSTIVE = /gom|chia ra/u;

// Grammar: excluded := "không tính" | "không kể" | "loại trừ" (folded);  remainder := "còn" | "thì" (folded, whole word)
// Example: "Không tính tiền sử dụng đất (5.056 tỷ đồng), thu nội địa còn 11.104 tỷ đồng" is a total minus a part; so is
//          "Không tính … (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng" (Nghệ An's budget of 2020).
const EXCLUDED = /(?<![\p{L}\p{M}])(?:khong tinh|khong ke|loai tru)(?![\p{L}\p{M}])/u;
const REMAINDER = /(?<![\p{L}\p{M}])(?:con|thi)(?![\p{L}\p{M}])/u;

// Grammar: fall-word := "giảm" (folded, whole word), the last direction word before a part of a list of changes
// Example: "thành thị tăng 121.000 người, còn nông thôn giảm 32.300 người" makes 32.300 a fall.
const FALL_WORD = /(?<![\p{L}\p{M}])giam(?![\p{L}\p{M}])/u;

/** The sign of a change: its own direction, else the last direction word before it after the marker. */
function signOf(claim: ExtractedClaim, text: string, from: number): 1 | -1 {
  if (claim.direction !== null) return claim.direction === 'down' ? -1 : 1;
  const words = foldDiacriticsAligned(text.slice(from, claim.start)).match(new RegExp(CHANGE_WORD.source, 'gu')) ?? [];
  const last = words[words.length - 1];
  return last !== undefined && FALL_WORD.test(last) ? -1 : 1;
}

function isAbsoluteChange(claim: ExtractedClaim): boolean {
  return claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'absolute';
}

// Grammar: enumeration := space* ":" — a marker followed by a colon, which opens a list of items separated by ";"
// Example: ": Nông nghiệp đạt 183,6 nghìn tỷ đồng, tăng 2,8%; lâm nghiệp …" after "bao gồm".
const ENUMERATION = /^\s*:/u;

/**
 * Where the parts after a marker end: at the end of the clause (";"), or of the sentence after a colon. `null` when
 * the clause holds another marker: a nested list ("gồm vốn nhà nước 3.000 tỷ đồng, trong đó trung ương …, vốn ngoài nhà nước …") does not
 * say where each list ends, so neither is checked.
 */
function listEnd(text: string, sentence: SentenceSpan, markerAt: number, marker: string, inSentence: readonly IndexedClaim<ExtractedClaim>[]): number | null {
  const clauseEnd = text.indexOf(';', markerAt);
  // "bao gồm: Nông nghiệp …; lâm nghiệp …; thuỷ sản …" (GSO, 2012): a colon opens a list whose items ";" separates.
  const enumerated = ENUMERATION.test(text.slice(markerAt + marker.length));
  const end = enumerated || clauseEnd < 0 || clauseEnd > sentence.end ? sentence.end : clauseEnd;
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', markerAt) + 1);
  const markers = [...foldDiacriticsAligned(text.slice(clauseStart, end)).matchAll(MARKER)].map((m) => clauseStart + m.index);
  const later = markers.find((at) => at > markerAt);
  if (later === undefined) return markers.length > 1 ? null : end;
  // A later marker that lists no figure describes the last part ("243,35 ha cây trồng khác bao gồm: cây sắn, …"): the
  // list ends there. One that lists figures nests a list in this one, and neither list says where it ends.
  return inSentence.some(({ claim }) => claim.start > later && claim.end <= end && claim.kind === 'value') ? null : later;
}

/** The levels (or changes) after a marker up to `end`, in the unit of the first; fewer than `fewest` give null. */
function partsUpTo(text: string, markerAt: number, end: number, inSentence: readonly IndexedClaim<ExtractedClaim>[], fewest = MIN_PARTS): IndexedClaim<ExtractedClaim>[] | null {
  const after = inSentence
    .filter(({ claim }) => claim.start >= markerAt && claim.end <= end && (claim.kind === 'value' || isAbsoluteChange(claim)))
    .filter(({ claim }) => !isRateUnit(claim.figures[0]?.unit ?? null) && !isBalance(claim) && !inBrackets(text, markerAt, claim.start));
  const first = after[0];
  if (first === undefined) return null;
  const base = scaledUnit(first.claim.figures[0]?.unit ?? null).base;
  const listed = untilUnseparated(text, after.filter(({ claim }) => scaledUnit(claim.figures[0]?.unit ?? null).base === base));
  return listed.length < fewest ? null : listed;
}

// Grammar (folded): item-separator := "," | ";" | not-after-letter "va" not-before-letter — what stands between two
//   items of a list
// Example: ", công nghiệp và xây dựng " and " và " separate parts; " dự án … trên 14.000 tỷ đồng có " does not.
const ITEM_SEPARATOR = /[,;]|(?<![\p{L}\p{M}])va(?![\p{L}\p{M}])/u;

/**
 * The parts of a list up to the first figure that no comma, ";" or "và" sets apart from the part before it: such a
 * figure says something of that part, never a part of its own ("… và 65 dự án đầu tư trong nước với tổng số vốn đăng ký
 * trên 14.000 tỷ đồng có 35 dự án đi vào hoạt động": 9 + 65 = 74; the 35 are some of them, at work; Cao Bằng).
 */
function untilUnseparated(text: string, parts: readonly IndexedClaim<ExtractedClaim>[]): IndexedClaim<ExtractedClaim>[] {
  const kept: IndexedClaim<ExtractedClaim>[] = [];
  for (const part of parts) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && !ITEM_SEPARATOR.test(foldDiacriticsAligned(text.slice(previous.claim.end, part.claim.start)))) break;
    kept.push(part);
  }
  return kept;
}

/**
 * The total before a marker and the parts after it, up to the end of the list, in one sentence. A known split may
 * run past the clause's ";" ("trong đó xuất khẩu đạt 348,74 tỷ USD; nhập khẩu đạt 331,92 tỷ USD"): the list then ends
 * with the sentence, when the parts up to there are exactly that split.
 */
function listAfterMarker(text: string, sentence: SentenceSpan, markerAt: number, marker: string, inSentence: readonly IndexedClaim<ExtractedClaim>[]): Listed | null {
  const end = listEnd(text, sentence, markerAt, marker, inSentence);
  if (end === null) return null;
  // One part after "trong đó" is checked too: it cannot be more than its whole ("Tổng chi … 5.999,5 tỷ đồng, trong đó chi
  // đầu tư phát triển 6.143,2 tỷ đồng" is wrong). After "gồm", one part says nothing.
  const fewest = EXHAUSTIVE.test(marker) ? MIN_PARTS : 1;
  const inClause = partsUpTo(text, markerAt, end, inSentence, fewest);
  const wider = end < sentence.end && (inClause === null || !knownNames(inClause)) ? partsUpTo(text, markerAt, sentence.end, inSentence) : null;
  const found = wider !== null && (knownNames(wider) || parallelNames(wider)) ? wider : inClause;
  const first = found?.[0];
  if (found === null || first === undefined) return null;
  const base = scaledUnit(first.claim.figures[0]?.unit ?? null).base;
  // A list that opens on a level lists levels; a change printed with a part is that part's ("trong đó sản lượng lúa đạt 375
  // ngàn tấn, giảm 17.000 tấn": Phú Yên, 2019), never a part of its own.
  const opensOnLevel = first.claim.kind === 'value' && !CHANGE_WORD.test(foldDiacriticsAligned(text.slice(markerAt, first.claim.start)));
  const listed = opensOnLevel ? found.filter(({ claim }) => claim.kind === 'value') : found;
  if (listed.length < fewest) return null;
  const changes = listed.some(({ claim }) => isAbsoluteChange(claim)) || CHANGE_WORD.test(foldDiacriticsAligned(text.slice(markerAt, first.claim.start)));
  // A figure in brackets before the marker is a remark on the total ("31.398,4 ha, giảm 2,1% (-643,7 ha)"), never the total.
  const before = inSentence
    .filter(({ claim }) => claim.end <= markerAt && !inBrackets(text, sentence.start, claim.start))
    .filter(({ claim }) => (changes ? isAbsoluteChange(claim) : claim.kind === 'value'))
    .filter(({ claim }) => scaledUnit(claim.figures[0]?.unit ?? null).base === base);
  const owner = before[before.length - 1];
  // A mark ("dưới ngưỡng 100 triệu USD, gồm: …") is what each part is held against, no total of them.
  if (owner === undefined || owner.claim.excess === true) return null;
  const scale = scaledUnit(owner.claim.figures[0]?.unit ?? null).scale;
  const total = termOf(owner.claim, owner.index, scale, changes ? signOf(owner.claim, text, sentence.start) : 1);
  // The months to date are no part of one month: "tháng 7 … 34.000 tấn; trong đó, tôm 20.000 tấn, lũy kế 7 tháng …
  // 236.624 tấn" lists the shrimp of July, then the total since January (Cà Mau's aquaculture, July 2023). Quarters stay
  // parts of a half-year.
  const ofItsTime = listed.filter(({ claim }) => !(isOneMonth(owner.claim.part) && isMonthsToDate(claim.part)));
  if (ofItsTime.length < fewest) return null;
  const parts = ofItsTime.map(({ claim, index }) => termOf(claim, index, scale, changes ? signOf(claim, text, markerAt) : 1)).filter((t): t is Term => t !== null);
  if (total === null || parts.length < fewest) return null;
  // A GDP's or GRDP's three sectors and product taxes are all of it, even under "trong đó" (Điện Biên, Q1 2025).
  const labels = ofItsTime.map(({ claim }, i) => foldDiacriticsAligned(text.slice(i === 0 ? markerAt : (ofItsTime[i - 1]?.claim.end ?? markerAt), claim.start)).toLowerCase());
  return { total, parts, exhaustive: EXHAUSTIVE.test(marker) || knownPartition(parts) || namesFourComponents(labels), changes, marker };
}

/** How many first words of their names parallel parts share ("các địa phương phía Bắc", "các địa phương phía Nam"). */
const PARALLEL_WORDS = 2;

/**
 * Whether the parts are named in parallel, one item a clause: the same first words, then each its own ("… trong đó các
 * địa phương phía Bắc đạt 1.050,8 nghìn ha; các địa phương phía Nam đạt 544,4 nghìn ha": GSO, the 2020 autumn rice).
 */
function parallelNames(parts: readonly IndexedClaim<ExtractedClaim>[]): boolean {
  const names = parts.map(({ claim }) => foldDiacritics(claim.indicator ?? '').toLowerCase().split(/\s+/u).filter((w) => w !== ''));
  const head = names[0]?.slice(0, PARALLEL_WORDS).join(' ') ?? '';
  const distinct = new Set(names.map((n) => n.join(' ')));
  return (
    parts.length >= MIN_PARTS &&
    distinct.size === names.length &&
    names.every((n) => n.length > PARALLEL_WORDS && n.slice(0, PARALLEL_WORDS).join(' ') === head)
  );
}

/** Whether the parts' names are a known split of a whole (parts-terms.ts). */
function knownNames(parts: readonly IndexedClaim<ExtractedClaim>[]): boolean {
  // The GRDP's sectors, with or without the product taxes, each named once ("… trong đó khu vực nông, lâm nghiệp, thủy
  // sản ước đạt 9.181,2 tỷ đồng, tăng 3,92%; khu vực công nghiệp, xây dựng 11.627,7 tỷ đồng, …": Nghệ An, 2019).
  const labels = parts.map(({ claim }) => foldDiacritics(claim.indicator ?? '').toLowerCase());
  return knownPartition(parts.flatMap(({ claim, index }) => termOf(claim, index, 1) ?? [])) || namesThreeSectors(labels) || namesFourComponents(labels);
}

/** "Không tính X (a), Y còn b": the earlier total of Y minus a must be b. */
function checkRemainder(
  text: string,
  sentence: SentenceSpan,
  claims: readonly ExtractedClaim[],
  all: readonly IndexedClaim<ExtractedClaim>[],
): { finding: ConsistencyFinding | null; explanation: ConsistencyExplanation | null } | null {
  const folded = foldDiacriticsAligned(sentence.text);
  const excluded = EXCLUDED.exec(folded);
  if (excluded === null) return null;
  const inSentence = all.filter(({ claim }) => claim.kind === 'value');
  const remainderAt = inSentence.findIndex(({ claim }, i) => {
    const from = i === 0 ? sentence.start + excluded.index : (inSentence[i - 1]?.claim.end ?? sentence.start);
    return REMAINDER.test(foldDiacriticsAligned(text.slice(from, claim.start)));
  });
  const rest = inSentence[remainderAt];
  if (rest === undefined || remainderAt < 1) return null;
  const base = scaledUnit(rest.claim.figures[0]?.unit ?? null).base;
  const cut = inSentence.slice(0, remainderAt).filter(({ claim }) => scaledUnit(claim.figures[0]?.unit ?? null).base === base);
  const owner = claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.end <= sentence.start && claim.kind === 'value' && scaledUnit(claim.figures[0]?.unit ?? null).base === base)
    .filter(({ claim }) => sameIndicator(claim.indicator, rest.claim.indicator))
    .pop();
  if (owner === undefined || cut.length === 0) return null;
  const scale = scaledUnit(owner.claim.figures[0]?.unit ?? null).scale;
  const total = termOf(owner.claim, owner.index, scale);
  const parts = [...cut, rest].map(({ claim, index }) => termOf(claim, index, scale)).filter((t): t is Term => t !== null);
  if (total === null || parts.length < MIN_PARTS) return null;
  const listed: Listed = { total, parts, exhaustive: true, changes: false, marker: 'không tính' };
  const sum = sumInterval(parts);
  if (intersects(widened(sum), total.interval)) return { finding: null, explanation: partsExplanation(listed, 'adds-up') };
  return { finding: remainderFinding(listed, rest.claim), explanation: null };
}

/**
 * Parts that the text presents as making up a total, against the total, with tolerances from the printed
 * decimals (every figure may be off by half its last digit):
 * - a total followed by "gồm", "bao gồm", "chia ra" or "trong đó" and a list of parts in the same unit up to
 *   the end of the clause (scale words converted: "tỷ USD" and "triệu USD" add up);
 * - a sentence that opens with "Chia theo …,", "Phân theo …," or "Theo khu vực …," and lists a known split of a
 *   whole (the economic sectors, thành thị / nông thôn, nam / nữ), against the one level in the same unit that
 *   the sentence before prints (conditions in parts-heading.ts);
 * - a sentence that opens with "Trong đó," (or "Gồm:", "Bao gồm:", "Chia ra:") and lists parts named like the one
 *   level in the same unit that the sentence before prints (parts-heading.ts);
 * - a known split of a whole (a GRDP's sectors and product taxes) one part a sentence, the first opening with "Trong
 *   đó,", against the one level in their unit that the sentence before prints (parts-by-sentence.ts);
 * - a sentence that opens with "Tính chung" and prints a total of the levels the sentence before it printed
 *   (parts-altogether.ts);
 * - "Không tính X (a), Y còn b": Y's earlier total minus a must be b;
 * - the retail total ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng") and its four parts, wherever the text
 *   prints them for the total's time (retail-parts.ts).
 * Parts above the total are an error. Parts below it are an error only when the list is the whole ("gồm", or
 * a known split such as "nam"/"nữ"); "trong đó" may name only some parts, which is explained, not reported.
 * Bounds ("trên 18.800 tỷ đồng") count as bounds; an estimate ("ước đạt") is exact to its last digit.
 *
 * @example
 * checkPartsTotal(extractClaims(t), t).findings[0]?.computed; // t = '… đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.' → 497.66
 */
export function checkPartsTotal(claims: readonly ExtractedClaim[], text: string): CheckOutcome {
  const findings: ConsistencyFinding[] = [];
  const explanations: ConsistencyExplanation[] = [];
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  // A list two readers find ("Trong đó, …" opening a sentence is a marker and an opening) is judged once.
  const judged = new Set<string>();
  const judge = (listed: Listed): void => {
    const key = [listed.total.index, ...listed.parts.map((p) => p.index)].join(' ');
    if (judged.has(key)) return;
    judged.add(key);
    const sum = sumInterval(listed.parts);
    const addsUp = intersects(widened(sum), listed.total.interval);
    // One part after "trong đó" says something only when it is more than its whole.
    if (listed.parts.length === 1 && (listed.changes || sum.lo <= listed.total.interval.hi)) return;
    // Parts whose printed shares are of their own sum belong to another whole (parts-own-whole.ts).
    if (!addsUp && sharesOfTheirSum(listed, claims)) {
      explanations.push(partsExplanation(listed, 'own-whole'));
      return;
    }
    // Parts of a level cannot exceed it; changes may fall, so only a list known to be whole can miss its total.
    if (!addsUp && ((!listed.changes && sum.lo > listed.total.interval.hi) || listed.exhaustive)) {
      findings.push(partsFinding(listed, remarkOn(listed, sum)));
      return;
    }
    // A list of some parts that reaches its total only through a bound's open end ("8.000 ha, … trên 30.000 ha" of 55.045
    // ha: Hải Dương, July 2018) names some parts, it does not add up to the total.
    const reaches = addsUp && (listed.exhaustive || intersects(widened(boundedSum(listed.parts)), listed.total.interval));
    explanations.push(partsExplanation(listed, reaches ? 'adds-up' : 'subset'));
    // Levels that agree: the bases their changes or plan shares imply must add up too (parts-bases.ts).
    const bases = partsBasesFinding(listed, claims);
    if (bases !== null) findings.push(bases);
  };
  for (const [at, sentence] of sentences.entries()) {
    const inSentence = bySentence.get(sentence) ?? [];
    if (inSentence.length === 0) continue;
    const markers = [...foldDiacriticsAligned(sentence.text).matchAll(MARKER)];
    for (const match of markers) {
      const listed = listAfterMarker(text, sentence, sentence.start + match.index, match[0], inSentence);
      if (listed !== null) judge(listed);
    }
    // "Trong đó, …" opening a sentence lists the parts of a total printed in the sentence before.
    const opened = listAfterOpening(text, sentences, at, bySentence);
    if (opened !== null) judge(opened);
    // Or a known split one part a sentence, the first after "Trong đó," (parts-by-sentence.ts).
    const bySentences = opened === null ? listBySentences(text, sentences, at, bySentence) : null;
    if (bySentences !== null) judge(bySentences);
    // A sentence with a marker lists its parts itself; a heading's list would be nested in it.
    const underHeading = markers.length === 0 ? listUnderHeading(text, sentences, at, bySentence) : null;
    if (underHeading !== null) judge(underHeading);
    // "Tính chung …" adds up the levels the sentence before it printed (parts-altogether.ts).
    const altogether = listBeforeAltogether(text, sentences, at, bySentence);
    if (altogether !== null) judge(altogether);
    // A total's parts in brackets right after it, with no marker (bracket-parts.ts), or one bullet line each (bullet-parts.ts).
    for (const listed of bracketLists(text, sentence, inSentence)) judge(listed);
    for (const listed of bulletLists(text, sentences, at, bySentence)) judge(listed);
    const remainder = checkRemainder(text, sentence, claims, inSentence);
    if (remainder?.finding) findings.push(remainder.finding);
    if (remainder?.explanation) explanations.push(remainder.explanation);
  }
  // The retail total of the monthly reports and its four parts, a paragraph each (retail-parts.ts).
  for (const listed of retailLists(claims)) judge(listed);
  return { findings, explanations };
}
