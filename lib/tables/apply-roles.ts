import type { Column, ColumnRole } from './types';

/** A user's correction of one column's role, for the table its reader names `table` (`bang.csv`, `bang.csv #2`). */
export interface RoleCorrection {
  readonly table: string;
  /** 0-based column index. */
  readonly column: number;
  readonly role: ColumnRole;
}

// Grammar: a 4-digit year 1900–2199 not inside a longer number. Example: "Ước năm 2023" → 2023.
const YEAR_IN_HEADER = /(?<!\d)(?:19|20|21)\d{2}(?!\d)/;

/** Roles a table has one column of: giving one to a column takes it from the column that had it. */
const SINGLE_ROLES: ReadonlySet<ColumnRole> = new Set(['stt', 'indicator', 'unit', 'plan', 'claim', 'index', 'note']);

function sameSlot(a: ColumnRole, b: ColumnRole): boolean {
  const slot = (r: ColumnRole): ColumnRole => (r === 'index' ? 'claim' : r);
  return slot(a) === slot(b);
}

/**
 * The columns with the user's corrections applied (those naming another table are ignored). A
 * year, estimate or plan column takes the year its header names (or keeps the one it had); a
 * single role (indicator, unit, claim…) given to a column is taken from the column that had it.
 *
 * @example
 * applyRoles(columns, [{ table: 'bang.csv', column: 4, role: 'estimate' }], 'bang.csv');
 */
export function applyRoles(columns: readonly Column[], corrections: readonly RoleCorrection[], table: string): readonly Column[] {
  const mine = corrections.filter((c) => c.table === table && columns[c.column] !== undefined);
  if (mine.length === 0) return columns;
  let out = [...columns];
  for (const correction of mine) {
    const column = out[correction.column];
    if (!column) continue;
    if (SINGLE_ROLES.has(correction.role)) {
      out = out.map((c) => (c.index !== column.index && sameSlot(c.role, correction.role) ? { index: c.index, header: c.header, role: 'other' } : c));
    }
    const named = YEAR_IN_HEADER.exec(column.header);
    const year = named ? Number(named[0]) : column.year;
    const yearly = correction.role === 'year' || correction.role === 'estimate' || correction.role === 'plan';
    const base: Column = { index: column.index, header: column.header, role: correction.role };
    const withYear = yearly && year !== undefined ? { ...base, year } : base;
    out[correction.column] = column.group !== undefined ? { ...withYear, group: column.group } : withYear;
  }
  return out;
}
