import 'server-only';
import ExcelJS from 'exceljs';
import { findHeaderRow } from '../../tables/recognize-columns';
import { cellText, isNumberCell } from './cell-text';

/** A sheet cell reduced to what a table needs: its text, or a number with its display format. */
export type GridCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly numFmt: string | undefined };

export interface SheetGrid {
  /** Rows from sheet row 1 to the last used row; `null` for an empty cell. */
  readonly rows: readonly (readonly (GridCell | null)[])[];
  readonly width: number;
  /** Columns in use in the sheet; more than `width` when the sheet is wider than MAX_COLUMNS. */
  readonly usedColumns: number;
}

/** The widest sheet read, in columns: a table never needs more, and it bounds the work. */
export const MAX_COLUMNS = 512;

function numberOf(value: ExcelJS.CellValue): number {
  if (typeof value === 'number') return value;
  const result = (value as { result?: unknown } | null)?.result;
  return typeof result === 'number' ? result : Number.NaN;
}

function gridCell(cell: ExcelJS.Cell): GridCell | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (isNumberCell(value)) return { kind: 'number', value: numberOf(value), numFmt: cell.numFmt };
  // The style only matters for numbers, which are handled above.
  const text = cellText(value, cell.numFmt, 'vi');
  return text.trim() === '' ? null : { kind: 'text', text };
}

function plainText(cell: GridCell | null): string {
  if (cell === null) return '';
  return cell.kind === 'text' ? cell.text : String(cell.value);
}

interface MergedSlave {
  readonly row: number;
  readonly col: number;
  readonly masterRow: number;
  readonly masterCol: number;
  readonly master: GridCell | null;
}

/** The last used row and column (cells with a value, merged cells included). */
function usedRange(worksheet: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r > rows) rows = r;
      if (c > cols) cols = c;
    });
  });
  return { rows, cols };
}

/**
 * A worksheet as a grid of cells. Merged cells: the value stays in the top-left cell only,
 * except that a cell merged downwards below the header (a unit or group shared by several
 * indicator rows) is repeated in every row it covers. The header row is found as the table
 * reader finds it; merges that start in it belong to the header.
 *
 * @example
 * sheetToGrid(workbook.worksheets[0]).rows[0] // [{ kind: 'text', text: 'STT' }, …]
 */
export function sheetToGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const range = usedRange(worksheet);
  const width = Math.min(range.cols, MAX_COLUMNS);
  const rows: (GridCell | null)[][] = [];
  const slaves: MergedSlave[] = [];
  for (let r = 1; r <= range.rows; r++) {
    const row = worksheet.getRow(r);
    const cells: (GridCell | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        slaves.push({ row: r, col: c, masterRow: Number(master.row), masterCol: Number(master.col), master: gridCell(master) });
        cells.push(null);
      } else {
        cells.push(gridCell(cell));
      }
    }
    rows.push(cells);
  }

  const headerIndex = findHeaderRow(rows.map((cells) => cells.map(plainText)));
  if (headerIndex >= 0) {
    const headerRow = headerIndex + 1;
    let headerEnd = headerRow;
    for (const s of slaves) if (s.masterRow === headerRow && s.row > headerEnd) headerEnd = s.row;
    for (const s of slaves) {
      if (s.masterCol !== s.col || s.masterRow <= headerEnd) continue;
      const target = rows[s.row - 1];
      if (target) target[s.col - 1] = s.master;
    }
  }
  return { rows, width, usedColumns: range.cols };
}
