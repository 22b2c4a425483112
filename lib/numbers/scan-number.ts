import type { UnitSign } from './types';

/**
 * Internal tokeniser shared by parseNumber and detectNumberStyle.
 *
 * Cell grammar (after trim and NFC), written without regular expressions for speed:
 *
 *   cell      = missing | number
 *   missing   = "" | "-" | "−" | "–" | "—" | "…" | "..." | "x" | "n/a"  (case-insensitive)
 *   number    = [sign] body [spaces unit]
 *   sign      = "+" | "-" | "−" (U+2212)
 *   body      = run *(separator run)
 *   run       = 1*DIGIT                                                   (ASCII 0-9 only)
 *   separator = "." | "," | space                                         (exactly one character)
 *   space     = U+0020 | U+00A0 | U+202F | U+2009
 *   spaces    = *space
 *   unit      = "%" | "‰"
 *
 * Example: `−1 042,5 %` → negative, runs ["1", "042", "5"], separators [space, comma], unit "%".
 * Which separator is the decimal mark is decided later (parse-number.ts), not here.
 */

export type SeparatorKind = 'dot' | 'comma' | 'space';

export interface ScannedNumber {
  readonly negative: boolean;
  readonly unit: UnitSign | undefined;
  /** Digit runs, in order; always at least one. */
  readonly runs: readonly string[];
  /** `separators[i]` sits between `runs[i]` and `runs[i + 1]`. */
  readonly separators: readonly SeparatorKind[];
  readonly dotCount: number;
  readonly commaCount: number;
}

export type ScanFailure = 'missing' | 'not-a-number';

const MISSING_MARKERS: ReadonlySet<string> = new Set(['', '-', '−', '–', '—', '…', '...', 'x', 'n/a']);

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_COMMA = 44;
const CODE_PLUS = 43;
const CODE_HYPHEN = 45;
const CODE_MINUS_SIGN = 0x2212;
const CODE_PERCENT = 37;
const CODE_PER_MILLE = 0x2030;

function isDigitCode(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/** Spaces allowed between digit groups and before a unit sign. */
export function isGroupSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return true;
  }
  return false;
}

/** Trims, NFC-normalises (only when needed) and recognises the no-data markers. */
function prepare(text: string): string | ScanFailure {
  const trimmed = text.trim();
  const s = hasNonAscii(trimmed) ? trimmed.normalize('NFC') : trimmed;
  if (s.length <= 3 && MISSING_MARKERS.has(s.toLowerCase())) return 'missing';
  return s;
}

/** Splits a cell into sign, digit runs, separators and unit sign, or says why it cannot. */
export function scanNumber(text: string): ScannedNumber | ScanFailure {
  if (typeof text !== 'string') return 'not-a-number';
  const s = prepare(text);
  if (s === 'missing' || s === 'not-a-number') return s;

  let end = s.length;
  let unit: UnitSign | undefined;
  const last = s.charCodeAt(end - 1);
  if (last === CODE_PERCENT || last === CODE_PER_MILLE) {
    unit = last === CODE_PERCENT ? '%' : '‰';
    end--;
    while (end > 0 && isGroupSpaceCode(s.charCodeAt(end - 1))) end--;
  }

  let start = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === CODE_PLUS || first === CODE_HYPHEN || first === CODE_MINUS_SIGN) {
    negative = first !== CODE_PLUS;
    start = 1;
  }
  if (start >= end) return 'not-a-number';

  const runs: string[] = [];
  const separators: SeparatorKind[] = [];
  let dotCount = 0;
  let commaCount = 0;
  let runStart = start;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (isDigitCode(code)) continue;
    let kind: SeparatorKind;
    if (code === CODE_DOT) {
      kind = 'dot';
      dotCount++;
    } else if (code === CODE_COMMA) {
      kind = 'comma';
      commaCount++;
    } else if (isGroupSpaceCode(code)) {
      kind = 'space';
    } else {
      return 'not-a-number';
    }
    // A separator needs a digit on both sides: no leading, trailing or doubled separators.
    if (i === runStart || i + 1 >= end || !isDigitCode(s.charCodeAt(i + 1))) return 'not-a-number';
    runs.push(s.slice(runStart, i));
    separators.push(kind);
    runStart = i + 1;
  }
  if (runStart >= end) return 'not-a-number';
  runs.push(s.slice(runStart, end));
  return { negative, unit, runs, separators, dotCount, commaCount };
}

/**
 * True when `runs[from..to)` form valid thousands groups: a first group of 1–3 digits not starting
 * with 0, then groups of exactly 3 digits. A single run is always valid (plain integer part).
 */
export function isValidGrouping(runs: readonly string[], from: number, to: number): boolean {
  if (to - from <= 1) return true;
  const head = runs[from];
  if (head === undefined || head.length > 3 || head.charCodeAt(0) === CODE_0) return false;
  for (let i = from + 1; i < to; i++) {
    if (runs[i]?.length !== 3) return false;
  }
  return true;
}

/**
 * True when the only grouping-style mark is the last separator, is followed by exactly 3 digits
 * and everything before it groups validly — the `147.210` shape that reads as 147210 or 147.21.
 */
export function isThousandsShaped(scan: ScannedNumber): boolean {
  const n = scan.separators.length;
  return n > 0 && scan.runs[n]?.length === 3 && isValidGrouping(scan.runs, 0, n + 1);
}
