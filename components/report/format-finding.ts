import type { RowView } from '@/lib/dataset/types';
import { displayCell } from '@/components/tables/display-cell';
import { formatNumber } from '@/lib/numbers/format-number';

/**
 * A value of a claim's row as the document printed it, in vi-VN style (see displayCell) when the
 * table has the year, else the number in Vietnamese style; `null` when the value is missing.
 *
 * @example
 * printedValue(gdpRow, 'to') // '39,8'
 */
export function printedValue(row: Pick<RowView, 'from' | 'to' | 'cells'>, side: 'from' | 'to'): string | null {
  const point = row[side];
  if (!point || point.value === null) return null;
  const cell = row.cells.find((c) => c.year === point.year && c.value === point.value && c.raw.trim() !== '');
  return cell ? displayCell(cell) : formatNumber(point.value);
}

/**
 * The number of decimals to show an implied value with: those of the printed value on the other
 * side of the claim (the value it was derived from), else 2.
 *
 * @example
 * impliedDecimals({ implied: { side: 'from', value: 20.8654 }, to: { year: 2015, value: 21.7 }, from: null, cells: [{ year: 2015, raw: '21,7', value: 21.7, decimals: 1, warning: null }] }) // 1
 */
export function impliedDecimals(row: Pick<RowView, 'implied' | 'from' | 'to' | 'cells'>): number {
  const other = row.implied?.side === 'from' ? row.to : row.from;
  if (!other || other.value === null) return 2;
  const cell = row.cells.find((c) => c.year === other.year && c.value === other.value);
  return cell ? cell.decimals : 2;
}
