import { checkYieldRow, type YieldRow } from './area-yield-output';
import { checkPlanWord, type PlanRow } from './plan-words';
import { reviewSeries } from './review-series';
import { isShareUnit, seriesCandidate, shareGroups, type ShareCandidate } from './share-groups';
import { checkShares, type ShareGroup } from './shares';
import { confirmedSet, standsDown, totalConfirmations, type ConfirmedPoint } from './confirmations';
import type { TotalGroup } from './group-sums';
import { checkTotal } from './table-totals';
import { checkStructure, type StructureBlock } from './structure-shares';
import type { QualitySeries, QualityWarning } from './types';

/** What one table gives the review: its rows with a plan word, its rows that may be shares, and its totals with their parts. */
export interface QualityTableInput {
  readonly tableId: string;
  readonly planRows: readonly PlanRow[];
  readonly shareCandidates: readonly ShareCandidate[];
  /** Absent in inputs built before the check existed: no totals. */
  readonly totals?: readonly TotalGroup[];
  /** Absent in inputs built before the check existed: no structure blocks. */
  readonly structures?: readonly StructureBlock[];
  /** Values the table confirms beyond its totals (a printed index that matched them); absent: none. */
  readonly confirmed?: readonly ConfirmedPoint[];
  /** Rows that print an area, a yield and an output of one year (area-yield-output.ts); absent: none. */
  readonly yieldRows?: readonly YieldRow[];
}

/** Everything a dataset gives the review: every indicator's series and every table. */
export interface QualityInput {
  readonly series: readonly QualitySeries[];
  readonly tables: readonly QualityTableInput[];
}

function groupKey(group: ShareGroup): string {
  return `${[...group.parts.map((p) => p.indicatorId)].sort().join('+')}@${group.year}`;
}

/**
 * The data-quality review of a dataset: each series (slips, unit changes, stray values), each
 * table's plan words, shares, totals and structure blocks (shares against their values), and shares across the series (a group already read from a table
 * is not read again). Warnings and notes only, never errors. Linear in the values.
 *
 * @example
 * reviewQuality({ series, tables }) // [{ code: 'scale-slip', … }, { code: 'plan-word', … }]
 */
export function reviewQuality(input: QualityInput): QualityWarning[] {
  const out: QualityWarning[] = [];
  const confirmed = confirmedSet([...totalConfirmations(input.tables.flatMap((t) => t.totals ?? [])), ...input.tables.flatMap((t) => t.confirmed ?? [])]);
  // A value that closes its table's sum of parts and total, or that a printed index matched, is as printed, however far
  // it is from its neighbours.
  for (const s of input.series) out.push(...reviewSeries(s).filter((w) => !standsDown(w, confirmed)));
  const seen = new Set<string>();
  const groups: ShareGroup[] = [];
  for (const t of input.tables) {
    for (const row of t.planRows) {
      const w = checkPlanWord(row);
      if (w) out.push(w);
    }
    groups.push(...shareGroups(t.shareCandidates, t.tableId));
    for (const total of t.totals ?? []) out.push(...checkTotal(total));
    for (const block of t.structures ?? []) out.push(...checkStructure(block));
    for (const row of t.yieldRows ?? []) {
      const w = checkYieldRow(row);
      if (w) out.push(w);
    }
  }
  groups.push(...shareGroups(input.series.filter((series) => isShareUnit(series.points[0]?.unit ?? '')).map(seriesCandidate), null));
  for (const g of groups) {
    const key = groupKey(g);
    if (seen.has(key)) continue;
    seen.add(key);
    const w = checkShares(g);
    if (w) out.push(w);
  }
  return out;
}

/**
 * The warnings a table's page shows: those found in the table, and those on a series of one of
 * its indicators in one of its years.
 *
 * @example
 * qualityForTable(all, 'bang-2', new Set(['thu-ngan-sach']), [2009, 2022])
 */
export function qualityForTable(
  all: readonly QualityWarning[],
  tableId: string,
  indicatorIds: ReadonlySet<string>,
  years: readonly number[],
): QualityWarning[] {
  const yearSet = new Set(years);
  return all.filter((w) =>
    w.tableId === null ? w.indicatorIds.some((id) => indicatorIds.has(id)) && w.years.some((y) => yearSet.has(y)) : w.tableId === tableId,
  );
}

/**
 * The warnings an indicator's page shows: every one that names it.
 *
 * @example
 * qualityForIndicator(all, 'thu-ngan-sach') // [{ code: 'scale-slip', … }]
 */
export function qualityForIndicator(all: readonly QualityWarning[], indicatorId: string): QualityWarning[] {
  return all.filter((w) => w.indicatorIds.includes(indicatorId));
}

/**
 * Warnings without repeats (one warning shown by several tables), in the order first seen.
 *
 * @example
 * uniqueWarnings([w, w]) // [w]
 */
export function uniqueWarnings(lists: readonly (readonly QualityWarning[])[]): QualityWarning[] {
  const seen = new Set<string>();
  const out: QualityWarning[] = [];
  for (const list of lists) {
    for (const w of list) {
      if (seen.has(w.id)) continue;
      seen.add(w.id);
      out.push(w);
    }
  }
  return out;
}
