import { carryIndexBase } from './carry-index-base';
import { carryListDirection } from './carry-list-direction';
import { keepLinkedDirections, linkBrackets } from './link-brackets';
import { linkLevelChanges } from './link-level-changes';
import { linkPrintedBase } from './link-printed-base';
import { linkFromToChanges } from './link-from-to-changes';
import { linkRespectiveChanges } from './link-respective-change';
import { linkShareCounts, linkSharesAfterWhole } from './link-share-counts';
import { linkRetailShares } from './link-retail-shares';
import { markNamedWholes } from './named-whole';
import { readInterestRates, readRiseRateLevels } from './growth-rate-name';
import { readLists } from './read-lists';
import { withHeadingTopic } from './heading-topic';
import { carryParagraphSubject } from './carry-paragraph-subject';
import { leadingCompare, leadingCompareTo, subjectAroundBase, yearsBesideBase } from './read-leading-compare';
import { findSubject } from './find-indicator';
import { chooseIndicator } from './choose-indicator';
import { indicatorAbout, valueOfSubject } from './about-subject';
import { measureOfSubject } from './measure-subject';
import { previousBase } from './base-part';
import { findTimePhrases, isPeriod, namesOwnTime } from './find-time-phrases';
import { datedEnds, inheritedPart, inheritedYears, timeSource, type SentenceContext } from './inherit-time';
import { priceBaseIn } from '../../verify/price-base';
import { bracketDepthReader } from './bracket-depth';
import { subjectCarried } from './same-subject';
import { readSharePoints } from './read-share-points';
import { breaksDownSentenceBefore, cumulativePart, fillAverageYears, headingPeriod, opensWithSamePeriod, withTimeOutsideBrackets, yearBeforeOf } from './sentence-time';
import { matchClaims, type ClaimMatch } from './match-claims';
import { normalizeText } from '../../claims/normalize-text';
import { normalizeProse, type NormalizedProse } from '../text/normalize-prose';
import { restoreDiacritics } from '../text/restore-diacritics';
import { findTableHeaders, readTableRow, type TableHeader } from './read-table-row';
import { segmentSentences, type Segment } from '../text/segment-sentences';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey, PriceBase } from '../../verify/reference-types';
import type { ClaimYears, ExtractedClaim, Period } from '../types';

// Grammar: bullet := ( "-" | "+" | "•" | "*" | "–" ) space
// Example: "- Thu ngân sách trên địa bàn: …" is a list item.
const BULLET = /^[-+•*–]\s/u;

function locate(prose: NormalizedProse, start: number, end: number): { text: string; start: number; end: number } {
  return { text: prose.text.slice(start, end), start: prose.toOriginal(start), end: prose.toOriginalEnd(end) };
}

interface Resolved {
  readonly claim: ExtractedClaim;
  /** Where the next claim's subject region starts in the segment (past any object phrase this claim used). */
  readonly consumed: number;
}

/** A clause being read, with its comparison headers found once, on first need. */
interface Clause {
  readonly segment: Segment;
  headers: readonly TableHeader[] | null;
}

function headersOf(clause: Clause): readonly TableHeader[] {
  clause.headers ??= findTableHeaders(clause.segment.text);
  return clause.headers;
}

