import type { CellView } from '@/lib/dataset/types';
import { formatNumber } from '@/lib/numbers/format-number';

/**
 * A value cell as the page shows it: in vi-VN style (`18.250,5`) with the decimals it was printed
 * with, whatever style the uploaded file used (`18250,5`, `18250.5`). A cell that is not a number,
 * or whose reading carries a warning (an ambiguous `147.210`), keeps its printed text, so the
 * warning beside it refers to what the document shows.
 *
 * @example
 * displayCell({ year: 2020, raw: '18250,5', value: 18250.5, decimals: 1, warning: null }) // '18.250,5'
 * displayCell({ year: 1991, raw: '147.210', value: 147.21, decimals: 3, warning: 'ambiguous' }) // '147.210'
 */
export function displayCell(cell: Pick<CellView, 'raw' | 'value' | 'decimals' | 'warning'>): string {
  if (cell.value === null || cell.warning !== null) return cell.raw;
  return formatNumber(cell.value, cell.decimals);
}
