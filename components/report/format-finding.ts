import type { RowView } from '@/lib/dataset/types';
import { formatNumber } from '@/lib/numbers/format-number';

/**
 * A value of a claim's row as the document printed it: the cell's text when the table has the
 * year, else the number in Vietnamese style; `null` when the value is missing.
 *
 * @example
 * printedValue(gdpRow, 'to') // '39,8'
 */
export function printedValue(row: Pick<RowView, 'from' | 'to' | 'cells'>, side: 'from' | 'to'): string | null {
  const point = row[side];
  if (!point || point.value === null) return null;
  const cell = row.cells.find((c) => c.year === point.year && c.value === point.value && c.raw.trim() !== '');
  return cell ? cell.raw : formatNumber(point.value);
}

export interface ComputedWords {
  readonly times: string;
  readonly points: string;
  readonly perYear: string;
}

/**
 * The computed figure in the claim's own terms: `3,7547 lần`, `275,47%`, `6,3 điểm %`.
 *
 * @example
 * formatComputed(3.7547, 'ratio', { times: 'lần', points: 'điểm %', perYear: '%/năm' }) // '3,7547 lần'
 */
export function formatComputed(computed: number | null, kind: string | null, words: ComputedWords): string | null {
  if (computed === null) return null;
  const n = formatNumber(computed);
  switch (kind) {
    case 'ratio':
    case 'ratio-down':
    case 'ratio-minus-one':
      return `${n} ${words.times}`;
    case 'percent':
    case 'plan':
      return `${n}%`;
    case 'average-annual':
      return `${n}${words.perYear}`;
    case 'points':
      return `${n} ${words.points}`;
    default:
      return n;
  }
}
