/**
 * The first characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_LEADS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The mark put before a dangerous text: a visible apostrophe, the spreadsheet convention for "this is text". */
export const NEUTRALISING_MARK = "'";

/**
 * True when a TEXT cell would be read as a formula by a spreadsheet. Only text is ever checked:
 * numbers are written as numbers, so a negative number is never touched.
 *
 * @example
 * startsLikeFormula('=HYPERLINK("x")') // true
 * startsLikeFormula('Tăng 3,8 lần')    // false
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_LEADS.has(text.charAt(0));
}

/**
 * Neutralises a text cell against formula injection by putting an apostrophe before it, in CSV
 * and in XLSX alike. In XLSX the cell is already stored as a string (never a formula); the
 * apostrophe also keeps it text when a user edits the cell or re-saves the workbook as CSV.
 *
 * @example
 * neutraliseText('=HYPERLINK("x")') // `'=HYPERLINK("x")`
 * neutraliseText('-')               // `'-`
 * neutraliseText('Tỷ đồng')         // 'Tỷ đồng'
 */
export function neutraliseText(text: string): string {
  return startsLikeFormula(text) ? `${NEUTRALISING_MARK}${text}` : text;
}
