import type { ExportCell } from './types';

/** Most fraction digits an exported recomputed figure keeps (the engine rounds to 4). */
const MAX_COMPUTED_DECIMALS = 4;

/**
 * A text cell, or an empty one for null / blank text.
 *
 * @example
 * textCell('Tăng 3,8 lần') // { kind: 'text', text: 'Tăng 3,8 lần' }
 * textCell(null)           // { kind: 'empty' }
 */
export function textCell(text: string | null | undefined): ExportCell {
  return text === null || text === undefined || text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text };
}

/**
 * A number cell with its decimals, or an empty one for null / non-finite values.
 *
 * @example
 * numberCell(3957.9, 1) // { kind: 'number', value: 3957.9, decimals: 1 }
 * numberCell(null, 1)   // { kind: 'empty' }
 */
export function numberCell(value: number | null | undefined, decimals: number): ExportCell {
  return value === null || value === undefined || !Number.isFinite(value) ? { kind: 'empty' } : { kind: 'number', value, decimals };
}

/**
 * A year as a number cell that is never grouped (`2015`, not `2.015`), or empty.
 *
 * @example
 * yearCell(2015) // { kind: 'number', value: 2015, decimals: 0, grouping: false }
 */
export function yearCell(year: number | null | undefined): ExportCell {
  return year === null || year === undefined || !Number.isFinite(year)
    ? { kind: 'empty' }
    : { kind: 'number', value: year, decimals: 0, grouping: false };
}

/**
 * How many fraction digits a computed figure needs (its shortest decimal form), at most 4.
 *
 * @example
 * computedDecimals(3.7547) // 4
 * computedDecimals(-0.31)  // 2
 * computedDecimals(160)    // 0
 */
export function computedDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  if (text.includes('e')) return MAX_COMPUTED_DECIMALS;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, MAX_COMPUTED_DECIMALS);
}
