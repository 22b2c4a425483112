import type { Claim } from '../../claims/types';
import type { ReportTable, TableRow } from '../../tables/types';
import { KIND_RULES } from '../kind-rules';
import type { RowResult } from '../result';
import { addsUp, MIN_PARTS, type TotalGroup } from './group-sums';
import { isTotal, partOf } from './table-totals';
import type { QualityWarning } from './types';

/*
 * A value far from its neighbours is a slip only when nothing in the table vouches for it. Nghệ An's yearbook 2020
 * prints 723.244 fixed telephone subscribers for 2015 and 60.864 for 2016: ten times apart, yet its own index for 2016
 * (8,42) is 60.864 / 723.244, and 2015's mobile and fixed lines add up to its total with 723.244. A printed relation
 * that holds with the value as read confirms it; a slip would break it.
 */

/** A value the table itself confirms: its series, its year and the value read. */
export interface ConfirmedPoint {
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
}

/** Whether a claim prints a figure to hold its values to: no bound ("hơn", "trên", "dưới"), only "khoảng" at most. */
function isPinning(claim: Claim): boolean {
  return claim.figure !== null && claim.qualifier !== 'lower' && claim.qualifier !== 'upper' && KIND_RULES[claim.kind].pinsValues;
}

/**
 * The values confirmed by printed comparisons that matched: both values of every figure claim (an index, a ratio, a
 * percent change, a gap) checked as `match` or `match_truncated`. `keyOf` gives a result's series id.
 *
 * @example
 * // Nghệ An 2020, fixed telephone: index 8,42 for 2016 checked as match against 723.244 (2015) and 60.864 (2016)
 * comparisonConfirmations(results, keyOf) // [{ indicatorId: 'co-dinh-telephone', year: 2015, value: 723244 }, { …, year: 2016, value: 60864 }]
 */
export function comparisonConfirmations(
  results: readonly Pick<RowResult, 'verdict' | 'parsed' | 'from' | 'to'>[],
  keyOf: (index: number) => string,
): ConfirmedPoint[] {
  const out: ConfirmedPoint[] = [];
  results.forEach((r, i) => {
    if ((r.verdict !== 'match' && r.verdict !== 'match_truncated') || r.parsed === null || !isPinning(r.parsed)) return;
    if (r.from === null || r.to === null || r.from.value === null || r.to.value === null || r.from.year === r.to.year) return;
    const indicatorId = keyOf(i);
    out.push({ indicatorId, year: r.from.year, value: r.from.value }, { indicatorId, year: r.to.year, value: r.to.value });
  });
  return out;
}

/**
 * The values of every total and part in each year in which the group adds up within rounding.
 *
 * @example
 * totalConfirmations([group]) // [{ indicatorId: 'tong-so', year: 2015, value: 1778489 }, …]
 */
export function totalConfirmations(groups: readonly TotalGroup[]): ConfirmedPoint[] {
  const out: ConfirmedPoint[] = [];
  for (const group of groups) {
    for (const year of group.total.values.keys()) {
      if (addsUp(group, year) !== true) continue;
      for (const member of [group.total, ...group.parts]) {
        const v = member.values.get(year);
        if (v !== undefined && v.none !== true) out.push({ indicatorId: member.indicatorId, year, value: v.value });
      }
    }
  }
  return out;
}

/**
 * A total ("Tổng số", "Tổng số - Total") with the rows after it of its section and unit, up to the next total: read
 * only to confirm the years they add up exactly (no list is assumed whole, so no warning comes of it).
 *
 * @example
 * // Nghệ An 2020: "Tổng số - Total" 1.778.489 = "Di động" 1.055.245 + "Cố định" 723.244 (2015)
 * totalConfirmations(closingTotalsOf(table, 'bang-16', keyOf))
 */
export function closingTotalsOf(table: ReportTable, tableId: string, keyOf: (row: TableRow, index: number) => string): TotalGroup[] {
  const levels = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.levelOf === undefined);
  const groups: TotalGroup[] = [];
  levels.forEach(({ row, index }, at) => {
    if (!isTotal(row)) return;
    const parts: { row: TableRow; index: number }[] = [];
    for (const next of levels.slice(at + 1)) {
      if (isTotal(next.row) || next.row.section !== row.section || next.row.unit !== row.unit) break;
      parts.push(next);
    }
    if (parts.length < MIN_PARTS) return;
    groups.push({ tableId, total: partOf(row, keyOf(row, index), false), parts: parts.map((p) => partOf(p.row, keyOf(p.row, p.index), true)) });
  });
  return groups;
}

/** The key of a confirmed value in a ConfirmedSet. */
function keyOf(indicatorId: string, year: number, value: number): string {
  return `${indicatorId}@${year}=${value}`;
}

/** Confirmed values, looked up by series, year and value. */
export type ConfirmedSet = ReadonlySet<string>;

/**
 * The confirmed values as a set to look them up in (a large upload confirms thousands).
 *
 * @example
 * confirmedSet([{ indicatorId: 'co-dinh-telephone', year: 2015, value: 723244 }]).size // 1
 */
export function confirmedSet(points: readonly ConfirmedPoint[]): ConfirmedSet {
  return new Set(points.map((p) => keyOf(p.indicatorId, p.year, p.value)));
}

/**
 * Whether a warning that suspects one printed value (a 10×/1000× slip, a stray small value) stands down because the
 * table confirms that value. Other warnings never do.
 *
 * @example
 * standsDown(slip2015, confirmedSet([{ indicatorId: 'co-dinh-telephone', year: 2015, value: 723244 }])) // true
 */
export function standsDown(warning: QualityWarning, confirmed: ConfirmedSet): boolean {
  const id = warning.indicatorIds[0];
  switch (warning.code) {
    case 'scale-slip':
    case 'stray-small':
      return id !== undefined && confirmed.has(keyOf(id, warning.value.year, warning.value.value));
    // A step that stays is a whole run in another scale: a total of that run adds up in it too, so nothing here vouches.
    case 'unit-change':
    case 'shares-rounding':
    case 'shares-gap':
    case 'plan-word':
    case 'parts-total':
    case 'structure-share':
    case 'area-yield-output':
      return false;
  }
}
