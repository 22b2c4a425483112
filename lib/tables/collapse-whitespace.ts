/**
 * Whitespace collapse for cells of text that is already NFC as a whole (the reader normalises
 * the file once). Unlike `normalizeText` in lib/claims it does not re-normalise, and it returns
 * the cell itself when nothing needs collapsing, so it costs one scan per cell on large tables.
 */

// Grammar: one or more whitespace code points of any kind (JavaScript `\s`: space, tab, CR, LF,
// U+00A0, U+202F, U+2028 …).
// Example: "Năm 2022\nso sánh với\u00a0 năm 2009" → the runs "\n" and "\u00a0 " each become " ".
const WHITESPACE_RUN = /\s+/g;

/** True for the code units JavaScript's `\s` matches (the Unicode White_Space set plus U+FEFF). */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Trims a cell and turns every run of whitespace (line breaks, tabs, no-break spaces) into one
 * space. Returns the same string when it is already collapsed.
 *
 * @example
 * collapseWhitespace(' Năm 2022\nso sánh với\n năm 2009 '); // 'Năm 2022 so sánh với năm 2009'
 */
export function collapseWhitespace(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  let previousSpace = true; // a space at the start needs trimming
  for (let i = 0; i < n; i++) {
    const code = cell.charCodeAt(i);
    if (code > 0x20 && code < 0xa0) {
      previousSpace = false;
      continue;
    }
    if (!isSpaceCode(code)) {
      previousSpace = false;
      continue;
    }
    if (code !== 0x20 || previousSpace) return cell.replace(WHITESPACE_RUN, ' ').trim();
    previousSpace = true;
  }
  return previousSpace ? cell.replace(WHITESPACE_RUN, ' ').trim() : cell;
}

/**
 * True when a cell holds nothing but whitespace.
 *
 * @example
 * isBlankCell(' \n'); // true
 */
export function isBlankCell(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (!isSpaceCode(cell.charCodeAt(i))) return false;
  return true;
}
