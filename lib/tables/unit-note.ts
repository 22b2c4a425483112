import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { withoutEnglishGloss } from './block-label';
import { headerKey } from './header-key';

/*
 * Yearbooks and report forms print the unit of a whole table on a line of its own above the header, often at its
 * right edge: "Đơn vị tính - Unit: Ha", "ĐVT: Tỷ đồng". It is neither a title nor a group label over the last
 * column.
 */

// Grammar (folded): unit-label := [ "(" space* ] ( ( "don vi tinh" | "don vi" | "dvt" ) [ space* "-" space* "unit" ] | "unit" )
//   space* ":" — what the rest of the cell is the unit of; the note may sit in brackets
// Example: "Đơn vị tính - Unit: Ha", "ĐVT: Tỷ đồng", "Unit: Person", "(ĐVT: %)" (Đà Nẵng's yearbook), "(Đơn vị tính: Tỷ
//          đồng)" open with it; "Đơn vị hành chính" does not.
const UNIT_LABEL = /^(?:\( ?)?(?:(?:don vi tinh|don vi|dvt)(?: ?- ?unit)?|unit) ?:/u;

// Grammar: space* ")" space* at the end — the bracket closing a note that opened with "("
// Example: "%)" → "%"; "Tỷ đồng (giá hiện hành))" → "Tỷ đồng (giá hiện hành)".
const CLOSING_BRACKET = /\s*\)\s*$/u;

// Grammar (folded): as-printed := "nhu" [ " da" ] " ghi" | "ghi trong" — "Đơn vị: như ghi": each row prints its own unit
// Example: "như ghi", "như đã ghi" name no unit.
const AS_PRINTED = /^(?:nhu (?:da )?ghi|ghi trong)/u;

/**
 * The unit a cell states for its whole table ("Đơn vị tính - Unit: Ha" → "Ha"), without a bilingual yearbook's English
 * gloss or the brackets around the note; `null` for any other cell.
 *
 * @example
 * unitOfNote('Đơn vị tính: Nghìn ha - Thous. ha') // 'Nghìn ha'
 * unitOfNote('(ĐVT: %)') // '%'
 * unitOfNote('Lúa cả năm') // null
 */
export function unitOfNote(cell: string): string | null {
  const text = collapseWhitespace(cell);
  const label = UNIT_LABEL.exec(headerKey(text));
  if (label === null) return null;
  // The folded key keeps the text's length up to the colon, so the unit is cut from the text as printed.
  const colon = text.indexOf(':');
  const after = text.slice(colon + 1).trim();
  const unit = text.startsWith('(') ? after.replace(CLOSING_BRACKET, '') : after;
  const native = withoutEnglishGloss(unit);
  const chosen = native === '' ? unit : native;
  return chosen === '' || AS_PRINTED.test(headerKey(chosen)) ? null : chosen;
}

// Grammar: scale-words := "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ"; unit-words := "đồng" | "tấn" | "ha" | "người" | "hộ" | "con"
//   | "lượt" | "chiếc" | "cái" | "tạ" | "lít" | "km" | "km2" | "m2" | "m3" | "kg" | "kwh" | "lớp" | "trường" | "học sinh"
//   | "giáo viên" | "giường" | "cơ sở" (the counts of the education and health tables) — the units of amounts a table
//   prints in Vietnamese, as regular-expression source for the grammars that name them (read-years-down.ts too)
// Example: "Nghìn tấn" is a scale word and a unit word; "Tỷ đồng" too.
export const SCALE_WORDS = '(?:nghìn|ngàn|triệu|tỷ|tỉ)';
export const UNIT_WORDS = '(?:đồng|tấn|ha|người|hộ|con|lượt|chiếc|cái|tạ|lít|km2?|m[23]|kg|kwh|lớp|trường|học\\s+sinh|giáo\\s+viên|giường|cơ\\s+sở)';

// Grammar: bare-unit := "%" | "‰" | words "(" ( "%" | "‰" ) ")" (six words at most: "Cơ cấu - Structure (%)") | ( scale
//   space+ )? ( unit-word | "USD" | "doanh nghiệp" ) ( space* dash space* english )? — a unit printed alone on its line, the
//   Vietnamese part kept; scale and unit-word as above; dash := "-" | "–" | "—"; english := ASCII letters, ".", spaces
// Example: "Tỷ đồng - Bill. dongs" → "Tỷ đồng"; "Người – Person" → "Người"; "%" → "%"; "Cơ cấu - Structure (%)" → "%"; not
//          "Lúa cả năm".
const BARE_PERCENT = /^(?:[^()]*\s)?\(?([%‰])\)?$/u;
const BARE_UNIT = new RegExp(`^((?:${SCALE_WORDS}\\s+)?(?:${UNIT_WORDS}|usd|doanh\\s+nghiệp))(?:\\s*[-–—]\\s*[A-Za-z. ]+)?$`, 'iu');
const MAX_BARE_PERCENT_WORDS = 6;

