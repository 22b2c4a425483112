import type { RoleCorrection } from './apply-roles';
import { recognizeHeader } from './recognize-columns';
import type { Column } from './types';

/** At most this many comparison columns of one table are read (each becomes a table of its own). */
const MAX_COMPARISONS = 4;

/** Whether a column is a claim or index column, or one that its header would make so. */
function isComparison(column: Column): boolean {
  if (column.role === 'claim' || column.role === 'index') return true;
  const role = recognizeHeader(column.header).role;
  return column.role === 'other' && (role === 'claim' || role === 'index');
}

/**
 * The column sets of a table that prints several comparison columns, one per comparison: a plan form's
 * "So sánh (%) TH 2023/KH 2023" and "So sánh (%) TH 2023/TH 2022" are two claims about every row. Each set
 * keeps one comparison column in its role and makes the others `other`, so each reads as a table with one
 * claim column (a row holds one claim). A table with one comparison column, or none, gives its columns
 * unchanged. A column the user gave a role is left as the user said.
 *
 * @example
 * comparisonColumnSets(buildColumns(['Chỉ tiêu', 'Năm 2022', 'Kế hoạch 2023', 'Năm 2023', 'TH/KH (%)', '2023 so với 2022 (%)'])).length // 2
 */
export function comparisonColumnSets(columns: readonly Column[], corrections: readonly RoleCorrection[] = [], table = ''): readonly (readonly Column[])[] {
  const chosen = new Set(corrections.filter((c) => c.table === table).map((c) => c.column));
  const first = columns.find((c) => c.role === 'claim' || c.role === 'index');
  if (first === undefined) return [columns];
  // Another group's columns (a yearbook's indicator groups, made `other` by groupColumns) are not this table's.
  const comparisons = columns
    .filter((c) => isComparison(c) && c.group === first.group && (c.role !== 'other' || !chosen.has(c.index)))
    .slice(0, MAX_COMPARISONS);
  if (comparisons.length < 2) return [columns];
  return comparisons.map((kept) =>
    columns.map((c): Column => {
      if (c.index === kept.index) return c.role === 'other' ? { ...c, role: recognizeHeader(c.header).role } : c;
      return comparisons.some((o) => o.index === c.index) ? { ...c, role: 'other' } : c;
    }),
  );
}
