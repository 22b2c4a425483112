import { collapseWhitespace } from './collapse-whitespace';
import { headerKey } from './header-key';
import { bareUnitOf } from './unit-note';

/*
 * A row's unit as report forms print it. The unit column repeats the row above with a ditto mark (Lâm Đồng's report
 * of the first half of 2015 prints `"` under "Tỷ đồng" for the sectors of GRDP); a table without a unit column, or a
 * row with its unit cell empty, ends the indicator's name with it ("Thu ngân sách Nhà nước (Tỷ đồng)", "… (%)",
 * Thừa Thiên Huế's targets of 2019).
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

// Grammar: label-unit := "(" space* inside space* ")" space* ":"? space* at the end, inside holding no bracket; the
//   inside is taken when it is a unit printed alone (unit-note.ts, bareUnitOf: "%", "‰", "Tỷ đồng", "triệu USD", "USD")
// Example: "Giá trị xuất khẩu (triệu USD)" → "triệu USD"; "Tốc độ tăng GRDP (%)" → "%"; not "Tổng sản phẩm (GRDP)".
const LABEL_UNIT = /\(\s*([^()]+?)\s*\)\s*:?\s*$/u;

/**
 * The unit an indicator's name closes with in brackets, or `null`.
 *
 * @example
 * unitOfLabel('Thu ngân sách Nhà nước (Tỷ đồng)') // 'Tỷ đồng'
 * unitOfLabel('Tổng sản phẩm trong tỉnh (GRDP)') // null
 */
export function unitOfLabel(label: string): string | null {
  const inside = LABEL_UNIT.exec(collapseWhitespace(label))?.[1];
  return inside === undefined ? null : bareUnitOf(inside);
}

/** What a row's unit is read from. */
export interface RowUnitInput {
  /** The row's unit cell, whitespace collapsed; `null` when empty or when the table has no unit column. */
  readonly cell: string | null;
  /** The unit read for the row above (`null` for the first row). */
  readonly above: string | null;
  /** The indicator's name as printed. */
  readonly label: string;
  /** The unit of a row that prints none (a unit line, a share block's "%", a group label). */
  readonly fallback: string;
}

/**
 * A row's unit: its cell (a ditto mark: the row above's, when that row has one), else the unit its name closes with,
 * else the fallback.
 *
 * @example
 * rowUnitOf({ cell: '"', above: 'Tỷ đồng', label: '- Khu vực dịch vụ', fallback: '' }) // 'Tỷ đồng'
 * rowUnitOf({ cell: null, above: null, label: 'Giá trị xuất khẩu (triệu USD)', fallback: '' }) // 'triệu USD'
 */
export function rowUnitOf(input: RowUnitInput): string {
  const { cell, above, label, fallback } = input;
  const own = cell !== null && isDitto(cell) ? (above !== null && above !== '' ? above : null) : cell;
  return own ?? unitOfLabel(label) ?? fallback;
}