/**
 * The unit a cell prints by itself (see BARE_UNIT), or null.
 *
 * @example
 * bareUnitOf('Tỷ đồng - Bill. dongs') // 'Tỷ đồng'
 * bareUnitOf('Cơ cấu - Structure (%)') // '%'
 */
export function bareUnitOf(cell: string): string | null {
  const text = collapseWhitespace(cell);
  const percent = BARE_PERCENT.exec(text);
  if (percent !== null && text.split(' ').length <= MAX_BARE_PERCENT_WORDS) return percent[1] ?? null;
  return BARE_UNIT.exec(text)?.[1] ?? null;
}

// Grammar: title-unit := "(" space* ( "%" | "‰" | "lần" | "điểm" [ space* "%" ] ) space* ")" space* end — a rate's unit closing a
//   table's title (case aside)
// Example: "Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%)" → "%"; "Tốc độ tăng (Lần)" → "Lần"; not
//          "Diện tích (nghìn ha)", nor "Chỉ số phát triển (Năm trước = 100)".
const TITLE_UNIT = /\(\s*(%|‰|lần|điểm(?:\s*%)?)\s*\)\s*$/iu;

/**
 * The rate a table's title names as its unit at its end ("… (%)", "… (‰)", "… (Lần)"), or null: the unit of the rows
 * when no unit column or unit line says otherwise (GSO prints growth tables so).
 *
 * @example
 * unitOfTitle('Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%)') // '%'
 * unitOfTitle('Diện tích gieo trồng (nghìn ha)') // null
 */
export function unitOfTitle(title: string | null): string | null {
  if (title === null) return null;
  // The title's spaces are collapsed, so "điểm  %" comes out as "điểm %".
  return TITLE_UNIT.exec(collapseWhitespace(title))?.[1] ?? null;
}

/** The unit a unit note or a unit printed alone states. */
function unitOfRowCell(cell: string): string | null {
  return unitOfNote(cell) ?? bareUnitOf(cell);
}

/**
 * Whether a row holds nothing but a unit note, or a unit printed alone ("Tỷ đồng - Bill. dongs" under the years).
 *
 * @example
 * isUnitNoteRow(['', '', 'Đơn vị tính: Ha']) // true
 * isUnitNoteRow(['', '', '%']) // true
 */
export function isUnitNoteRow(record: readonly string[]): boolean {
  const filled = record.filter((cell) => !isBlankCell(cell));
  return filled.length === 1 && unitOfRowCell(filled[0] ?? '') !== null;
}

/**
 * The unit a unit-note row states, or null.
 *
 * @example
 * unitOfRow(['', 'Tỷ đồng - Bill. dongs', '']) // 'Tỷ đồng'
 */
export function unitOfRow(record: readonly string[]): string | null {
  const filled = record.filter((cell) => !isBlankCell(cell));
  return filled.length === 1 ? unitOfRowCell(filled[0] ?? '') : null;
}

/**
 * The unit stated by a unit note in records `[from, to)` (the rows above a table's header), or `null`.
 *
 * @example
 * unitNoteBetween([['Biểu 5'], ['', 'ĐVT: Tỷ đồng']], 0, 2) // 'Tỷ đồng'
 */
export function unitNoteBetween(records: readonly (readonly string[])[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const record = records[i] ?? [];
    const unit = unitOfRow(record);
    if (unit !== null) return unit;
  }
  return null;
}

/**
 * The unit printed alone in the corner cell (the first cell) of a row of the header or of the rows just above it, the
 * other cells of that row being labels: GSO prints "%" over the indicator column of a growth table. `null` when none.
 *
 * @example
 * cornerUnitOf([['%', 'Tốc độ tăng so với quý I năm trước', ''], ['', 'Quý I/2010', 'Quý I/2011']]) // '%'
 * cornerUnitOf([['Chỉ tiêu', '2022', '2023']]) // null
 */
export function cornerUnitOf(records: readonly (readonly string[])[]): string | null {
  for (const record of records) {
    const corner = record[0] ?? '';
    if (isBlankCell(corner) || record.slice(1).every(isBlankCell)) continue;
    const unit = bareUnitOf(corner);
    if (unit !== null) return unit;
  }
  return null;
}
