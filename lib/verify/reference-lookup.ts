import type { KnownSource, KnownValue } from '../extract/finding/known-values';
import { matchIndicator, type IndicatorMatch, type PrintedIndicator, type SeriesName } from './match-indicator';
import { priceBaseIn } from './price-base';
import type { MatchRules, PeriodKey } from './reference-types';

/** One series of a reference set: its name, unit and price base, and its values. */
export interface ReferenceSeries extends SeriesName {
  readonly values: readonly KnownValue[];
}

/** What a document asks of the references: an indicator as printed, for one year and period. */
export interface ReferenceQuery extends PrintedIndicator {
  readonly year: number;
  readonly period: PeriodKey;
}

/** A question for the user: which series a printed name means (issue 15: never a verdict). */
export interface MatchQuestion {
  /** The printed name's key, under which the answer is stored. */
  readonly printed: string;
  /** The name as the document prints it. */
  readonly name: string;
  /** The candidate series' names, as the references print them. */
  readonly candidates: readonly string[];
}

/**
 * The outcome of a look-up: a value of one series (`found`), a question, or nothing. `series` is what matched
 * even when the year or period has no value (`missing`), so a caller can say the series exists.
 */
export type ReferenceHit =
  | { readonly kind: 'found'; readonly value: KnownValue; readonly source: KnownSource; readonly series: ReferenceSeries }
  | { readonly kind: 'missing'; readonly source: KnownSource; readonly series: ReferenceSeries }
  | { readonly kind: 'ambiguous'; readonly question: MatchQuestion }
  | { readonly kind: 'none' };

const seriesCache = new WeakMap<KnownSource, readonly ReferenceSeries[]>();

/**
 * The series of a reference set: values grouped by name, unit and price base (the price base of a value
 * is its own, else the one its name or unit says).
 *
 * @example
 * seriesOf(source).map((s) => s.name); // ['GRDP (giá hiện hành)', 'Thu ngân sách trên địa bàn', …]
 */
export function seriesOf(source: KnownSource): readonly ReferenceSeries[] {
  const cached = seriesCache.get(source);
  if (cached !== undefined) return cached;
  const groups = new Map<string, { name: string; unit: string; priceBase: ReferenceSeries['priceBase']; values: KnownValue[] }>();
  for (const value of source.values) {
    const name = value.names[0] ?? '';
    const priceBase = value.priceBase !== undefined ? value.priceBase : priceBaseIn(`${value.names.join(' ')} ${value.unit}`);
    const key = `${value.indicatorId ?? name}|${value.unit}|${JSON.stringify(priceBase)}`;
    const group = groups.get(key);
    if (group) group.values.push(value);
    else groups.set(key, { name, unit: value.unit, priceBase, values: [value] });
  }
  const series = [...groups.values()];
  seriesCache.set(source, series);
  return series;
}

function valueFor(series: ReferenceSeries, year: number, period: PeriodKey): KnownValue | null {
  return series.values.find((v) => v.year === year && (v.period ?? '') === period) ?? null;
}

/** How the reference sets answer a printed indicator: in each set, the series that fit it, whatever the year. */
export interface MatchedIndicator {
  /** The name as the document prints it. */
  readonly name: string;
  readonly sets: ReadonlyArray<{ readonly source: KnownSource; readonly match: IndicatorMatch<ReferenceSeries> }>;
}

/**
 * Matches a printed indicator against each reference set once, for every year and period to be looked up
 * with {@link lookUpMatched}: a page comparing a long series matches its name once, not once per value.
 *
 * @example
 * lookUpMatched(matchSources([yearbook], printed, NO_RULES), 2021, ''); // { kind: 'found', … }
 */
export function matchSources(sources: readonly KnownSource[], printed: PrintedIndicator, rules: MatchRules): MatchedIndicator {
  return { name: printed.name, sets: sources.map((source) => ({ source, match: matchIndicator(printed, seriesOf(source), rules) })) };
}

/**
 * The value for one year and period among matched sets, in their order: the first set with a value for its
 * series decides; a set where several series fit asks a question instead; a set with no fitting series, or
 * without that year and period, is passed over.
 *
 * @example
 * lookUpMatched(matchSources([yearbook], printed, NO_RULES), 2021, ''); // { kind: 'found', value: { value: 3524.1, … }, … }
 */
export function lookUpMatched(matched: MatchedIndicator, year: number, period: PeriodKey): ReferenceHit {
  let missing: ReferenceHit = { kind: 'none' };
  for (const { source, match } of matched.sets) {
    switch (match.kind) {
      case 'none':
        continue;
      case 'ambiguous':
        return { kind: 'ambiguous', question: { printed: match.printed, name: matched.name, candidates: match.candidates.map((c) => c.name) } };
      case 'match': {
        const value = valueFor(match.series, year, period);
        if (value !== null) return { kind: 'found', value, source, series: match.series };
        if (missing.kind === 'none') missing = { kind: 'missing', source, series: match.series };
        continue;
      }
    }
  }
  return missing;
}

/**
 * Looks an indicator up in the reference sets for one year and period ({@link matchSources} then
 * {@link lookUpMatched}).
 *
 * @example
 * findReference([yearbook], { name: 'thu ngân sách', unit: null, priceBase: null, year: 2021, period: '' }, NO_RULES);
 * // { kind: 'found', value: { value: 3524.1, year: 2021, … }, source: yearbook, series: … }
 */
export function findReference(sources: readonly KnownSource[], query: ReferenceQuery, rules: MatchRules): ReferenceHit {
  return lookUpMatched(matchSources(sources, query, rules), query.year, query.period);
}
