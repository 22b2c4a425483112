import { streamEntry, type InflateBudget } from './inflate-entry';
import { parseRange, type MergeRange } from './cell-ref';
import type { GridCell, SheetCells } from './sheet-cells';
import { xlsxFeedFor, type SheetContext } from './sheet-feed';
import type { ZipEntry } from './zip-directory';

/**
 * Reads one sheet's XML in a single streaming pass and stops at the caps: rows, columns and
 * cells. Merged ranges (`<mergeCells>`) are collected on the way.
 */

export interface SheetCaps {
  /** The last sheet row read (header and title rows included). */
  readonly rows: number;
  readonly columns: number;
  /** Cells with a value, plus merged ranges. */
  readonly cells: number;
}

export type { SheetCells } from './sheet-cells';

export type SheetPass =
  | { readonly ok: true; readonly value: SheetCells }
  | { readonly ok: false; readonly reason: 'broken' | 'too-large' }
  /** `rows` is the last row with data; `complete` false when counting stopped before the end. */
  | { readonly ok: false; readonly reason: 'too-many-rows'; readonly rows: number; readonly complete: boolean }
  | { readonly ok: false; readonly reason: 'too-many-columns'; readonly row: number; readonly col: number }
  | { readonly ok: false; readonly reason: 'too-many-cells'; readonly cells: number };

/** Past the row cap, rows are still counted (for the message) up to this many times the cap. */
const COUNT_FACTOR = 2;

/**
 * Streams a sheet entry through the cell reader under the caps.
 *
 * @example
 * await readSheetCells(bytes, entry, budget, context, { rows: 1050, columns: 512, cells: 1e6 })
 * // { ok: true, value: { rows: [[{ kind: 'text', text: 'STT' }, …]], lastRow: 12, lastCol: 6, merges: [] } }
 */
export async function readSheetCells(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  context: SheetContext,
  caps: SheetCaps,
): Promise<SheetPass> {
  const rows: ((GridCell | null)[] | undefined)[] = [];
  const merges: MergeRange[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let cells = 0;
  let stop: SheetPass | null = null;
  const feed = xlsxFeedFor(context, {
    cell(row, col, cell) {
      cells++;
      if (cells > caps.cells) {
        stop = lastRow > caps.rows ? { ok: false, reason: 'too-many-rows', rows: lastRow, complete: false } : { ok: false, reason: 'too-many-cells', cells: caps.cells };
        return false;
      }
      if (col > caps.columns) {
        stop = { ok: false, reason: 'too-many-columns', row, col };
        return false;
      }
      if (row > lastRow) lastRow = row;
      if (row > caps.rows * COUNT_FACTOR) {
        stop = { ok: false, reason: 'too-many-rows', rows: lastRow, complete: false };
        return false;
      }
      if (row > caps.rows) return true;
      if (col > lastCol) lastCol = col;
      const target = (rows[row - 1] ??= []);
      target[col - 1] = cell;
      return true;
    },
    merge(ref) {
      const range = parseRange(ref);
      if (range === null) return true;
      cells++;
      if (cells > caps.cells) {
        stop = { ok: false, reason: 'too-many-cells', cells: caps.cells };
        return false;
      }
      merges.push(range);
      return true;
    },
  });
  const outcome = await streamEntry(bytes, entry, budget, (chunk) => feed.write(chunk));
  if (stop !== null) return stop;
  if (!outcome.ok) return { ok: false, reason: outcome.reason === 'too-large' ? 'too-large' : 'broken' };
  if (!feed.close()) return { ok: false, reason: 'broken' };
  if (lastRow > caps.rows) return { ok: false, reason: 'too-many-rows', rows: lastRow, complete: true };
  for (const m of merges) {
    lastRow = Math.max(lastRow, Math.min(m.bottom, caps.rows));
    lastCol = Math.max(lastCol, Math.min(m.right, caps.columns));
  }
  return { ok: true, value: { rows, lastRow, lastCol, merges } };
}
