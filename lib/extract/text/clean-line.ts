import type { OffsetList } from './offset-list';

/*
 * One line of extracted text made clean: trimmed, whitespace collapsed, composed (NFC), and a number glued to the
 * Vietnamese word before it given its space back ("giảm2,6%" → "giảm 2,6%": web pages and PDFs that set a figure
 * in its own span print it so). Every unit of the result keeps the raw span it came from.
 */

export interface RawLine {
  /** Offset of the first character of the line in the raw text. */
  readonly start: number;
  /** Offset just past the last character (before the line terminator). */
  readonly end: number;
  readonly content: string;
}

export interface CleanLine {
  readonly text: string;
  /** Raw offset just past the line's last non-space character, where the joining space is anchored. */
  readonly breakAt: number;
}

// Grammar: combining := one Unicode mark (Mn, Mc, Me) or a Hangul medial/final jamo
// Example: U+0306 (combining breve) in "a\u0306" joins the "a" before it.
const COMBINING = /^[\p{M}\u1160-\u11ff]$/u;

// Grammar: whitespace := one JS whitespace character
// Example: "\u00a0" is whitespace.
const WHITESPACE = /^\s$/;

/**
 * Whether `code` is a precomposed Latin letter (U+00C0–U+024F, and U+1E00–U+1EFF where Vietnamese
 * `ạ`…`ỹ` live): never whitespace, never a combining mark, and its own NFC form, so most of a
 * Vietnamese text skips the regular expressions and the normaliser below.
 */
function isPrecomposedLatin(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** WHITESPACE for the code point `code`, without a regular expression for ASCII and Latin letters. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return !isPrecomposedLatin(code) && WHITESPACE.test(String.fromCodePoint(code));
}

/** COMBINING for the code point `code`; ASCII and precomposed Latin letters never combine. */
function isCombining(code: number): boolean {
  return code >= 0x80 && !isPrecomposedLatin(code) && COMBINING.test(String.fromCodePoint(code));
}

/** UTF-16 length of a code point. */
function unitsOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/**
 * Trims, collapses whitespace and composes (NFC) one line. The raw span of each code unit of
 * the result is appended to `offsets` (shared by all lines: no per-line arrays to copy).
 * Copies runs of plain letters in one slice; only other characters go through the normaliser.
 */
export function cleanLine(line: RawLine, offsets: OffsetList): CleanLine {
  const content = line.content;
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = -1;
  let lastContentEnd = line.start;
  let i = 0;
  while (i < content.length) {
    const first = content.codePointAt(i) ?? 0;
    if (isWhitespace(first)) {
      if (pendingSpace < 0) pendingSpace = line.start + i;
      i += unitsOf(first);
      continue;
    }
    if (pendingSpace >= 0 && length > 0) {
      parts.push(' ');
      length++;
      offsets.add(pendingSpace, pendingSpace + 1);
    }
    pendingSpace = -1;
    const runStart = i;
    i = plainRunEnd(content, i);
    if (i > runStart) {
      // A run of lone ASCII or precomposed Latin letters is its own NFC form: one slice, one offset per unit.
      parts.push(content.slice(runStart, i));
      length += i - runStart;
      offsets.addRun(line.start + runStart, line.start + i);
      lastContentEnd = line.start + i;
      length += glueSpace(content, i, line.start, parts, offsets);
      continue;
    }
    const clusterStart = i;
    i += unitsOf(first);
    while (i < content.length) {
      const next = content.codePointAt(i) ?? 0;
      if (!isCombining(next)) break;
      i += unitsOf(next);
    }
    const composed = content.slice(clusterStart, i).normalize('NFC');
    const offset = line.start + clusterStart;
    const clusterEnd = line.start + i;
    for (let k = 0; k < composed.length; k++) offsets.add(offset, clusterEnd);
    parts.push(composed);
    length += composed.length;
    lastContentEnd = clusterEnd;
    length += glueSpace(content, i, line.start, parts, offsets);
  }
  return { text: parts.join(''), breakAt: lastContentEnd };
}

/**
 * Where the run of plain characters starting at `from` ends: characters that are neither whitespace
 * nor combining, each ASCII or a precomposed Latin letter, and not followed by a combining mark
 * (which would compose with the last one). `from` itself when the first is not plain.
 */
function plainRunEnd(content: string, from: number): number {
  let i = from;
  while (i < content.length) {
    const code = content.charCodeAt(i);
    const plain = code < 0x80 ? !isWhitespace(code) : isPrecomposedLatin(code);
    // Only a "t" or a "g" may start a glued verb ("tăng", "giảm").
    if (!plain || (i > from && ((code >= 0x30 && code <= 0x39 && gluedDigit(content, i)) || ((code === 0x74 || code === 0x67) && gluedVerb(content, i))))) break;
    i++;
  }
  // The last plain character takes any combining marks after it: leave it to the cluster path.
  if (i < content.length && i > from && isCombining(content.codePointAt(i) ?? 0)) i--;
  return i;
}


/**
 * Before a digit glued to its word, or a verb of change glued to the word before it, the space it lost, standing for no
 * raw character; how many units were added.
 */
function glueSpace(content: string, at: number, lineStart: number, parts: string[], offsets: OffsetList): number {
  if (!gluedDigit(content, at) && !gluedVerb(content, at)) return 0;
  parts.push(' ');
  offsets.add(lineStart + at, lineStart + at);
  return 1;
}

/** Whether `code` is an ASCII letter or a precomposed Latin letter. */
function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || isPrecomposedLatin(code);
}

/** How far back a glued word is read: the longest Vietnamese syllable has seven letters ("nghiêng"). */
const MAX_GLUED_WORD = 7;

/**
 * Whether the digit at `at` is glued to a Vietnamese word: the characters before it are letters, and one of the last
 * seven is a Vietnamese letter (ă, ả, đ…, or a letter with a combining mark). Codes and units ("km2", "CO2", "H5N1") are ASCII and keep their digits.
 *
 * @example
 * gluedDigit('giảm2,6%', 4) // true
 * gluedDigit('km2', 2)      // false
 */
export function gluedDigit(content: string, at: number): boolean {
  const code = content.charCodeAt(at);
  if (!(code >= 0x30 && code <= 0x39)) return false;
  for (let i = at - 1; i >= 0 && i >= at - MAX_GLUED_WORD; i--) {
    const before = content.charCodeAt(i);
    // A combining mark (decomposed text) is a Vietnamese letter's as much as "ả" is.
    if (before >= 0x300 && before <= 0x36f) return true;
    if (!isLetter(before)) return false;
    if (before >= 0xc0) return true;
  }
  return false;
}

// Grammar: glued-verb := lower-case letter, then ( "tăng" | "giảm" ) then a digit, with no space either side — a page that
//   set the verb and its figure in spans of their own
// Example: "chế tạotăng1,36%" → "chế tạo tăng 1,36%"; "hơi nướcgiảm0,4%" → "hơi nước giảm 0,4%".
const GLUED_VERBS = ['tăng', 'giảm'] as const;

/**
 * Whether a verb of change starts at `at`, glued to the word before it and to the figure after it.
 *
 * @example
 * gluedVerb('chế tạotăng1,36%', 7) // true
 * gluedVerb('tăng 5%', 0)          // false
 */
export function gluedVerb(content: string, at: number): boolean {
  if (at === 0) return false;
  const before = content.charCodeAt(at - 1);
  if (!isLetter(before) || (before >= 0x41 && before <= 0x5a)) return false;
  return GLUED_VERBS.some((verb) => content.startsWith(verb, at) && isDigitCode(content.charCodeAt(at + verb.length)));
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
