import type { RowView } from '@/lib/dataset/types';
import { VERDICT_LABELS } from '@/lib/verify/labels';

/**
 * The tables whose comparison chart goes into the printed report: those with a wrong-direction
 * or mismatching claim among `rows`, in document order; when there is none, the table with the
 * most claims (so the report always shows one comparison chart when it has claims).
 *
 * @example
 * mainChartTables(rows, ['bang-1', 'bang-2']) // ['bang-2'] when bang-2 holds the only mismatch
 */
export function mainChartTables(rows: readonly Pick<RowView, 'tableId' | 'verdict'>[], tableOrder: readonly string[]): string[] {
  const bad = new Set(rows.filter((r) => VERDICT_LABELS[r.verdict].tone === 'bad').map((r) => r.tableId));
  if (bad.size > 0) return tableOrder.filter((id) => bad.has(id));
  const counts = new Map<string, number>();
  for (const r of rows) if (r.verdict !== 'none') counts.set(r.tableId, (counts.get(r.tableId) ?? 0) + 1);
  let best: string | null = null;
  for (const id of tableOrder) {
    const n = counts.get(id) ?? 0;
    if (n > 0 && (best === null || n > (counts.get(best) ?? 0))) best = id;
  }
  return best === null ? [] : [best];
}
