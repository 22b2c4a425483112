import type { RoleCorrection } from './apply-roles';
import { headerKey } from './header-key';
import type { Column, ColumnRole } from './types';

/** A correction as saved for reuse: the column and its role, without the table it was made on. */
export interface SavedRole {
  /** 0-based column index. */
  readonly column: number;
  readonly role: ColumnRole;
}

/**
 * What a table's header rows read after folding (diacritics, case and whitespace, see
 * {@link headerKey}), one folded header per column: two files whose headers give the same
 * signature take the same role corrections.
 *
 * @example
 * headerSignature([{ index: 0, header: 'Chỉ tiêu', role: 'indicator' }, { index: 1, header: 'Số  2016', role: 'other' }])
 * // 'chi tieu | so 2016'
 */
export function headerSignature(columns: readonly Pick<Column, 'header'>[]): string {
  return columns.map((c) => headerKey(c.header)).join(' | ');
}

/**
 * The corrections of one table as saved for reuse: the table name dropped, one per column (the
 * last wins).
 *
 * @example
 * savedRolesOf([{ table: 'a.csv', column: 2, role: 'year' }, { table: 'b.csv', column: 1, role: 'unit' }], 'a.csv')
 * // [{ column: 2, role: 'year' }]
 */
export function savedRolesOf(corrections: readonly RoleCorrection[], table: string): SavedRole[] {
  const byColumn = new Map<number, ColumnRole>();
  for (const c of corrections) if (c.table === table) byColumn.set(c.column, c.role);
  return [...byColumn.entries()].sort(([a], [b]) => a - b).map(([column, role]) => ({ column, role }));
}

/**
 * Saved corrections applied to a new table, under the user's own: a column the user corrected
 * keeps the user's role.
 *
 * @example
 * withSavedRoles([{ column: 2, role: 'year' }, { column: 3, role: 'claim' }], 'moi.csv', [{ table: 'moi.csv', column: 3, role: 'index' }])
 * // [{ table: 'moi.csv', column: 2, role: 'year' }, { table: 'moi.csv', column: 3, role: 'index' }]
 */
export function withSavedRoles(saved: readonly SavedRole[], table: string, user: readonly RoleCorrection[]): RoleCorrection[] {
  const mine = user.filter((c) => c.table === table);
  const taken = new Set(mine.map((c) => c.column));
  const reused = saved.filter((s) => !taken.has(s.column)).map((s) => ({ table, column: s.column, role: s.role }));
  return [...reused, ...mine];
}
