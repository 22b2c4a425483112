import type { ClaimMatch } from './match-claims';
import { isPeriod } from './find-time-phrases';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears, ExtractedClaim } from '../types';

/*
 * The time a claim that names none of its own takes from what was read before it: the claim before it in the
 * sentence, the list intro, or the paragraph's sentence before.
 */

/** What the claims before this one in the sentence (or the list intro) established. */
export interface SentenceContext {
  previous: ExtractedClaim | null;
  /** The last claim read outside brackets: the time a claim outside them takes ("(cùng kỳ năm 2023 tăng 0,5%)" dates only itself). */
  outer: ExtractedClaim | null;
  /** Whether the claim being read sits inside brackets. */
  inBrackets: boolean;
  /**
   * The claim outside brackets that the open brackets follow with no word between ("93.298 tấn (trong đó tôm …"): the
   * claims after them go on with its subject. `null` when the brackets opened after other words ("châu Á (chiếm …").
   */
  opener: ExtractedClaim | null;
  readonly listYears: ClaimYears | null;
  /** Whether listYears is the time of the paragraph's sentence before, which no average rate spans. */
  readonly carried: boolean;
  /** The part of the year the list intro names ("Quý III/2023:"), `''` for none. */
  readonly listPart: PeriodKey;
  /** The claims of the sentence read so far. */
  readonly found: readonly ExtractedClaim[];
}

/**
 * The years a claim without its own takes from the claim before it. An average rate right after a
 * comparison with a year ("tăng 24% so với năm 2018; bình quân tăng 4,4%/năm") spans that comparison.
 */
export function inheritedYears(match: ClaimMatch, context: SentenceContext): ClaimYears | null {
  const previous = timeSource(context);
  if (previous === null) {
    // "Năm 2018 vốn đạt 5.000 tỷ đồng. Vốn bình quân tăng 9%/năm; năm 2023 …": the rate spans a period, not 2018.
    const single = context.listYears !== null && !isPeriod(context.listYears);
    return context.carried && single && match.kind === 'average-annual' ? null : context.listYears;
  }
  if (match.kind === 'average-annual' && previous.compareTo !== null && 'year' in previous.compareTo) {
    const to = isPeriod(previous.years) ? undefined : previous.years[previous.years.length - 1];
    if (to !== undefined && to > previous.compareTo.year) return { from: previous.compareTo.year, to };
  }
  // "tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng …%/năm" spans the two ends.
  const ends = previous.endpoints;
  if (match.kind === 'average-annual' && ends !== null && ends.from.year !== null && ends.to.year !== null && ends.to.year > ends.from.year) {
    return { from: ends.from.year, to: ends.to.year };
  }
  return previous.years;
}

/** The part of the year a claim that names no time of its own speaks of: the claim before it's, else its list's. */
export function inheritedPart(context: SentenceContext): PeriodKey {
  const source = timeSource(context);
  return source === null ? context.listPart : source.part;
}

/**
 * The claim whose time a claim without its own takes: the one before it, but for a claim outside brackets the last
 * one outside them. "(cùng kỳ năm 2023 tăng 0,5%)" dates only itself: "…; ngành điện tăng 10,3%" after it is of the
 * sentence's ten months of 2024.
 */
export function timeSource(context: SentenceContext): ExtractedClaim | null {
  return context.inBrackets ? context.previous : context.outer;
}

/**
 * A from–to statement without years of its own, under a period heading, runs from the period's start to its end; two
 * values printed after a change of one year against a dated base ("năm 2020 tăng gấp 2,58 lần so năm 2015 (24.013/9.278
 * tỷ đồng)") end in the claim's year.
 */
export function datedEnds(ends: ClaimMatch['endpoints'], years: ClaimYears | null): ClaimMatch['endpoints'] {
  if (ends === null || years === null || ends.to.year !== null) return ends;
  if (!isPeriod(years)) {
    const year = years.length === 1 ? years[0] : undefined;
    return year === undefined || ends.from.year === null ? ends : { from: ends.from, to: { ...ends.to, year } };
  }
  if (ends.from.year !== null) return ends;
  return { from: { ...ends.from, year: years.from }, to: { ...ends.to, year: years.to } };
}
