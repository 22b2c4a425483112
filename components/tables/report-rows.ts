import type { Claim } from '@/lib/claims/types';
import type { RowView } from '@/lib/dataset/types';
import type { ClaimFigure, ReportRow } from './types';

/**
 * The figure a checked row's claim states, from the claim the checker read (nothing is parsed here).
 * `null` when the row has no claim or it did not parse.
 *
 * @example
 * claimFigureOf(row.parsed) // { kind: 'ratio', direction: 'up', value: 3.8, decimals: 1, qualifier: null, unitSign: null, unitWord: null }
 */
export function claimFigureOf(claim: Claim | null): ClaimFigure | null {
  if (claim === null) return null;
  return {
    kind: claim.kind,
    direction: claim.direction,
    value: claim.figure?.value ?? null,
    decimals: claim.figure?.decimals ?? null,
    qualifier: claim.qualifier,
    unitSign: claim.unitSign,
    unitWord: claim.unitWord,
  };
}

/**
 * Adds each row's claim figure and indicator page: the plain rows the client table and chart
 * receive. `indicatorPageOf` returns the indicator page id for a row, or `null` when none.
 * Rows stored before results carried their claim (`parsed` absent) show no figure.
 *
 * @example
 * toReportRows(table.rows, () => null)[0].figure?.value // 3.8
 */
export function toReportRows(rows: readonly RowView[], indicatorPageOf: (row: RowView) => string | null): ReportRow[] {
  return rows.map((row) => ({ ...row, figure: claimFigureOf(row.parsed ?? null), indicatorPage: indicatorPageOf(row) }));
}
