import type { RoleCorrection } from '@/lib/tables/apply-roles';
import type { HeaderRowsCorrection } from '@/lib/tables/header-rows';

/** What the user corrected in the "Đã nhận ra" preview, sent with the preview and with the upload. */
export interface Corrections {
  readonly roles: readonly RoleCorrection[];
  readonly headerRows: readonly HeaderRowsCorrection[];
  /** Tables whose saved correction (from an earlier dataset of the same header) the user undid. */
  readonly declined: readonly string[];
}

export const NO_CORRECTIONS: Corrections = { roles: [], headerRows: [], declined: [] };

/**
 * The corrections with a column's role set (replacing an earlier one of that column).
 *
 * @example
 * withRole(NO_CORRECTIONS, { table: 'a.csv', column: 2, role: 'year' }).roles // [{ table: 'a.csv', column: 2, role: 'year' }]
 */
export function withRole(c: Corrections, correction: RoleCorrection): Corrections {
  const roles = [...c.roles.filter((r) => r.table !== correction.table || r.column !== correction.column), correction];
  return { ...c, roles };
}

/**
 * The corrections with a table's header rows set (replacing earlier ones of that table).
 *
 * @example
 * withHeaderRows(NO_CORRECTIONS, { table: 'a.csv', from: 2, to: 3 }).headerRows // [{ table: 'a.csv', from: 2, to: 3 }]
 */
export function withHeaderRows(c: Corrections, correction: HeaderRowsCorrection): Corrections {
  return { ...c, headerRows: [...c.headerRows.filter((h) => h.table !== correction.table), correction] };
}

/**
 * The corrections with a table's saved correction declined.
 *
 * @example
 * withDeclined(NO_CORRECTIONS, 'a.csv').declined // ['a.csv']
 */
export function withDeclined(c: Corrections, table: string): Corrections {
  return { ...c, declined: [...c.declined.filter((t) => t !== table), table] };
}

/**
 * Adds the non-empty corrections to a multipart form as the JSON fields `roles`, `headerRows` and `declined`.
 *
 * @example
 * appendCorrections(form, { roles: [], headerRows: [{ table: 'a.csv', from: 2, to: 3 }], declined: [] });
 * form.get('headerRows') // '[{"table":"a.csv","from":2,"to":3}]'
 */
export function appendCorrections(form: FormData, c: Corrections): void {
  if (c.roles.length > 0) form.append('roles', JSON.stringify(c.roles));
  if (c.headerRows.length > 0) form.append('headerRows', JSON.stringify(c.headerRows));
  if (c.declined.length > 0) form.append('declined', JSON.stringify(c.declined));
}
