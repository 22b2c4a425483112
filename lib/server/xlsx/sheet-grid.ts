import { findHeaderRow } from '../../tables/locate-header';
import type { MergeRange } from './cell-ref';
import type { GridCell, SheetCells } from './sheet-cells';

export type { GridCell } from './sheet-cells';

export interface SheetGrid {
  /** Rows from sheet row 1 to the last used row; `null` for an empty cell. */
  readonly rows: readonly (readonly (GridCell | null)[])[];
  readonly width: number;
  /** The sheet's merged ranges (1-based, inclusive), as `<mergeCells>` lists them. */
  readonly merges: readonly MergeRange[];
}

/** The widest sheet read, in columns: a table never needs more, and it bounds the work. */
export const MAX_COLUMNS = 512;

function plainText(cell: GridCell | null): string {
  if (cell === null) return '';
  return cell.kind === 'text' ? cell.text : String(cell.value);
}

/**
 * A sheet's cells as a grid. Merged cells: the value stays in the top-left cell only, except
 * that a cell merged downwards below the header (a unit or group shared by several indicator
 * rows) is repeated in every row it covers. The header row is found as the table reader finds
 * it; merges that start in it belong to the header.
 *
 * @example
 * buildGrid({ rows: [[{ kind: 'text', text: 'STT' }]], lastRow: 1, lastCol: 1, merges: [] }).rows[0] // [{ kind: 'text', text: 'STT' }]
 */
export function buildGrid(sheet: SheetCells): SheetGrid {
  const width = sheet.lastCol;
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < sheet.lastRow; r++) {
    const source = sheet.rows[r];
    const cells: (GridCell | null)[] = [];
    for (let c = 0; c < width; c++) cells.push(source?.[c] ?? null);
    rows.push(cells);
  }
  // Only a merge's top-left cell keeps its value.
  const inGrid = sheet.merges.filter((m) => m.top <= rows.length && m.left <= width);
  for (const m of inGrid) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, width); c++) if (r !== m.top || c !== m.left) cells[c - 1] = null;
    }
  }

  const headerIndex = findHeaderRow(rows.map((cells) => cells.map(plainText)));
  if (headerIndex >= 0) {
    const headerRow = headerIndex + 1;
    let headerEnd = headerRow;
    for (const m of inGrid) if (m.top === headerRow && m.bottom > headerEnd) headerEnd = Math.min(m.bottom, rows.length);
    for (const m of inGrid) {
      if (m.top <= headerEnd) continue;
      const master = rows[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top + 1; r <= Math.min(m.bottom, rows.length); r++) {
        const target = rows[r - 1];
        if (target) target[m.left - 1] = master;
      }
    }
  }
  return { rows, width, merges: sheet.merges };
}
