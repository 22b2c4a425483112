import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';

/*
 * A rate of a whole printed with the same rate of its two halves: urban and rural, or men and women ("Tỷ lệ thiếu việc
 * làm của lao động trong độ tuổi ước tính là 2,52%, khu vực thành thị là 1,29%, còn khu vực nông thôn là 3,11%": GSO,
 * first half of 2015). A rate is a count over a count, and the whole's counts are the halves' sums, so its rate is the
 * halves' rates weighted by their denominators: it lies between them. Printed outside, one of the three is wrong.
 *
 * Read only when the whole's name opens on "tỷ lệ" and names neither half, and the two halves are the two figures right
 * after it in its sentence, each in % and named by its half alone ("khu vực thành thị", "nữ"), neither said with
 * "chiếm" (that is the half's share of the whole's count: "… nông thôn chiếm 65%"), and their sum is no 100.
 */

// Grammar (folded): rate-name := ( "ty" | "ti" ) space "le" space any — the whole's name
// Example: "tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi", "Tỷ lệ thiếu việc làm …".
const RATE_NAME = /^t[yi] le /u;

// Grammar: half := "thành thị" | "nông thôn" | "nam" | "nữ" as a word of the half's name, as printed (folded, "năm"
//   would read as "nam"), "nam" in lower case or opening the name ("Việt Nam", "Hà Nam", "miền Nam" are places)
// Example: "khu vực thành thị", "tỷ lệ thất nghiệp ở khu vực nông thôn", "lực lượng lao động nam trong độ tuổi", "Nam giới".
const HALVES: readonly (readonly [RegExp, RegExp])[] = [
  [/(?<![\p{L}\p{M}])thành thị(?![\p{L}\p{M}])/iu, /(?<![\p{L}\p{M}])nông thôn(?![\p{L}\p{M}])/iu],
  [/(?:^[Nn]am|(?<![\p{L}\p{M}])nam)(?![\p{L}\p{M}])/u, /(?<![\p{L}\p{M}])nữ(?![\p{L}\p{M}])/iu],
];

// Grammar (folded): filler := "o" | "cua" | "tai" | "khu vuc" | "gioi" | "doi voi" as words — what a half's name adds to the
//   whole's words besides the half itself
// Example: "tỷ lệ thất nghiệp ở khu vực thành thị" → "ty le that nghiep" past the half and the filler.
const FILLER = /(?:^| )(?:o|cua|tai|khu vuc|gioi|doi voi)(?= |$)/gu;

// Grammar: share-word := "chiếm" as a word — a half's share of the whole's count, no rate of its own
// Example: "khu vực nông thôn chiếm 65%".
const SHARE_WORD = /(?<![\p{L}\p{M}])chiếm(?![\p{L}\p{M}])/iu;

// Grammar (folded): detail-opening := start space* ( "trong do" | "phan theo" ) not-before-letter — a sentence that goes on
//   with the halves of the one before
// Example: "Trong đó, tỷ lệ thất nghiệp ở thành thị là 1,46%; …"; "Phân theo giới tính, tỷ lệ …".
const DETAIL_OPENING = /^\s*(?:trong do|phan theo)(?![a-z])/u;

/** A rate printed as a level in %, with its interval. */
function rateOf(claim: ExtractedClaim | undefined): Interval | null {
  const figure = claim?.figures[0];
  if (claim === undefined || figure === undefined || claim.kind !== 'value' || claim.figures.length !== 1 || figure.unit !== '%') return null;
  if (SHARE_WORD.test(claim.text)) return null;
  return claimInterval(figure, claim.qualifier);
}

function namesHalf(claim: ExtractedClaim): boolean {
  const name = claim.indicator ?? '';
  return HALVES.some((pair) => pair.some((half) => half.test(name)));
}

function wordsOf(name: string): string[] {
  return foldDiacritics(name).toLowerCase().replace(FILLER, ' ').split(/[^a-z0-9]+/u).filter((w) => w !== '');
}

/**
 * Whether claims `a` and `b` are the two halves of one pair, one each, and their names say nothing the whole's does not
 * past the half ("tỷ lệ thiếu việc làm khu vực thành thị" is no half of "tỷ lệ thất nghiệp").
 */
