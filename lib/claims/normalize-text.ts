/**
 * Text normalisation shared by the claim parser, table header matching and the UI's search.
 * Kept small and allocation-light: these run once per cell on large tables.
 */

// Grammar: one or more whitespace code points of any kind (space, tab, CR, LF, U+00A0,
// U+202F, U+2028 …; JavaScript's `\s` covers the Unicode White_Space set).
// Example: "Tăng\n\u00a0 1,6 lần" → the run "\n\u00a0 " becomes one " ".
const WHITESPACE_RUN = /\s+/g;

// Grammar: a single combining diacritical mark, U+0300–U+036F (all Vietnamese tone marks,
// the circumflex, breve and horn after NFD).
// Example: "ệ".normalize('NFD') = "e" + U+0302 + U+0323 → both marks are removed → "e".
const COMBINING_MARK = /[\u0300-\u036f]/g;

// Grammar: only ASCII code points from start to end (no diacritics can be present).
// Example: "tang 3,8 lan" matches; "tăng" does not.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

// Grammar: the letter đ (U+0111), which NFD does not decompose.
// Example: "đạt" → (after lower-casing and removing marks) "đat" → "dat".
const D_STROKE = /\u0111/g;

/**
 * NFC-normalises `s`, collapses every run of whitespace (line breaks, tabs, repeated
 * spaces, U+00A0, U+202F) into one space and trims the ends.
 *
 * @example
 * normalizeText('  Tăng\n1,6\u00a0 lần ') // → 'Tăng 1,6 lần'
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Lower-cases `s` and strips Vietnamese diacritics (đ/Đ become d). Whitespace is left as is.
 *
 * @example
 * foldDiacritics('Đạt 110,6% Kế hoạch') // → 'dat 110,6% ke hoach'
 */
export function foldDiacritics(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARK, '').replace(D_STROKE, 'd');
}

/** Per-code-unit fold results; bounded by the 65 536 possible code units. */
const foldedUnits = new Map<string, string>();

function foldUnit(unit: string): string {
  const cached = foldedUnits.get(unit);
  if (cached !== undefined) return cached;
  const folded = foldDiacritics(unit);
  // Keep the unit itself when folding would change the length (a lone combining mark
  // folds to "", "İ" lower-cases to two units): the result must stay aligned.
  const result = folded.length === 1 ? folded : unit;
  foldedUnits.set(unit, result);
  return result;
}

/**
 * Like {@link foldDiacritics}, but the result has exactly the length of `s` and code unit
 * `i` of the result is the fold of code unit `i` of `s`, so a match found in the folded
 * text can be cut out of the original. Give it NFC text: a combining mark that NFC could
 * not compose is kept, not removed.
 *
 * @example
 * const s = 'Tăng 785 Doanh nghiệp';
 * const f = foldDiacriticsAligned(s); // 'tang 785 doanh nghiep'
 * s.slice(f.indexOf('doanh')) // → 'Doanh nghiệp'
 */
export function foldDiacriticsAligned(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : s.charAt(i);
    } else {
      out += foldUnit(String.fromCharCode(code));
    }
  }
  return out;
}
