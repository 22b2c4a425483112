import { carryIndexBase } from './carry-index-base';
import { carryListDirection } from './carry-list-direction';
import { keepLinkedDirections, linkBrackets } from './link-brackets';
import { linkLevelChanges } from './link-level-changes';
import { linkPrintedBase } from './link-printed-base';
import { linkFromToChanges } from './link-from-to-changes';
import { linkRespectiveChanges } from './link-respective-change';
import { linkShareCounts } from './link-share-counts';
import { markExcess } from './mark-excess';
import { linkSharesAfterWhole } from './link-shares-after-whole';
import { linkRetailShares } from './link-retail-shares';
import { markNamedWholes } from './named-whole';
import { linkSharesOfNamedWhole } from './link-named-whole';
import { readInterestRates, readRiseRateLevels } from './growth-rate-name';
import { readLists } from './read-lists';
import { withHeadingTopic } from './heading-topic';
import { carryParagraphSubject } from './carry-paragraph-subject';
import { findTimePhrases, isPeriod, namesOwnTime } from './find-time-phrases';
import type { SentenceContext } from './inherit-time';
import { priceBaseIn } from '../../verify/price-base';
import { bracketDepthReader } from './bracket-depth';
import { readSharePoints } from './read-share-points';
import { resolveClaim, type Clause } from './resolve-claim';
import { breaksDownSentenceBefore, fillAverageYears, headingPeriod, opensWithSamePeriod } from './sentence-time';
import { matchClaims } from './match-claims';
import { normalizeText } from '../../claims/normalize-text';
import { normalizeProse } from '../text/normalize-prose';
import { restoreDiacritics } from '../text/restore-diacritics';
import { segmentSentences, type Segment } from '../text/segment-sentences';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey, PriceBase } from '../../verify/reference-types';
import type { ClaimYears, ExtractedClaim, Period } from '../types';

