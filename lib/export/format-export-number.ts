import { formatNumber, NO_FIGURE } from '../numbers/format-number';
import type { NumberStyle } from './types';

/**
 * A number as text for a CSV file, with exactly `decimals` fraction digits (rounded half away
 * from zero, as the document rounds): Vietnamese style (`3.957,9`, what Vietnamese Excel reads as
 * a number) or plain (`3957.9`, no grouping, point decimal: programs and English Excel).
 * `grouping: false` drops the thousands groups (years). Non-finite values give `null` (an empty cell).
 *
 * @example
 * formatExportNumber(3957.9, 1, 'vi')    // '3.957,9'
 * formatExportNumber(3957.9, 1, 'plain') // '3957.9'
 * formatExportNumber(-12.5, 1, 'vi')     // '-12,5'
 * formatExportNumber(2015, 0, 'vi', false) // '2015'
 */
export function formatExportNumber(value: number, decimals: number, style: NumberStyle, grouping = true): string | null {
  const vi = formatNumber(value, decimals);
  if (vi === NO_FIGURE) return null;
  if (style === 'vi' && grouping) return vi;
  if (style === 'vi') return vi.split('.').join('');
  // vi-VN groups with `.` and marks decimals with `,`: drop the groups, then swap the mark.
  return vi.split('.').join('').replace(',', '.');
}
