import type { RowView } from '@/lib/dataset/types';
import { seriesKeyOf } from '@/lib/dataset/series-key';
import { toReportRows } from './report-rows';
import type { ReportRow } from './types';

/**
 * A window of rows ready for the table and chart, each linked to its indicator page when the
 * dataset has that indicator (`known`, looked up for this window only). Links keep `?ds=`.
 *
 * @example
 * linkRows(rows, new Set(['thu-ngan-sach']), 'ab12…')[0]?.indicatorPage // 'thu-ngan-sach?ds=ab12…'
 */
export function linkRows(rows: readonly RowView[], known: ReadonlySet<string>, ds: string | undefined): ReportRow[] {
  return toReportRows(rows, (row) => {
    const indicatorId = indicatorIdOf(row);
    if (!known.has(indicatorId)) return null;
    return ds ? `${indicatorId}?ds=${encodeURIComponent(ds)}` : indicatorId;
  });
}

/**
 * The indicator a row belongs to (lib/dataset/series-key.ts).
 *
 * @example
 * indicatorIdOf({ indicatorId: null, indicator: 'Thu ngân sách' } as RowView) // 'thu-ngan-sach'
 */
export const indicatorIdOf = seriesKeyOf;
