import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { headerKey } from './header-key';
import { BARE_YEAR, isIndicatorHeader, recognizeHeader, UNIT_HEADER } from './recognize-columns';

/*
 * Where a report table's header is: the header row among the leading records, a second header row to join to it,
 * and a row under it that only numbers the columns. The roles of its cells are recognize-columns.ts'.
 */

// Grammar: ITEM *( [" "] OP [" "] ITEM ) ; ITEM = ["("] 1–2 letters or digits [")"] ; OP = "=" "/" "*" "+" "-" ":".
// Example: "(1)", "b", "5", "(4)=(3)/(2)" match (a column-numbering row); "gdp" does not.
const COLUMN_NUMBER = /^\(?[a-z0-9]{1,2}\)?(?: ?[=/*+:-] ?\(?[a-z0-9]{1,2}\)?)*$/;

/** How many leading records are searched for the header row. */
export const HEADER_SEARCH_ROWS = 50;

function countFilled(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * The index of the header row: the first of the leading records with two or more filled cells
 * one of which names the indicator column. Title rows and blank rows above it are passed over.
 * -1 when there is none.
 *
 * @example
 * findHeaderRow([['BẢNG 1. …'], [], ['STT', 'Chỉ tiêu', 'Năm 2009']]); // 2
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const end = Math.min(records.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < end; i++) {
    const record = records[i];
    if (!record || countFilled(record) < 2) continue;
    if (record.some((cell) => !isBlankCell(cell) && isIndicatorHeader(cell))) return i;
  }
  return -1;
}

/**
 * Joins a two-level header ("Năm" over "2009" | "2022") into one row when the row below the
 * header has bare years and an empty indicator cell. Returns null when there is nothing to join.
 *
 * @example
 * mergeHeaderRows(['Chỉ tiêu', 'Năm', ''], ['', '2009', '2022']); // ['Chỉ tiêu', 'Năm 2009', '2022']
 */
export function mergeHeaderRows(header: readonly string[], below: readonly string[] | undefined): string[] | null {
  if (!below) return null;
  const indicatorAt = header.findIndex((cell) => isIndicatorHeader(cell));
  if (indicatorAt >= 0 && !isBlankCell(below[indicatorAt] ?? '')) return null;
  let joins = false;
  for (let i = 0; i < below.length; i++) {
    const sub = below[i] ?? '';
    if (isBlankCell(sub) || !BARE_YEAR.test(headerKey(sub))) continue;
    if (recognizeHeader(header[i] ?? '').role !== 'year') joins = true;
  }
  if (!joins) return null;
  const width = Math.max(header.length, below.length);
  const merged: string[] = [];
  for (let i = 0; i < width; i++) {
    const parent = collapseWhitespace(header[i] ?? '');
    const sub = collapseWhitespace(below[i] ?? '');
    merged.push(sub === '' ? parent : parent === '' ? sub : `${parent} ${sub}`);
  }
  return merged;
}

/**
 * True for a row under the header that only numbers or annotates the columns: "(1)", "(2)" … or
 * "A", "B", "1", "2" in at least three cells (every cell of a header `width` narrower than that),
 * or a units row whose indicator cell says "ĐVT".
 *
 * @example
 * isColumnNumberRow(['(1)', '(2)', '(3)', '(4)=(3)/(2)'], 1, 4); // true
 */
export function isColumnNumberRow(record: readonly string[], indicatorAt: number, width: number): boolean {
  const indicator = record[indicatorAt] ?? '';
  if (!isBlankCell(indicator) && UNIT_HEADER.test(headerKey(indicator))) return true;
  let filled = 0;
  for (const cell of record) {
    if (isBlankCell(cell)) continue;
    filled++;
    if (!COLUMN_NUMBER.test(headerKey(cell))) return false;
  }
  // A numbering row numbers the columns; two short cells under a wider header ("A", "1") are data.
  return filled >= Math.min(3, width);
}
