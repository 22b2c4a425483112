import type { ReportTable } from './types';

/**
 * The column group every value column of a table is under: the measure a table read from one group of a header holds
 * ("Sản lượng (Tấn)" over the years, or "Thành thị" in a one-year table of measures); `null` when its value columns have
 * no group or several.
 *
 * @example
 * measureGroupOf(table) // 'Sản lượng (Tấn)'
 */
export function measureGroupOf(table: ReportTable): string | null {
  const groups = new Set(table.columns.filter((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined).map((c) => c.group ?? ''));
  const [only] = groups;
  return groups.size === 1 && only !== undefined && only !== '' ? only : null;
}
