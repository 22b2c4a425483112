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

/** What a computed figure is measured in, beyond its kind: the claim's sign and the row's unit. */
export interface ComputedContext {
  /** The claim text: a `‰` in it makes a relative change per mille. */
  readonly claim: string | null;
  /** The row's unit, for a difference (`direction`, `absolute`). */
  readonly unit: string;
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

/**
 * The computed figure in the claim's own terms: `3,7547 lần`, `275,47%`, `571,4286‰`, `-0,31 điểm %`.
 *
 * @example
 * formatComputed(3.7547, 'ratio', { claim: 'Tăng 3,8 lần', unit: 'Triệu đồng' }, { times: 'lần', points: 'điểm %', perYear: '%/năm' }) // '3,7547 lần'
 */
export function formatComputed(
  computed: number | null,
  kind: string | null,
  context: ComputedContext,
  words: ComputedWords,
): string | null {
  if (computed === null) return null;
  const n = formatNumber(computed);
  const perMille = context.claim?.includes('‰') === true;
  const unit = context.unit.trim();
  switch (kind) {
    case 'ratio':
    case 'ratio-down':
    case 'ratio-minus-one':
      return `${n} ${words.times}`;
    case 'percent':
      return perMille ? `${n}‰` : `${n}%`;
    case 'plan':
      return `${n}%`;
    case 'average-annual':
      return `${n}${words.perYear}`;
    case 'points':
      return `${n} ${words.points}`;
    case 'direction':
    case 'absolute':
      if (unit === '%') return `${n} ${words.points}`;
      return unit ? `${n} ${unit}` : n;
    default:
      return n;
  }
}
