import type { RoleCorrection } from './apply-roles';
import { headerKey } from './header-key';
import { MAX_FORCED_HEADER_ROWS, type HeaderLine } from './header-rows';
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

/** The prefix of a signature made from raw rows, so it never equals a signature of column headers. */
const ROWS_PREFIX = 'rows: ';
/** A saved header-rows correction is looked for among ranges of at most this many rows (as many as a header may have). */
export const MAX_CANDIDATE_ROWS = MAX_FORCED_HEADER_ROWS;

/**
 * The signature of a header-rows correction: the raw rows the user chose (lines `from`–`to` of
 * `lines`), each cell folded ({@link headerKey}), cells joined by ` | `, rows by ` / `. It is made
 * from the rows as they stand in the file, not from the columns read with them, so the same file
 * uploaded again (read first without the correction) gives the same signature for the same rows.
 * Null when a line of the range is not listed.
 *
 * @example
 * rawHeaderSignature([{ line: 2, cells: ['Chỉ tiêu', 'Thực hiện'] }, { line: 3, cells: ['', 'Năm 2020'] }], 2, 3)
 * // 'rows: chi tieu | thuc hien /  | nam 2020'
 */
export function rawHeaderSignature(lines: readonly HeaderLine[], from: number, to: number): string | null {
  const chosen = lines.filter((l) => l.line >= from && l.line <= to);
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  if (!first || !last || first.line !== from || last.line !== to) return null;
  return ROWS_PREFIX + chosen.map((l) => l.cells.map(headerKey).join(' | ')).join(' / ');
}

/** A range of listed rows a saved header-rows correction may have been made on, with its signature. */
export interface HeaderRowsCandidate {
  readonly from: number;
  readonly to: number;
  readonly signature: string;
}

/**
 * Every range of up to MAX_CANDIDATE_ROWS listed rows, starting and ending on a filled row, with
 * its signature: a later upload looks up saved header-rows corrections by these, so a correction
 * is found again when the rows the user chose lie among the rows listed around the header the
 * reader found (three above, three below).
 *
 * @example
 * headerRowsCandidates([{ line: 1, cells: ['Biểu 1'] }, { line: 2, cells: ['Chỉ tiêu'] }]).map((c) => [c.from, c.to])
 * // [[1, 1], [1, 2], [2, 2]]
 */
export function headerRowsCandidates(lines: readonly HeaderLine[]): HeaderRowsCandidate[] {
  const out: HeaderRowsCandidate[] = [];
  const filled = (l: HeaderLine | undefined): boolean => l !== undefined && l.cells.some((c) => c !== '');
  for (let i = 0; i < lines.length; i++) {
    if (!filled(lines[i])) continue;
    for (let j = i; j < Math.min(lines.length, i + MAX_CANDIDATE_ROWS); j++) {
      const a = lines[i];
      const b = lines[j];
      if (!a || !b || !filled(b)) continue;
      const signature = rawHeaderSignature(lines, a.line, b.line);
      if (signature !== null) out.push({ from: a.line, to: b.line, signature });
    }
  }
  return out;
}
