import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';

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

// Grammar: half := ( any space )? ( "thành thị" | "nông thôn" ) end, or ( any space )? ( "nam" | "nữ" ) end — the last
//   words of a half's name, as printed (folded, "năm" would read as "nam")
// Example: "khu vực thành thị", "tỷ lệ thất nghiệp khu vực nông thôn", "lao động nữ", "nam".
const HALVES: readonly (readonly [RegExp, RegExp])[] = [
  [/(?:^|\s)thành thị$/iu, /(?:^|\s)nông thôn$/iu],
  [/(?:^|\s)nam$/iu, /(?:^|\s)nữ$/iu],
];

// Grammar: share-word := "chiếm" as a word — a half's share of the whole's count, no rate of its own
// Example: "khu vực nông thôn chiếm 65%".
const SHARE_WORD = /(?<![\p{L}\p{M}])chiếm(?![\p{L}\p{M}])/iu;

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

/** The pair of halves claims `a` and `b` name, one each, or null. */
function halvesOf(a: ExtractedClaim, b: ExtractedClaim): boolean {
  const name = (c: ExtractedClaim): string => (c.indicator ?? '').trim();
  return HALVES.some(([one, other]) => (one.test(name(a)) && other.test(name(b))) || (other.test(name(a)) && one.test(name(b))));
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
export function checkRateGroups(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((whole, index) => {
    const rate = rateOf(whole);
    if (rate === null || !RATE_NAME.test(foldDiacritics(whole.indicator ?? '').toLowerCase()) || namesHalf(whole)) return;
    const a = claims[index + 1];
    const b = claims[index + 2];
    if (a === undefined || b === undefined || a.sentence !== whole.sentence || b.sentence !== whole.sentence || !halvesOf(a, b)) return;
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
      claims: [index, index + 1, index + 2],
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