// Grammar: bracket-next := space* "(" — brackets that open right after the claim before
// Example: " (trong đó tôm " after "93.298 tấn"; not "; trong đó châu Á (chiếm tỷ trọng " (a new subject first).
const BRACKET_NEXT = /^\s*\(/u;

// Grammar: compared-with := "so" ( space+ "với" )? space* at the end — the words before the base of a comparison
// Example: in "Kết quả đạt được so với năm 2017 cụ thể như sau:" the year follows "so với ": a base, not the list's time.
const COMPARED_WITH = /(?<![\p{L}\p{M}])so(?:\s+với)?\s*$/iu;

// Grammar: bullet := ( "-" | "+" | "•" | "*" | "–" ) space
// Example: "- Thu ngân sách trên địa bàn: …" is a list item.
const BULLET = /^[-+•*–]\s/u;

/**
 * The claims of a sentence (from `start` in the raw text) with the price basis it names before each one's end: the
 * last one named up to the claim before, unless the stretch from there to this claim names another. One pass over
 * the sentence.
 */
function withPrices(raw: string, start: number, found: readonly ExtractedClaim[]): ExtractedClaim[] {
  let named: PriceBase | null = null;
  let scanned = start;
  return found.map((claim) => {
    if (claim.end > scanned) {
      named = priceBaseIn(raw.slice(scanned, claim.end)) ?? named;
      scanned = claim.end;
    }
    return named === null ? claim : { ...claim, prices: named.kind };
  });
}

function groupBySentence(segments: readonly Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.sentence === segment.sentence) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

// Grammar: wide-space := whitespace other than one " " | " " " "+ — what a name read from the raw text may carry
// Example: "dịch\n            vụ", "dịch   vụ"; not "dịch vụ".
const WIDE_SPACE = /[^\S ]| {2}/u;
// Grammar: spaces := whitespace+. Example: "dịch\n  vụ" → "dịch vụ".
const SPACES = /\s+/gu;

/**
 * Extracts every numeric claim from report text as a PDF reader left it (wrapped lines, blank lines,
 * page numbers, partly decomposed Unicode). Offsets point into the raw text given.
 *
 * @example
 * const [value, change] = extractClaims('Năm 2023 doanh thu đạt 320,5 tỷ đồng, tăng 12,4% \n\n so với năm 2020.');
 * value.kind; // 'value'
 * change.kind; // 'comparison'
 * change.claim?.text; // 'tăng 12,4%'
 * change.compareTo; // { year: 2020 }
 */
export function extractClaims(typed: string): ExtractedClaim[] {
  return extractProse(typed).claims;
}

/**
 * The claims of a text (see extractClaims) and the text with the line breaks inside its paragraphs turned to spaces,
 * offset for offset (`NormalizedProse.joinLines`): what the checks read around the claims.
 *
 * @example
 * extractProse('Chi ngân sách đạt 9.810 tỷ đồng, tăng 8,29%\nso với năm trước.').joined; // '… tăng 8,29% so với năm trước.'
 */
export function extractProse(typed: string): { readonly claims: ExtractedClaim[]; readonly joined: string } {
  if (typeof typed !== 'string' || typed.length === 0) return { claims: [], joined: typeof typed === 'string' ? typed : '' };
  // Text typed without diacritics is read through a view with them restored, offset for offset (spec §2).
  const restored = restoreDiacritics(typed);
  const prose = normalizeProse(restored);
  // A PDF's wrapped lines joined, offset for offset: the words around a claim are read across its line breaks.
  const raw = prose.joinLines(restored);
  const claims: ExtractedClaim[] = [];
  let listYears: ClaimYears | null = null;
  let listPart: PeriodKey = WHOLE_YEAR;
  let headingYears: Period | null = null;
  // The time of the last sentence that said one, for a sentence that breaks it down ("Trong đó, …").
  let sentenceTime: ExtractedClaim | null = null;
  // The time of the paragraph's last sentence that said one (or took one), and where the last sentence ended.
  let paragraphTime: ExtractedClaim | null = null;
  // The indicator the paragraph's sentences named last, for a sentence of the months so far that names none.
  let paragraphSubject: string | null = null;
  let paragraphEnd = 0;
  for (const group of groupBySentence(segmentSentences(prose.text))) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) continue;
    const isItem = BULLET.test(first.text);
    // A paragraph ends at a line break of the normalised text: the time of its sentences stops there.
    if (prose.text.slice(paragraphEnd, first.start).includes('\n')) {
      paragraphTime = null;
      paragraphSubject = null;
    }
    paragraphEnd = last.end;
    const breaksDown = !isItem && sentenceTime !== null && breaksDownSentenceBefore(first.text);
    // "Cùng kỳ năm 2022, …" after nine months of 2023: nine months of 2022 (the year comes from the sentence itself).
    const samePeriod = !isItem && !breaksDown && sentenceTime !== null && opensWithSamePeriod(first.text);
    // A later sentence of the paragraph that names no time goes on with the time of the one before ("Khu vực dịch
    // vụ đạt 13.483,5 tỷ đồng, tăng 8,33%" after the paragraph's "6 tháng đầu năm 2025, GRDP …").
    const carried = paragraphTime === null || isItem || breaksDown || namesOwnTime(prose.text.slice(first.start, last.end)) ? null : paragraphTime;
    const found: ExtractedClaim[] = [];
    const context: SentenceContext = {
      previous: null,
      outer: null,
      inBrackets: false,
      opener: null,
      listYears: isItem ? listYears : breaksDown ? (sentenceTime?.years ?? null) : (carried?.years ?? headingYears),
      carried: carried !== null,
      listPart: isItem ? listPart : breaksDown || samePeriod ? (sentenceTime?.part ?? WHOLE_YEAR) : (carried?.part ?? WHOLE_YEAR),
      found,
    };
    // A bracket may hold a ";" that cuts the sentence into clauses ("(quý I tăng 5,15%; quý II tăng 6,17%)", GSO's first
    // half of 2017): one opened in an earlier clause holds the claims after it, to its ")" or, left open, to the end of
    // the sentence ("tăng cao nhất với 1,53% (lương thực tăng 1,44%; thực phẩm tăng 1,71%, chủ yếu do Tết.": GSO's CPI of
    // February 2018, as republished).
    const sentence = prose.text.slice(first.start, last.end);
    const insideSentenceBrackets = bracketDepthReader(sentence);
    for (const segment of group) {
      let cursor = 0;
      const clause: Clause = { segment, headers: null };
      const insideBrackets = bracketDepthReader(segment.text);
      for (const match of matchClaims(segment.text)) {
        if (match.start < cursor) continue;
        const wasInBrackets = context.inBrackets;
        const at = segment.start - first.start + match.start;
        context.inBrackets = insideBrackets(match.start) || insideSentenceBrackets(at);
        if (context.inBrackets && !wasInBrackets) context.opener = BRACKET_NEXT.test(segment.text.slice(cursor, match.start)) ? context.outer : null;
        const { claim, consumed } = resolveClaim(prose, clause, match, cursor, context);
        found.push(claim);
        context.previous = claim;
        // "…, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021": a value dated by the words after it dates itself alone.
        if (!context.inBrackets && !(match.kind === 'value' && match.ownYears !== null)) context.outer = claim;
        cursor = consumed;
      }
    }
    const dated = context.outer;
    // A sentence dated by its part of the year alone ("tháng 5", its year left to the reader) dates the next ones too.
    const hasTime = dated !== null && (isPeriod(dated.years) || dated.years.length > 0 || dated.part !== WHOLE_YEAR);
    sentenceTime = hasTime ? dated : found.length > 0 ? null : sentenceTime;
    if (!isItem && !samePeriod && sentenceTime !== null) paragraphTime = sentenceTime;
    const named = carryParagraphSubject(prose.text.slice(first.start, last.end), found, isItem ? null : paragraphSubject);
    paragraphSubject = named.findLast((c) => c.indicator !== null)?.indicator ?? paragraphSubject;
    const priced = withPrices(raw, prose.toOriginal(first.start), withHeadingTopic(raw, prose.toOriginal(first.start), named));
    const listed = readLists(raw, prose.toOriginal(first.start), carryIndexBase(raw, carryListDirection(raw, fillAverageYears(readInterestRates(readRiseRateLevels(priced))))));
    const linked = markNamedWholes(raw, linkShareCounts(raw, linkRespectiveChanges(raw, keepLinkedDirections(linkBrackets(raw, linkFromToChanges(linkLevelChanges(raw, linkPrintedBase(markExcess(raw, listed)))))))));
    claims.push(...linked);
    const heading = found.length === 0 ? headingPeriod(prose.text.slice(first.start, last.end)) : null;
    if (heading !== null) headingYears = heading;
    if (last.text.endsWith(':')) {
      // "Kết quả … so với năm 2017 cụ thể như sau:" names the items' base, not their time.
      const introText = prose.text.slice(first.start, last.end);
      const intro = findTimePhrases(introText).filter((t) => !COMPARED_WITH.test(introText.slice(0, t.start))).at(-1);
      listYears = intro?.years ?? null;
      listPart = intro?.period ?? WHOLE_YEAR;
    } else if (!isItem) {
      listYears = null;
      listPart = WHOLE_YEAR;
    }
  }
  const read = readSharePoints(linkRetailShares(raw, linkSharesOfNamedWhole(raw, linkSharesAfterWhole(raw, claims))));
  // A name read from the raw text across a wrapped line ("thương mại, dịch\n   vụ") is printed with single spaces.
  const named = read.map((c) => (c.indicator !== null && WIDE_SPACE.test(c.indicator) ? { ...c, indicator: c.indicator.replace(SPACES, ' ') } : c));
  const claimsRead = restored === typed ? named : named.map((c) => ({ ...c, text: normalizeText(typed.slice(c.start, c.end)) }));
  return { claims: claimsRead, joined: prose.joinLines(typed) };
}
