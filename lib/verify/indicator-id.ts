import { foldDiacritics } from '../claims/normalize-text';
import type { TableRow } from '../tables/types';

/*
 * A report row's indicator id: the `Mã chỉ tiêu` column that links one indicator across tables and years.
 */

const INDICATOR_ID_HEADERS = new Set(['ma chi tieu', 'ma', 'indicator_id', 'indicator id', 'id']);

/**
 * The extras header that holds the indicator id (`Mã chỉ tiêu`), or null.
 *
 * @example
 * idHeaderOf(row) // 'Mã chỉ tiêu'
 */
export function idHeaderOf(row: TableRow | undefined): string | null {
  if (!row) return null;
  // `for…in` with an own-property test visits Object.keys' headers in its order, without an array per row.
  for (const header in row.extras) {
    if (Object.hasOwn(row.extras, header) && isIdHeader(header)) return header;
  }
  return null;
}

/** Whether an extras header names the indicator id; a table repeats its headers on every row, so each is folded once. */
function isIdHeader(header: string): boolean {
  let known = idHeaders.get(header);
  if (known === undefined) {
    known = INDICATOR_ID_HEADERS.has(foldDiacritics(header));
    if (idHeaders.size < 1000) idHeaders.set(header, known);
  }
  return known;
}

const idHeaders = new Map<string, boolean>();

/**
 * The row's `Mã chỉ tiêu` (indicator id) when the table has such a column.
 *
 * @example
 * indicatorIdOf(row) // 'san-luong-luong-thuc'
 */
export function indicatorIdOf(row: TableRow, header: string | null = idHeaderOf(row)): string | null {
  const value = header === null ? undefined : row.extras[header]?.trim();
  return value ? value : null;
}

