import type { PeriodKey } from '../verify/reference-types';
import type { ReportTable } from './types';

/**
 * The part of the year a table's value columns all speak of ("Ước tính tháng 10 năm 2023" → `T10`; "6 tháng năm 2022"
 * and "6 tháng năm 2023" → `L6`), or `''` for a table of whole years (or columns of mixed parts, which the reader never
 * keeps in one table).
 *
 * @example
 * tablePart(table); // 'T10' for a monthly report's October table
 */
export function tablePart(table: Pick<ReportTable, 'columns'>): PeriodKey {
  const parts = new Set(table.columns.filter((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined).map((c) => c.part ?? ''));
  const [only] = parts;
  return parts.size === 1 && only !== undefined ? only : '';
}
