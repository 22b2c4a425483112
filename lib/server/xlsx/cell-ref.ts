/**
 * A1-style cell references, as sheets write them in `<c r="…">` and `<mergeCell ref="…">`.
 */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/**
 * Reads `B12` (letters then digits, `$` signs ignored) into row 12, column 2; null otherwise.
 *
 * @example
 * parseCellRef('AB3') // { row: 3, col: 28 }
 * parseCellRef('3')   // null
 */
export function parseCellRef(ref: string): CellRef | null {
  let col = 0;
  let row = 0;
  let i = 0;
  const upper = ref.toUpperCase();
  for (; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    if (code === 36) continue;
    if (code < A || code > Z) break;
    col = col * 26 + (code - A + 1);
    if (col > 16384) return null;
  }
  for (; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    if (code === 36 && row === 0) continue;
    if (code < ZERO || code > NINE) return null;
    row = row * 10 + (code - ZERO);
    if (row > 1_048_576) return null;
  }
  return col > 0 && row > 0 ? { row, col } : null;
}

/**
 * Reads a range `A1:C2`; null for a single cell or anything malformed.
 *
 * @example
 * parseRange('D1:E1') // { top: 1, left: 4, bottom: 1, right: 5 }
 */
export function parseRange(ref: string): MergeRange | null {
  const [from, to, extra] = ref.split(':');
  if (from === undefined || to === undefined || extra !== undefined) return null;
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * The column's letters, as Excel shows them.
 *
 * @example
 * columnName(28) // 'AB'
 */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(A + ((n - 1) % 26)) + name;
  return name;
}
