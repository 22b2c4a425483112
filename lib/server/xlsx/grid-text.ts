import type { NumberStyle } from '../../numbers/types';
import { formatExcelNumber } from './number-format';
import type { GridCell, SheetGrid } from './sheet-grid';

function quote(text: string): string {
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellOut(cell: GridCell | null, style: NumberStyle): string {
  if (cell === null) return '';
  return cell.kind === 'number' ? formatExcelNumber(cell.value, cell.numFmt, style) : quote(cell.text);
}

/**
 * Writes a grid as tab-separated text, one record per sheet row (so line numbers are sheet row
 * numbers), numbers in the given style. Cells never hold tabs or line breaks (see cellText), so
 * the tab delimiter is unambiguous; a cell with `"` is quoted.
 *
 * @example
 * gridToText({ rows: [[{ kind: 'text', text: 'Chỉ tiêu' }, { kind: 'number', value: 10.6, numFmt: '0.0' }]], width: 2, merges: [] }, 'vi')
 * // 'Chỉ tiêu\t10,6'
 */
export function gridToText(grid: SheetGrid, style: NumberStyle): string {
  return grid.rows
    .map((cells) => (cells.every((c) => c === null) ? '' : cells.map((c) => cellOut(c, style)).join('\t')))
    .join('\r\n');
}

/**
 * The texts of a grid's text cells (numbers typed as text among them), for deciding the sheet's
 * number style.
 *
 * @example
 * textCells({ rows: [[{ kind: 'text', text: '1.234,5' }, null]], width: 2, merges: [] }) // ['1.234,5']
 */
export function textCells(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (const cells of grid.rows) for (const c of cells) if (c?.kind === 'text') out.push(c.text);
  return out;
}
