import { compareLevel } from '../../verify/compare-level';
import { indicatorKey } from '../../verify/indicator-key';
import { unitsCompatible } from '../../verify/match-indicator';
import { priceBaseIn, samePriceBase } from '../../verify/price-base';
import { findReference } from '../../verify/reference-lookup';
import type { MatchRules, ReferenceStatus } from '../../verify/reference-types';
import { isPeriod } from '../finding/find-time-phrases';
import type { KnownSource } from '../finding/known-values';
import { sameIndicator } from '../finding/same-indicator';
import type { DocumentLevel } from './check-between-documents';
import { referencePlace } from './reference-basis';

/** One place that gives a value for the indicator and year: the dataset itself, a stored document, a reference. */
export interface ValueSource {
  readonly kind: 'dataset' | 'document' | 'reference';
  /** The dataset id, document id or reference set id. */
  readonly id: string;
  readonly label: string;
  /** The label on the English page (a reference set's English name; else the same). */
  readonly labelEn: string;
  readonly value: number;
  readonly decimals: number;
  readonly unit: string;
  /** For a reference value: its status; else absent. */
  readonly status?: ReferenceStatus;
  /** Where it is printed (a table, a page), when known. */
  readonly place: string | null;
  readonly placeEn: string | null;
  /** True when its rounding interval does not meet the first source's (after scale conversion). */
  readonly differs: boolean;
}

/** Every source of one year's value, side by side. */
export interface YearSources {
  readonly year: number;
  readonly sources: readonly ValueSource[];
  /** True when two sources disagree. */
  readonly disagree: boolean;
}

/** The indicator whose sources are gathered: a series of a dataset. */
export interface SeriesInput {
  readonly datasetId: string;
  readonly datasetLabel: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly unit: string;
  readonly points: readonly { readonly year: number; readonly value: number; readonly decimals: number; readonly source: string | null }[];
}

/** A stored document's levels, by id and title. */
export interface DocumentInput {
  readonly id: string;
  readonly title: string;
  readonly claims: readonly DocumentLevel[];
}

function documentValues(series: SeriesInput, document: DocumentInput, rules: MatchRules): Map<number, Omit<ValueSource, 'differs'>> {
  const keys = series.names.map((n) => indicatorKey(n, rules.synonyms));
  const base = priceBaseIn(`${series.name} ${series.unit}`);
  const out = new Map<number, Omit<ValueSource, 'differs'>>();
  for (const c of document.claims) {
    const year = !isPeriod(c.years) && c.years.length === 1 ? c.years[0] : undefined;
    if (c.kind !== 'value' || c.indicator === null || c.figure === null || year === undefined || out.has(year)) continue;
    if ((c.period ?? '') !== '' || !samePriceBase(c.priceBase ?? null, base) || !unitsCompatible(c.figure.unit, series.unit)) continue;
    const key = indicatorKey(c.indicator, rules.synonyms);
    if (!keys.some((k) => k === key || sameIndicator(k, key))) continue;
    out.set(year, { kind: 'document', id: document.id, label: document.title, labelEn: document.title, value: c.figure.value, decimals: c.figure.decimals, unit: c.figure.unit ?? '', place: null, placeEn: null });
  }
  return out;
}

function markDiffering(sources: readonly Omit<ValueSource, 'differs'>[]): ValueSource[] {
  const [first] = sources;
  return sources.map((s, i) => ({
    ...s,
    differs: i > 0 && first !== undefined && !compareLevel({ value: s.value, decimals: s.decimals, unit: s.unit }, { value: first.value, decimals: first.decimals, unit: first.unit }).agree,
  }));
}

/**
 * Every source of each year's value of one series, side by side (`/chi-tieu/[id]`, `GET /api/indicators/values`):
 * the dataset's own value first, then each stored document that prints a level for the same indicator, year and
 * unit, then each reference set's value. A year where two sources' rounding intervals do not meet is marked.
 *
 * @example
 * sourcesByYear(series, [document], [yearbook], NO_RULES).find((y) => y.year === 2022)?.disagree; // true
 */
export function sourcesByYear(series: SeriesInput, documents: readonly DocumentInput[], references: readonly KnownSource[], rules: MatchRules): YearSources[] {
  const perDocument = documents.map((d) => documentValues(series, d, rules));
  const years = new Set<number>(series.points.map((p) => p.year));
  for (const values of perDocument) for (const year of values.keys()) years.add(year);
  const priceBase = priceBaseIn(`${series.name} ${series.unit}`);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const own = series.points.find((p) => p.year === year);
      const sources: Omit<ValueSource, 'differs'>[] = [];
      if (own !== undefined) {
        sources.push({ kind: 'dataset', id: series.datasetId, label: series.datasetLabel, labelEn: series.datasetLabel, value: own.value, decimals: own.decimals, unit: series.unit, place: own.source, placeEn: own.source });
      }
      for (const values of perDocument) {
        const found = values.get(year);
        if (found !== undefined) sources.push(found);
      }
      for (const reference of references) {
        if (reference.id === series.datasetId) continue;
        const hit = findReference([reference], { name: series.name, unit: series.unit, priceBase, year, period: '' }, rules);
        if (hit.kind !== 'found') continue;
        sources.push({
          kind: 'reference',
          id: reference.id ?? reference.label,
          label: reference.label,
          labelEn: reference.labelEn,
          value: hit.value.value,
          decimals: hit.value.decimals,
          unit: hit.value.unit,
          status: hit.value.status ?? 'final',
          place: referencePlace(reference, hit.value, 'vi'),
          placeEn: referencePlace(reference, hit.value, 'en'),
        });
      }
      const marked = markDiffering(sources);
      return { year, sources: marked, disagree: marked.some((s) => s.differs) };
    });
}
