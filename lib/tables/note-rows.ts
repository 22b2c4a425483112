import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { headerKey } from './header-key';

/*
 * Rows that annotate a report form rather than hold data: the base of an index (`Năm trước = 100`)
 * and the footer notes and sources under the data (`Ghi chú: …`, `Nguồn: Cục Thống kê`, `(*) Số
 * liệu sơ bộ`). Every pattern runs on `headerKey(cell)`: lower case, no diacritics.
 */

// Grammar: BASE [" "] "=" [" "] "100" ; BASE = "nam truoc" | "thang truoc" | "quy truoc" | "cung ky" [" nam truoc"]
// | "ky truoc" | YEAR ; YEAR = 4 digits 1900–2199; brackets around it allowed.
// Example: "nam truoc = 100", "(cung ky nam truoc = 100)", "nam 2010 = 100", "thang truoc = 100" (a yearbook's CPI by
// month) match; "100" does not.
const INDEX_BASE = /(?:nam truoc|thang truoc|quy truoc|cung ky(?: nam truoc)?|ky truoc|(?:19|20|21)\d{2}) ?= ?100\b/;

// Grammar: BASE_ONLY := ["("] BASE_WORDS [" "] "=" [" "] "100" [")"] [ [" "] "-" [" "] ["("] english [" "] "=" [" "] "100" [")"] ]
//   as the whole cell; BASE_WORDS = "nam truoc" | "thang truoc" | "quy truoc" | "cung ky" [" nam truoc"] | "ky truoc"
//   | [ "nam " | "ky goc " ] YEAR; english = letters and spaces — a cell that states the base and nothing else
// Example: "(nam truoc = 100)", "thang truoc = 100 - previous month = 100", "nam 2010 = 100" are the base alone; "chi so
// phat trien grdp (nam truoc = 100)" is a title that names it.
const INDEX_BASE_ONLY =
  /^\(?(?:nam truoc|thang truoc|quy truoc|cung ky(?: nam truoc)?|ky truoc|(?:nam |ky goc )?(?:19|20|21)\d{2}) ?= ?100\)?(?: ?- ?\(?[a-z ]+ ?= ?100\)?)?$/;

// Grammar: NOTE_WORD [text] ; NOTE_WORD = "ghi chu" | "chu thich" | "nguon" | "luu y" | "note" | "source"
// | "(" "*"… ")" | "*"… | "(" digit ")" followed by a space.
// Example: "ghi chu: so lieu so bo", "nguon: cuc thong ke", "(*) uoc tinh", "* so lieu" match; "nong nghiep" does not.
const NOTE_LINE = /^(?:ghi chu|chu thich|nguon|luu y|notes?\b|sources?\b|\(\*+\)|\*+|\(\d\) )/;

/** The filled cells of a record, whitespace collapsed. */
export function filledCells(record: readonly string[]): string[] {
  const out: string[] = [];
  for (const cell of record) if (!isBlankCell(cell)) out.push(collapseWhitespace(cell));
  return out;
}

/**
 * True for a row whose every cell states the base of an index and nothing more: not a title that names it.
 *
 * @example
 * isIndexBaseOnlyRow(['(Năm trước = 100)']); // true
 * isIndexBaseOnlyRow(['Chỉ số phát triển GRDP (Năm trước = 100)']); // false
 */
export function isIndexBaseOnlyRow(record: readonly string[]): boolean {
  const cells = filledCells(record);
  return cells.length > 0 && cells.every((cell) => INDEX_BASE_ONLY.test(headerKey(cell)));
}

/**
 * True for a row that states the base of an index (`Năm trước = 100`), and holds nothing else.
 *
 * @example
 * isIndexBaseRow(['', 'Năm trước = 100', '', '']); // true
 * isIndexBaseRow(['1', 'GRDP', '47.684']);          // false
 */
export function isIndexBaseRow(record: readonly string[]): boolean {
  const cells = filledCells(record);
  return cells.length > 0 && cells.every((cell) => INDEX_BASE.test(headerKey(cell)));
}

/**
 * True when a text names an index base (`Năm trước = 100`), for titles and headers.
 *
 * @example
 * mentionsIndexBase('Chỉ số phát triển (Năm trước = 100) - %'); // true
 */
export function mentionsIndexBase(text: string): boolean {
  return INDEX_BASE.test(headerKey(text));
}

/**
 * True for a footer note or source line: its first filled cell starts with `Ghi chú`, `Nguồn`,
 * `(*)`… .
 *
 * @example
 * isNoteLine(['Nguồn: Cục Thống kê tỉnh Quảng Ngãi', '', '']); // true
 */
export function isNoteLine(record: readonly string[]): boolean {
  const first = filledCells(record)[0];
  return first !== undefined && NOTE_LINE.test(headerKey(first));
}
