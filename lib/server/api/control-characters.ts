/**
 * Characters a name must not keep: C0/C1 controls and DEL, which break a one-line title, and the
 * bidirectional controls (U+200E/F marks, U+061C, U+202A–U+202E embeddings and overrides,
 * U+2066–U+2069 isolates), which can make `bang‮xslx.exe` display as `bangexe.xlsx`.
 */

/**
 * True for a C0/C1 control character or DEL.
 *
 * @example
 * isControl(0x0a) // true
 */
export function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0);
}

/**
 * True for a bidirectional formatting character.
 *
 * @example
 * isBidiControl(0x202e) // true (RIGHT-TO-LEFT OVERRIDE)
 * isBidiControl(0x1ea1) // false ('ạ')
 */
export function isBidiControl(code: number): boolean {
  if (code === 0x200e || code === 0x200f || code === 0x061c) return true;
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}
