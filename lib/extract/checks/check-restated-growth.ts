import { formatNumber } from '../../numbers/format-number';
import { isPeriod } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import { valuesDiffer } from './text-levels';
import type { ConsistencyFinding } from './consistency-types';
import { firstAggregateGrowth, headlineSentence, overallGrowthIn, type Growth } from './contribution-growth';
import { claimsBySentence, previousWithClaims, sentenceSpans, type IndexedClaim, type SentenceSpan } from './sentence-spans';

/*
 * The economy's growth printed twice: the headline ("GRDP 6 tháng đầu năm 2024 … tăng 6,8% so với cùng kỳ") and the
 * sentence that names it again to share it out among the sectors ("Với mức tăng chung 6,8% thì khu vực nông, lâm nghiệp
 * và thủy sản …", Đồng Nai's first half of 2024; "Trong mức tăng trưởng chung 7,6% này …", Bình Định's). They are one
 * figure: printed with values whose rounding intervals do not meet, one of them is wrong.
 *
 * The headline is the first growth of GDP or GRDP before the naming figure in its own sentence, else in the nearest of
 * the few sentences before that prints one (past a structure sentence or one about the provinces before the merger). A headline of a
 * fall, or of another year or part of the year than the naming sentence states, is not the same figure.
 */

// Grammar: overall-hint := "tăng" ( space+ "trưởng" )? space+ "chung" | "mức" space+ "tăng" (any case) — the words every
//   naming of the overall growth holds (contribution-growth.ts reads them in full)
// Example: "Với mức tăng chung 6,8%", "Trong mức tăng trưởng chung 7,6% này", "Trong mức tăng 7,38% của toàn nền kinh tế".
const OVERALL_HINT = /tăng(?:\s+trưởng)?\s+chung|mức\s+tăng/iu;

/** How many sentences with figures before the naming one are searched for the headline. */
const HEADLINE_REACH = 3;

/**
 * The first growth of GDP or GRDP in the nearest sentence before `at` that prints one, among the HEADLINE_REACH
 * sentences with figures before it (past a remark on last year's growth: "Mức tăng trưởng … cao hơn nhiều so với mức
 * tăng cùng kỳ năm 2023 (6T/2023 tăng 4,01%)", Đồng Nai).
 */
function headlineBefore(sentences: readonly SentenceSpan[], at: number, bySentence: ReadonlyMap<SentenceSpan, readonly IndexedClaim<ExtractedClaim>[]>): { growth: Growth; from: number } | null {
  let previous = headlineSentence(sentences, at, bySentence);
  for (let k = 0; previous !== undefined && k < HEADLINE_REACH; k++) {
    const growth = firstAggregateGrowth(bySentence.get(previous) ?? []);
    if (growth !== null) return { growth, from: sentences.indexOf(previous) };
    previous = previousWithClaims(sentences, sentences.indexOf(previous), bySentence);
  }
  return null;
}

/** A rise in % printed as a change: one the naming figure may restate. */
function isRise(claim: ExtractedClaim): boolean {
  return claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.direction === 'up';
}

/** Of one time: the naming figure states none of its own, or the headline's. */
function sameTime(headline: ExtractedClaim, named: ExtractedClaim, inSentence: readonly IndexedClaim<ExtractedClaim>[]): boolean {
  // The sentence's own figures of another part of the year ("Trong mức tăng trưởng chung 7,5% của quý II, khu vực dịch vụ
  // đóng góp …" after a half year's growth) name the growth of that part.
  if (inSentence.some(({ claim }) => claim.timeCarried !== true && claim.part !== '' && claim.part !== headline.part)) return false;
  if (named.timeCarried === true || (!isPeriod(named.years) && named.years.length === 0)) return true;
  return named.part === headline.part && JSON.stringify(named.years) === JSON.stringify(headline.years);
}

function findingOf(headline: Growth, named: Growth): ConsistencyFinding {
  const printed = (g: Growth): string => `${formatNumber(g.figure.value, g.figure.decimals)}%`;
  const label = named.label ?? 'mức tăng trưởng chung';
  return {
    kind: 'conflicting-values',
    severity: 'error',
    claims: [headline.index, named.index],
    places: [],
    message: {
      vi: `Tốc độ tăng trưởng chung được ghi hai lần với hai giá trị khác nhau: “${headline.claim.text}” rồi “${label} ${printed(named)}”; hai số phải là một`,
      en: `The overall growth is printed twice with two different values: ${printed(headline)} (“${headline.claim.text}”), then “${label} ${printed(named)}”; they must be one figure`,
    },
    indicator: headline.claim.indicator,
    year: claimYear(headline.claim),
    computed: null,
  };
}

/**
 * Each overall growth named again ("Với mức tăng chung 5,8% thì …") with a value its headline's rounding does not
 * allow: an error (spec §5, values printed twice differently).
 *
 * @example
 * const t = 'GRDP 6 tháng đầu năm 2024 ước tăng 6,8% so với cùng kỳ. Với mức tăng chung 5,8% thì khu vực dịch vụ tăng 7,1%.';
 * checkRestatedGrowth(extractClaims(t), t)[0]?.kind // 'conflicting-values'
 */
export function checkRestatedGrowth(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  // Only a text that names the overall growth again ("mức tăng chung", "tốc độ tăng trưởng chung", "mức tăng … của toàn
  // nền kinh tế") is read.
  if (!OVERALL_HINT.test(text)) return findings;
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  sentences.forEach((sentence, at) => {
    const inSentence = bySentence.get(sentence) ?? [];
    const named = overallGrowthIn(inSentence, text);
    if (named === null) return;
    const before = inSentence.filter(({ index }) => index < named.index);
    const own = firstAggregateGrowth(before);
    const found = own === null ? headlineBefore(sentences, at, bySentence) : { growth: own, from: at };
    if (found === null) return;
    const headline = found.growth;
    if (headline.claim.direction === 'down' || !sameTime(headline.claim, named.claim, inSentence)) return;
    // A headline sentence may print the quarter before the months so far ("GRDP quý III ước tăng 7,8%; tính chung 9
    // tháng tăng 7,2%"): the naming figure restates whichever rise it equals.
    const printed = sentences.slice(found.from, at + 1).flatMap((s) => (bySentence.get(s) ?? []).filter(({ claim, index }) => index < named.index && isRise(claim)));
    const restated = printed.some(({ claim }) => claim.claim?.ok === true && claim.claim.figure !== null && !valuesDiffer(claim.claim.figure, named.figure));
    if (!restated && valuesDiffer(headline.figure, named.figure)) findings.push(findingOf(headline, named));
  });
  return findings;
}