function halvesOf(whole: ExtractedClaim, a: ExtractedClaim, b: ExtractedClaim): boolean {
  const name = (c: ExtractedClaim): string => (c.indicator ?? '').trim();
  const pair = HALVES.find(([one, other]) => (one.test(name(a)) && other.test(name(b))) || (other.test(name(a)) && one.test(name(b))));
  if (pair === undefined) return false;
  const own = new Set(wordsOf(name(whole)));
  const halfWords = new Set(pair.flatMap((half) => wordsOf(half.source.replace(/[^\p{L}\s]/gu, ' '))));
  return [a, b].every((c) => wordsOf(name(c)).every((w) => own.has(w) || halfWords.has(w)));
}

/** How many claims after the whole are read for its halves (counts printed beside them included). */
const REACH = 6;

/**
 * The first two rates in % after the whole: in its sentence, or in the next when that one opens "Trong đó" or "Phân theo
 * …" and the whole ends its own; counts printed beside them ("tương đương với 4.375 người") are passed over.
 */
function halvesAfter(claims: readonly ExtractedClaim[], index: number, sentences: readonly SentenceSpan[]): number[] {
  const whole = claims[index];
  const found: number[] = [];
  for (let k = index + 1; whole !== undefined && k < Math.min(claims.length, index + 1 + REACH) && found.length < 2; k++) {
    const claim = claims[k];
    if (claim === undefined || claim.kind !== 'value') break;
    if (claim.sentence !== whole.sentence) {
      const opening = sentenceAt(sentences, claim.start);
      const wholeEndsItsOwn = claims[k - 1]?.sentence === whole.sentence;
      if (claim.sentence !== whole.sentence + 1 || opening === null || (found.length === 0 && !wholeEndsItsOwn) || !DETAIL_OPENING.test(foldDiacritics(opening.text.slice(0, 40)).toLowerCase())) break;
    }
    if (claim.figures[0]?.unit === '%') found.push(k);
  }
  return found;
}

function printed(claim: ExtractedClaim): string {
  const figure = claim.figures[0];
  return figure === undefined ? claim.text : `${formatNumber(figure.value, figure.decimals)}%`;
}

/**
 * Each rate of a whole outside the range of its two halves' rates printed right after it (see the module comment): an
 * error (spec §5, parts and total).
 *
 * @example
 * checkRateGroups(extractClaims('Tỷ lệ thiếu việc làm năm 2015 là 3,52%, khu vực thành thị là 1,29%, khu vực nông thôn là 3,11%.'))[0]?.kind
 * // 'parts-not-total'
 */
export function checkRateGroups(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const sentences = sentenceSpans(text);
  claims.forEach((whole, index) => {
    const rate = rateOf(whole);
    if (rate === null || !RATE_NAME.test(foldDiacritics(whole.indicator ?? '').toLowerCase()) || namesHalf(whole)) return;
    const [i, j] = halvesAfter(claims, index, sentences);
    const a = i === undefined ? undefined : claims[i];
    const b = j === undefined ? undefined : claims[j];
    if (i === undefined || j === undefined || a === undefined || b === undefined || !halvesOf(whole, a, b)) return;
    const ra = rateOf(a);
    const rb = rateOf(b);
    if (ra === null || rb === null) return;
    // Two halves that make 100 are the whole's count shared out, not rates of their own.
    const sum = (a.figures[0]?.value ?? 0) + (b.figures[0]?.value ?? 0);
    if (Math.abs(sum - 100) <= 1) return;
    const lowest = Math.min(ra.lo, rb.lo);
    const highest = Math.max(ra.hi, rb.hi);
    if (rate.hi + EPSILON >= lowest && rate.lo - EPSILON <= highest) return;
    const halves = (quote: string, end: string): string => `${quote}${a.indicator ?? ''}${end} ${printed(a)}, ${quote}${b.indicator ?? ''}${end} ${printed(b)}`;
    const above = rate.lo > highest;
    findings.push({
      kind: 'parts-not-total',
      severity: 'error',
      claims: [index, i, j],
      places: [],
      message: {
        vi: `${whole.indicator ?? ''} ${printed(whole)} ${above ? 'cao' : 'thấp'} hơn cả hai nhóm (${halves('', '')}): tỷ lệ chung là bình quân gia quyền của hai nhóm nên phải nằm giữa hai tỷ lệ đó`,
        en: `“${whole.indicator ?? ''}” at ${printed(whole)} is ${above ? 'above' : 'below'} both of its groups (${halves('“', '”')}): the overall rate is the groups' rates weighted by their sizes, so it lies between them`,
      },
      indicator: whole.indicator,
      year: claimYear(whole),
      computed: null,
    });
  });
  return findings;
}
