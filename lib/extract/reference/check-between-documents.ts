import { inBoth, type Localized } from '../../i18n/lang';
import { compareLevel } from '../../verify/compare-level';
import { indicatorKey } from '../../verify/indicator-key';
import { unitsCompatible } from '../../verify/match-indicator';
import { samePriceBase } from '../../verify/price-base';
import { periodLabel } from '../../verify/reference-period';
import type { PeriodKey, PriceBase, Synonym } from '../../verify/reference-types';
import type { ConsistencyFinding } from '../checks/consistency-types';
import { isPeriod } from '../finding/find-time-phrases';
import { sameIndicator } from '../finding/same-indicator';
import type { ClaimYears, Figure } from '../types';
import { valueText } from './reference-basis';

/** A printed level of a stored document, as the comparison across documents needs it. */
export interface DocumentLevel {
  readonly id: number;
  readonly kind: string;
  readonly indicator: string | null;
  readonly years: ClaimYears;
  readonly figure: Figure | null;
  readonly period?: PeriodKey;
  readonly priceBase?: PriceBase | null;
}

/** Another stored document: its id, title and levels. */
export interface OtherDocument {
  readonly id: string;
  readonly title: string;
  readonly claims: readonly DocumentLevel[];
}

interface Level {
  readonly key: string;
  readonly name: string;
  readonly year: number;
  readonly period: PeriodKey;
  readonly priceBase: PriceBase | null;
  readonly figure: Figure;
  readonly id: number;
}

function levelsOf(claims: readonly DocumentLevel[], synonyms: readonly Synonym[]): Level[] {
  const out: Level[] = [];
  for (const c of claims) {
    const year = !isPeriod(c.years) && c.years.length === 1 ? c.years[0] : undefined;
    if (c.kind !== 'value' || c.indicator === null || c.figure === null || c.figure.unit === null || year === undefined) continue;
    out.push({ key: indicatorKey(c.indicator, synonyms), name: c.indicator, year, period: c.period ?? '', priceBase: c.priceBase ?? null, figure: c.figure, id: c.id });
  }
  return out;
}

function sameSeries(a: Level, b: Level): boolean {
  if (a.year !== b.year || a.period !== b.period || !samePriceBase(a.priceBase, b.priceBase)) return false;
  if (!unitsCompatible(a.figure.unit, b.figure.unit)) return false;
  return a.key === b.key || sameIndicator(a.key, b.key);
}

function message(mine: Level, other: Level, title: string): Localized {
  return inBoth((lang) => {
    const when = `${mine.period === '' ? '' : `${periodLabel(mine.period, lang)} `}${mine.year}`;
    const a = valueText(mine.figure.value, mine.figure.decimals, mine.figure.unit);
    const b = valueText(other.figure.value, other.figure.decimals, other.figure.unit);
    return lang === 'vi'
      ? `${mine.name} ${when}: văn bản này in ${a}, văn bản “${title}” in ${b}.`
      : `${mine.name} ${when}: this document prints ${a}, the document “${title}” prints ${b}.`;
  });
}

/**
 * Compares a document's printed levels with those of other stored documents (verification.md §6): one
 * indicator (by folded name and synonyms), year, period, compatible unit and price base printed with values
 * whose rounding intervals do not meet gives a `differs-between-documents` warning (either may be the right one).
 *
 * @example
 * checkBetweenDocuments(report.claims, [{ id: 'b', title: 'Báo cáo quý', claims: other.claims }], [])[0]?.kind; // 'differs-between-documents'
 */
export function checkBetweenDocuments(claims: readonly DocumentLevel[], others: readonly OtherDocument[], synonyms: readonly Synonym[]): ConsistencyFinding[] {
  const mine = levelsOf(claims, synonyms);
  if (mine.length === 0) return [];
  const findings: ConsistencyFinding[] = [];
  for (const other of others) {
    const theirs = levelsOf(other.claims, synonyms);
    for (const level of mine) {
      const match = theirs.find((t) => sameSeries(level, t));
      if (match === undefined) continue;
      const compared = compareLevel(level.figure, match.figure);
      if (compared.agree) continue;
      findings.push({
        kind: 'differs-between-documents',
        severity: 'warning',
        claims: [level.id],
        places: [],
        message: message(level, match, other.title),
        indicator: level.name,
        year: level.year,
        computed: compared.gap,
      });
    }
  }
  return findings;
}
