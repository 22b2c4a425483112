import { parseClaim } from '@/lib/claims/parse-claim';
import type { RowView } from '@/lib/dataset/types';
import type { ClaimFigure, ReportRow } from './types';

/**
 * Reads the figure a printed claim states. Used on the server, so the claim parser stays out
 * of the client bundle. `null` when there is no claim or it does not parse.
 *
 * @example
 * readClaimFigure('Tăng 3,8 lần') // { kind: 'ratio', direction: 'up', value: 3.8, decimals: 1, qualifier: null, unitSign: null, unitWord: null }
 * readClaimFigure('Tăng mạnh') // null
 */
export function readClaimFigure(claim: string | null): ClaimFigure | null {
  if (claim === null || claim.trim() === '') return null;
  const parsed = parseClaim(claim);
  if (!parsed.ok) return null;
  return {
    kind: parsed.kind,
    direction: parsed.direction,
    value: parsed.figure?.value ?? null,
    decimals: parsed.figure?.decimals ?? null,
    qualifier: parsed.qualifier,
    unitSign: parsed.unitSign,
    unitWord: parsed.unitWord,
  };
}

/**
 * Adds each row's claim figure and indicator page: the plain rows the client table and chart
 * receive. `indicatorPageOf` returns the indicator page id for a row, or `null` when none.
 *
 * @example
 * toReportRows(table.rows, () => null)[0].figure?.value // 3.8
 */
export function toReportRows(rows: readonly RowView[], indicatorPageOf: (row: RowView) => string | null): ReportRow[] {
  return rows.map((row) => ({ ...row, figure: readClaimFigure(row.claim), indicatorPage: indicatorPageOf(row) }));
}
