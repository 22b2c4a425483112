import 'server-only';
import type { RowView } from '../../dataset/types';
import type { RowRange, RowWindow } from '../store/types';

/** Rows read per store call while exporting: a window's JSON is parsed, written out, then dropped. */
export const EXPORT_WINDOW_ROWS = 1000;

/**
 * The rows behind a windowed read, one window after another: only one window is held at a time,
 * so an export of 50 000 rows never holds them all. Stops after the last window (short, empty or
 * reaching the total); an unknown dataset or table (null) gives nothing.
 *
 * @example
 * for await (const rows of readWindows((range) => reader.tableRows('bang-2', range))) write(rows);
 */
export async function* readWindows(
  read: (range: RowRange) => Promise<RowWindow | null>,
  windowRows: number = EXPORT_WINDOW_ROWS,
): AsyncGenerator<readonly RowView[], void, undefined> {
  for (let offset = 0; ; offset += windowRows) {
    const window = await read({ offset, limit: windowRows });
    if (!window || window.rows.length === 0) return;
    yield window.rows;
    if (window.rows.length < windowRows || offset + window.rows.length >= window.total) return;
  }
}
