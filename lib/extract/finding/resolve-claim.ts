import { leadingCompare, leadingCompareTo, subjectAroundBase, yearsBesideBase } from './read-leading-compare';
import { findSubject } from './find-indicator';
import { chooseIndicator } from './choose-indicator';
import { indicatorAbout, valueOfSubject } from './about-subject';
import { measureOfSubject } from './measure-subject';
import { previousBase } from './base-part';
import { isPeriod } from './find-time-phrases';
import { datedEnds, inheritedPart, inheritedYears, timeSource, type SentenceContext } from './inherit-time';
import { subjectCarried } from './same-subject';
import { cumulativePart, withTimeOutsideBrackets, yearBeforeOf } from './sentence-time';
import type { ClaimMatch } from './match-claims';
import type { NormalizedProse } from '../text/normalize-prose';
import { findTableHeaders, readTableRow, type TableHeader } from './read-table-row';
import type { Segment } from '../text/segment-sentences';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { ClaimYears, ExtractedClaim } from '../types';

/*
 * One matched claim made an ExtractedClaim: its figures, indicator, years, part of the year and base, read from the
 * words around it in its clause and from the sentence's context (extract-claims.ts walks the clauses).
 */

function locate(prose: NormalizedProse, start: number, end: number): { text: string; start: number; end: number } {
  return { text: prose.text.slice(start, end), start: prose.toOriginal(start), end: prose.toOriginalEnd(end) };
}

// Grammar: bracket-rest := start ( any character but "(" ")" )* ")" — the end of the brackets a claim before sits in
// Example: ")" of "…5.390 tỷ đồng), tăng so với tháng trước và " (Sóc Trăng's retail, May 2024); " tấn)" of "cá 58.350
//          tấn), tăng 3,53%".
const BRACKET_REST = /^[^()]*\)/u;

/** What resolving reads about a claim beyond its match and place. */
type ResolvedFields = Pick<
  ExtractedClaim,
  'indicator' | 'years' | 'part' | 'compareTo' | 'endpoints' | 'inherited' | 'source' | 'timeCarried' | 'inBrackets'
>;

/**
 * A claim with every field of `ExtractedClaim` set in one order, the optional ones `undefined` until a later pass sets
 * them. Every claim then has one object shape, so the passes that read and copy claims stay on V8's fast path: built
 * with spreads and only the fields present, 36 000 short claims took 3,8 s to check; in one shape, 2,2 s.
 */
function claimOf(match: ClaimMatch, segment: Segment, place: { text: string; start: number; end: number }, fields: ResolvedFields): ExtractedClaim {
  return {
    text: place.text,
    start: place.start,
    end: place.end,
    kind: match.kind,
    indicator: fields.indicator,
    years: fields.years,
    part: fields.part,
    compareTo: fields.compareTo,
    figures: match.figures,
    claim: match.claim,
    qualifier: match.qualifier,
    direction: match.direction,
    endpoints: fields.endpoints,
    inherited: fields.inherited,
    source: fields.source,
    sentence: segment.sentence,
    counts: undefined,
    restates: undefined,
    readAsPoints: undefined,
    namesWhole: undefined,
    inBrackets: fields.inBrackets,
    bracketBase: undefined,
    levelAfter: undefined,
    printedBase: match.printedBase,
    prices: undefined,
    timeCarried: fields.timeCarried,
  };
}

interface Resolved {
  readonly claim: ExtractedClaim;
  /** Where the next claim's subject region starts in the segment (past any object phrase this claim used). */
  readonly consumed: number;
}

/** A clause being read, with its comparison headers found once, on first need. */
export interface Clause {
  readonly segment: Segment;
  headers: readonly TableHeader[] | null;
}

function headersOf(clause: Clause): readonly TableHeader[] {
  clause.headers ??= findTableHeaders(clause.segment.text);
  return clause.headers;
}

/**
 * The claim a match makes in its clause, and where the next claim's subject region starts.
 *
 * @example
 * resolveClaim(prose, { segment, headers: null }, match, 0, context).claim.indicator; // 'doanh thu'
 */
export function resolveClaim(
  prose: NormalizedProse,
  clause: Clause,
  match: ClaimMatch,
  cursor: number,
  context: SentenceContext,
): Resolved {
  const { segment } = clause;
  if (match.kind === 'comparison' && match.compareTo === null) {
    const row = readTableRow(segment.text.slice(0, match.start), cursor, headersOf(clause));
    if (row !== null) {
      const place = locate(prose, segment.start + row.valuesStart, segment.start + match.end);
      const claim = claimOf(match, segment, place, {
        indicator: row.indicator,
        years: row.years,
        part: WHOLE_YEAR,
        compareTo: row.compareTo,
        endpoints: row.endpoints,
        inherited: false,
        source: 'table',
        timeCarried: undefined,
        inBrackets: undefined,
      });
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
  // What joins the claim to the one before the brackets is what follows them: "(trong đó … 5.390 tỷ đồng), tăng so với
  // tháng trước và tăng 13,94%" reads on from ", tăng so với tháng trước và " as from the level before the brackets.
  const same = subjectCarried(match, afterBreakdown ? carriedBefore.replace(BRACKET_REST, '') : carriedBefore, carrier);
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
  const claim = claimOf(match, segment, locate(prose, segment.start + match.start, segment.start + match.end), {
    indicator,
    years: years ?? [],
    part,
    compareTo,
    endpoints: datedEnds(match.endpoints, years),
    inherited,
    source: 'prose',
    timeCarried: timeCarried ? true : undefined,
    inBrackets: context.inBrackets ? true : undefined,
  });
  return { claim, consumed: chosen.consumed };
}
