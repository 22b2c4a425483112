import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import type { PreparedInput } from './read-input';
import type { HeaderLine, HeaderRowsCorrection, HeaderRowsProblem, ReadResult, TableError } from './types';

export type { HeaderLine, HeaderRowsCorrection } from './types';

/** At most this many rows may be forced into one header. */
export const MAX_FORCED_HEADER_ROWS = 6;

/** Rows listed before the first header row and after the last one (the window of `headerLinesOf`). */
const WINDOW_ABOVE = 3;
const WINDOW_BELOW = 3;
/** At most this many rows are listed; a cell is cut at MAX_CELL characters, a row at MAX_CELLS cells. */
const MAX_WINDOW = 12;
const MAX_CELL = 60;
const MAX_CELLS = 40;

/**
 * The header-rows problem as a table error naming the file (the table) and the row.
 *
 * @example
 * badHeaderRowsError('bang.csv', 40, 'beyond-table'); // { code: 'bad-header-rows', problem: 'beyond-table', file: 'bang.csv', row: 40 }
 */
export function badHeaderRowsError(file: string, row: number, problem: HeaderRowsProblem): TableError {
  return { code: 'bad-header-rows', problem, file, row };
}

/**
 * The correction given for a table, or null (the last one given wins).
 *
 * @example
 * headerRowsFor([{ table: 'bang.csv', from: 2, to: 3 }], 'bang.csv'); // { table: 'bang.csv', from: 2, to: 3 }
 */
export function headerRowsFor(corrections: readonly HeaderRowsCorrection[] | undefined, table: string): HeaderRowsCorrection | null {
  let found: HeaderRowsCorrection | null = null;
  for (const c of corrections ?? []) if (c.table === table) found = c;
  return found;
}

/** The record starting at a 1-based line, or -1 (a line inside a quoted multi-line cell, or past the end). */
function recordAt(input: PreparedInput, line: number): number {
  let lo = 0;
  let hi = input.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = input.lines[mid] ?? 0;
    if (at === line) return mid;
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The records (0-based) a header-rows correction names, checked: the lines in order, at most
 * MAX_FORCED_HEADER_ROWS of them, inside the table (not above `from`, the record where the table
 * starts, nor past the last line), each the start of a record, and not all empty.
 *
 * @example
 * forcedHeaderRecords(input, { table: 'bang.csv', from: 2, to: 3 }, 0); // { ok: true, value: [1, 2] }
 * forcedHeaderRecords(input, { table: 'bang.csv', from: 90, to: 91 }, 0); // { ok: false, error: { code: 'bad-header-rows', problem: 'beyond-table', row: 90, … } }
 */
export function forcedHeaderRecords(input: PreparedInput, correction: HeaderRowsCorrection, from: number): ReadResult<number[]> {
  const { table } = correction;
  const lastLine = input.lines[input.lines.length - 1] ?? 0;
  if (!Number.isInteger(correction.from) || !Number.isInteger(correction.to) || correction.from < 1 || correction.to < correction.from) {
    return { ok: false, error: badHeaderRowsError(table, Math.max(1, Math.trunc(correction.from) || 1), 'order') };
  }
  if (correction.to - correction.from + 1 > MAX_FORCED_HEADER_ROWS) {
    return { ok: false, error: badHeaderRowsError(table, correction.from, 'too-many') };
  }
  if (correction.to > lastLine) return { ok: false, error: badHeaderRowsError(table, correction.to, 'beyond-table') };
  const first = recordAt(input, correction.from);
  if (first < 0) return { ok: false, error: badHeaderRowsError(table, correction.from, 'inside-cell') };
  if (first < from) return { ok: false, error: badHeaderRowsError(table, correction.from, 'before-table') };
  const records: number[] = [];
  for (let i = first; i < input.records.length && (input.lines[i] ?? Infinity) <= correction.to; i++) records.push(i);
  if (records.every((i) => (input.records[i] ?? []).every(isBlankCell))) {
    return { ok: false, error: badHeaderRowsError(table, correction.from, 'empty') };
  }
  return { ok: true, value: records };
}

function cellsOf(record: readonly string[]): string[] {
  const cells = record.slice(0, MAX_CELLS).map((cell) => {
    const text = collapseWhitespace(cell);
    return text.length > MAX_CELL ? text.slice(0, MAX_CELL) : text;
  });
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The raw rows around a table's header as read (from `start`, where the table starts, to a few
 * rows under the header): what the preview lists for the user to choose the header rows from, and
 * what a saved header-rows correction is looked for in (header-signature.ts).
 *
 * @example
 * headerLinesOf(input, [1, 2], 0); // [{ line: 1, cells: ['Biểu 01'] }, { line: 2, cells: ['Chỉ tiêu', 'Thực hiện'] }, …]
 */
export function headerLinesOf(input: PreparedInput, header: readonly number[], start: number): HeaderLine[] {
  const first = header[0] ?? 0;
  const last = header[header.length - 1] ?? first;
  const lines: HeaderLine[] = [];
  const top = Math.max(start, first - WINDOW_ABOVE);
  const bottom = Math.min(input.records.length - 1, last + WINDOW_BELOW, top + MAX_WINDOW - 1);
  for (let i = top; i <= bottom; i++) lines.push({ line: input.lines[i] ?? i + 1, cells: cellsOf(input.records[i] ?? []) });
  return lines;
}