// Grammar: bracket-next := space* "(" — brackets that open right after the claim before
// Example: " (trong đó tôm " after "93.298 tấn"; not "; trong đó châu Á (chiếm tỷ trọng " (a new subject first).
const BRACKET_NEXT = /^\s*\(/u;

// Grammar: compared-with := "so" ( space+ "với" )? space* at the end — the words before the base of a comparison
// Example: in "Kết quả đạt được so với năm 2017 cụ thể như sau:" the year follows "so với ": a base, not the list's time.
const COMPARED_WITH = /(?<![\p{L}\p{M}])so(?:\s+với)?\s*$/iu;

function resolveClaim(
  prose: NormalizedProse,
  clause: Clause,
  match: ClaimMatch,
  cursor: number,
  context: SentenceContext,
): Resolved {
  const { segment } = clause;
  const base = {
    kind: match.kind,
    figures: match.figures,
    claim: match.claim,
    qualifier: match.qualifier,
    direction: match.direction,
    sentence: segment.sentence,
    ...(match.printedBase === undefined ? {} : { printedBase: match.printedBase }),
  };
  if (match.kind === 'comparison' && match.compareTo === null) {
    const row = readTableRow(segment.text.slice(0, match.start), cursor, headersOf(clause));
    if (row !== null) {
      const claim: ExtractedClaim = {
        ...base,
        ...locate(prose, segment.start + row.valuesStart, segment.start + match.end),
        indicator: row.indicator,
        years: row.years,
        part: WHOLE_YEAR,
        compareTo: row.compareTo,
        endpoints: row.endpoints,
        inherited: false,
        source: 'table',
      };
      return { claim, consumed: match.end };
    }
  }
  const before = segment.text.slice(cursor, match.start);
  // "so với năm 1999 dân số tăng 9,47 triệu người": the year before the subject is the base, not the claim's own.
  const leading = (match.kind === 'comparison' || match.kind === 'index') && match.compareTo === null ? leadingCompare(before) : null;
  const said = leading === null ? findSubject(before) : subjectAroundBase(before, leading);
  // "Chín tháng năm 2022, châu Á (chiếm … 67,2% …) tăng 12,09%": the time the clause names outside the brackets.
  const afterBrackets = !context.inBrackets && context.outer === null && context.previous !== null;
  const read = afterBrackets ? withTimeOutsideBrackets(said, segment.text.slice(0, match.start)) : said;
  // "(cùng kỳ năm trước tăng 33,5%)": the claim before, a year earlier.
  // The words since the bracket opened may say it alone when the subject runs on before it ("bằng 74,1% số xã (cùng kỳ đạt").
  const sinceBracket = before.slice(before.lastIndexOf('(') + 1).trim();
  const yearBefore = context.inBrackets && read.years === null ? (yearBeforeOf(read.indicator, context.previous) ?? yearBeforeOf(sinceBracket, context.previous)) : null;
  const subject = yearBefore === null ? read : { indicator: null, years: yearBefore, part: context.previous?.part ?? read.part };
  const chosen = chooseIndicator(segment, match, before, subject.indicator);
  // "trị giá 4,06 tỷ USD" after a level of coffee, "sản lượng 56,4 nghìn tấn" after "năng suất ngô": that subject's.
  let indicator = match.kind === 'value' ? measureOfSubject(valueOfSubject(chosen.indicator, context.found), context.found) : chosen.indicator;
  let years: ClaimYears | null = match.ownYears ?? yearsBesideBase(subject.years, leading);
  // "Tính chung 9 tháng, …" names a part of the year and leaves its year to the context.
  const namesTime = subject.years !== null || subject.part !== WHOLE_YEAR;
  // "(cùng kỳ năm 2022 tương ứng là 11,57%; …)" names the year of the context's part.
  // "…, lũy kế được 3.289,63 tỷ đồng" after a figure of March: January to March.
  const part = match.ownYears !== null ? (match.ownPart === null ? inheritedPart(context) : (match.ownPart ?? WHOLE_YEAR)) : namesTime ? (subject.part ?? inheritedPart(context)) : cumulativePart(before, inheritedPart(context));
  let inherited = false;
  // A base named before the claim with no subject after it: what comes before the base is what carries on.
  const carriedBefore = leading !== null && findSubject(before.slice(leading.subjectStart)).indicator === null ? before.slice(0, leading.headStart) : before;
  // "93.298 tấn (trong đó tôm 34.948 tấn, cá 58.350 tấn), tăng 3,53%": after the brackets close, the claim goes on
  // with the subject before them, not with the last part named inside.
  const afterBreakdown = !context.inBrackets && context.previous?.inBrackets === true && context.opener !== null;
  const carrier = afterBreakdown ? { ...context, previous: context.opener } : context;
  const same = subjectCarried(match, carriedBefore, carrier);
  if (same !== null || (indicator === null && carrier.previous !== null)) {
    indicator = same ?? carrier.previous?.indicator ?? null;
    inherited = true;
  }
  // "…, 59.283 tỷ đồng vốn, tăng 21,2% về số doanh nghiệp": the change is of the level its words name.
  if (match.about !== undefined) {
    const about = indicatorAbout(match.about, context.found);
    indicator = about.indicator;
    inherited = about.level;
  }
  let compareTo: ExtractedClaim['compareTo'] = match.compareTo ?? (leading === null ? null : leadingCompareTo(leading));
  let timeCarried = false;
  if (years === null) {
    years = inheritedYears(match, context);
    inherited = inherited || years !== null;
    // The time of the paragraph's sentence before, directly or through the claim before in this sentence.
    const source = timeSource(context);
    timeCarried = years !== null && (source === null ? context.carried : source.timeCarried === true);
    // An average rate that spans a comparison ("so với năm 2018") is measured from that year.
    const previous = context.previous?.compareTo ?? null;
    if (compareTo === null && match.kind === 'average-annual' && years !== null && isPeriod(years)) {
      if (previous !== null && 'year' in previous && previous.year === years.from) compareTo = previous;
      // …or from the earlier end of the from–to statement before it.
      if (context.previous?.endpoints?.from.year === years.from) compareTo = { year: years.from };
    }
  }
  // "giảm 3,1% so với tháng trước" of September 2023 compares with August 2023.
  const single = years !== null && !isPeriod(years) && years.length === 1 ? years[0] : undefined;
  if (compareTo === null && single !== undefined && part !== WHOLE_YEAR) {
    // The base may be named before the claim ("so với tháng trước tăng 0,5%").
    const baseText = leading === null ? '' : `${before.slice(leading.headStart)} `;
    compareTo = previousBase(baseText + segment.text.slice(match.start, match.end), single, part);
  }
  const claim: ExtractedClaim = {
    ...base,
    ...locate(prose, segment.start + match.start, segment.start + match.end),
    indicator,
    years: years ?? [],
    part,
    compareTo,
    endpoints: datedEnds(match.endpoints, years),
    inherited,
    ...(timeCarried ? { timeCarried: true } : {}),
    source: 'prose',
    ...(context.inBrackets ? { inBrackets: true } : {}),
  };
  return { claim, consumed: chosen.consumed };
}

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
  if (typeof typed !== 'string' || typed.length === 0) return [];
  // Text typed without diacritics is read through a view with them restored, offset for offset (spec §2).
  const raw = restoreDiacritics(typed);
  const prose = normalizeProse(raw);
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
    for (const segment of group) {
      let cursor = 0;
      const clause: Clause = { segment, headers: null };
      const insideBrackets = bracketDepthReader(segment.text);
      for (const match of matchClaims(segment.text)) {
        if (match.start < cursor) continue;
        const wasInBrackets = context.inBrackets;
        context.inBrackets = insideBrackets(match.start);
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
    const linked = markNamedWholes(raw, linkShareCounts(raw, linkRespectiveChanges(raw, keepLinkedDirections(linkBrackets(raw, linkFromToChanges(linkLevelChanges(raw, linkPrintedBase(listed))))))));
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
  const read = readSharePoints(linkRetailShares(raw, linkSharesAfterWhole(raw, claims)));
  return raw === typed ? read : read.map((c) => ({ ...c, text: normalizeText(typed.slice(c.start, c.end)) }));
}
