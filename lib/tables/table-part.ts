import type { PeriodKey } from '../verify/reference-types';
import { headerKey } from './header-key';
import type { Column, ReportTable } from './types';

// Grammar (folded): same-time := "cung ky" anywhere. Example: "thuc hien cung ky nam 2022".
const SAME_TIME = /cung ky/;

/**
 * The part of the year a table's value columns all speak of ("Ước tính tháng 10 năm 2023" → `T10`; "6 tháng năm 2022"
 * and "6 tháng năm 2023" → `L6`; "Cùng kỳ năm 2022" beside "9 tháng năm 2023" → `L9`), or `''` for a table of whole
 * years (or columns of mixed parts, which the reader never keeps in one table).
 *
 * @example
 * tablePart(table); // 'T10' for a monthly report's October table
 */
export function tablePart(table: Pick<ReportTable, 'columns'>): PeriodKey {
  const values = table.columns.filter((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined);
  const parts = new Set(values.map(columnPart).filter((p): p is PeriodKey => p !== null));
  const [only] = parts;
  return parts.size === 1 && only !== undefined ? only : '';
}

/**
 * A value column's part of the year; `null` for "Cùng kỳ năm 2022" without one, which is the part of the columns
 * beside it ("Thực hiện cùng kỳ năm 2022" beside "Thực hiện 9 tháng năm 2023" is the same nine months a year earlier).
 *
 * @example
 * columnPart({ index: 2, header: 'Thực hiện cùng kỳ năm 2022', role: 'year', year: 2022 }); // null
 */
export function columnPart(column: Column): PeriodKey | null {
  return column.part ?? (SAME_TIME.test(headerKey(column.header)) ? null : '');
}
