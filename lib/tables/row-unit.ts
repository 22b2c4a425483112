import { headerKey } from './header-key';

/*
 * A row's unit as report forms print it. The unit column repeats the row above with a ditto mark (Lâm Đồng's report
 * of the first half of 2015 prints `"` under "Tỷ đồng" for the sectors of GRDP).
 */

// Grammar: ditto := space* ( quote+ | "-" space* quote+ space* "-" | "〃" ) space* — the whole cell, a quote being
//   '"' | '“' | '”' | "''" — the typewriter or typeset ditto mark
// Example: '"', '""', '“', '-"-', '- “ -', '〃' are dittos; '"Tỷ đồng"' is not.
const DITTO_MARK = /^\s*(?:(?:["“”]|'')+|-\s*(?:["“”]|'')+\s*-|〃)\s*$/u;

// Grammar (folded): as-above := "nt" | "n.t" | "n/t" | "nhu tren" — "như trên", the same as above, in words
// Example: "nt", "N.t", "như trên" are dittos; "ntd" is not.
const AS_ABOVE = /^(?:nt|n\.t\.?|n\/t|nhu tren)$/u;

/**
 * Whether a unit cell says "as the row above": a ditto mark or "nt" (như trên).
 *
 * @example
 * isDitto('"') // true
 * isDitto('nt') // true
 * isDitto('Tỷ đồng') // false
 */
export function isDitto(cell: string): boolean {
  return DITTO_MARK.test(cell) || AS_ABOVE.test(headerKey(cell));
}

/** What a row's unit is read from. */
export interface RowUnitInput {
  /** The row's unit cell, whitespace collapsed; `null` when empty or when the table has no unit column. */
  readonly cell: string | null;
  /** The unit read for the row above (`null` for the first row). */
  readonly above: string | null;
  /** The unit of a row that prints none (a unit line, a share block's "%", a group label). */
  readonly fallback: string;
}

/**
 * A row's unit: its cell (a ditto mark: the row above's, when that row has one), else the fallback.
 *
 * @example
 * rowUnitOf({ cell: '"', above: 'Tỷ đồng', fallback: '' }) // 'Tỷ đồng'
 * rowUnitOf({ cell: null, above: 'Tỷ đồng', fallback: '%' }) // '%'
 */
export function rowUnitOf(input: RowUnitInput): string {
  const { cell, above, fallback } = input;
  if (cell !== null && isDitto(cell)) return above !== null && above !== '' ? above : fallback;
  return cell ?? fallback;
}
