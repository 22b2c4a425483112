import type { MergeRange } from './cell-ref';

/**
 * The cells of one sheet as the streaming pass reads them and the grid builder uses them: types only,
 * so the pass (sheet-pass, sheet-feed) and the grid (sheet-grid) need not import each other.
 */

/** A sheet cell reduced to what a table needs: its text, or a number with its display format. */
export type GridCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly numFmt: string | undefined };

export interface SheetCells {
  /** `rows[r - 1][c - 1]` is the cell at row r, column c; rows and cells may be missing. */
  readonly rows: readonly ((GridCell | null)[] | undefined)[];
  readonly lastRow: number;
  readonly lastCol: number;
  readonly merges: readonly MergeRange[];
}
