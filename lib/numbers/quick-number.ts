import type { AmbiguousReading, NumberStyle, ParsedNumber } from './types';

/**
 * A fast path for the cells large tables are made of: plain ASCII `[sign] digits (("." | ",")
 * digits)* ["%"]` with at most 15 digits. It reads them without building strings or arrays, by
 * exactly the rules of parse-number.ts and detect-number-style.ts, and answers `undefined` for
 * anything else (spaces, `‰`, no-data marks, malformed or long numbers), which the full reader
 * then handles. quick-number.test.ts checks it against the full reader on random cells.
 *
 * Cell grammar of the fast path (no regular expression: one scan over the code units):
 *
 *   cell = [sign] run *(mark run) ["%"]
 *   sign = "+" | "-"
 *   mark = "." | ","
 *   run  = 1*DIGIT                      (at most 15 digits in all)
 *
 * Example: `-1.042,5%` → negative, runs "1" "042" "5", marks dot then comma, unit `%`.
 */

type OkNumber = Extract<ParsedNumber, { ok: true }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_COMMA = 44;
const CODE_PLUS = 43;
const CODE_HYPHEN = 45;
const CODE_PERCENT = 37;

/** At most this many digits: their integer is exact in a double, so m / 10^k rounds like Number(). */
const MAX_DIGITS = 15;

const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

/** The last scan, kept in one reused object: the reader runs on every value cell of a table. */
const scan = {
  negative: false,
  percent: false,
  /** Number of marks (separators). */
  marks: 0,
  dots: 0,
  commas: 0,
  /** True when the last mark is a dot. */
  lastIsDot: false,
  /** Length of the first digit run, and whether it starts with 0. */
  headLength: 0,
  headZero: false,
  /** True when every run strictly between the first and the last has exactly 3 digits. */
  middleThree: true,
  /** Length of the last digit run. */
  lastLength: 0,
  /** All digits as one integer (exact: at most 15 digits). */
  mantissa: 0,
};

/** Fills `scan`; false when the cell is not of the fast-path shape. */
function scanQuick(text: string): boolean {
  const end0 = text.length;
  if (end0 === 0) return false;
  let end = end0;
  scan.percent = text.charCodeAt(end - 1) === CODE_PERCENT;
  if (scan.percent) end--;
  let i = 0;
  const first = text.charCodeAt(0);
  scan.negative = first === CODE_HYPHEN;
  if (first === CODE_PLUS || first === CODE_HYPHEN) i = 1;
  if (i >= end) return false;
  let marks = 0;
  let dots = 0;
  let commas = 0;
  let lastIsDot = false;
  let digits = 0;
  let mantissa = 0;
  let runStart = i;
  let headLength = -1;
  let middleThree = true;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= CODE_0 && code <= CODE_9) {
      mantissa = mantissa * 10 + (code - CODE_0);
      digits++;
      continue;
    }
    if (code !== CODE_DOT && code !== CODE_COMMA) return false;
    const runLength = i - runStart;
    if (runLength === 0) return false;
    // The run just closed is the head, or a middle run (the last run is never followed by a mark).
    if (headLength < 0) headLength = runLength;
    else if (runLength !== 3) middleThree = false;
    if (code === CODE_DOT) dots++;
    else commas++;
    lastIsDot = code === CODE_DOT;
    marks++;
    runStart = i + 1;
  }
  const lastLength = end - runStart;
  if (lastLength === 0 || digits > MAX_DIGITS) return false;
  scan.marks = marks;
  scan.dots = dots;
  scan.commas = commas;
  scan.lastIsDot = lastIsDot;
  scan.headLength = headLength < 0 ? lastLength : headLength;
  scan.headZero = text.charCodeAt(first === CODE_PLUS || first === CODE_HYPHEN ? 1 : 0) === CODE_0;
  scan.middleThree = middleThree;
  scan.lastLength = lastLength;
  scan.mantissa = mantissa;
  return true;
}

/** Runs `[0, count)` group validly: one run, or a head of 1–3 digits not starting with 0 then runs of 3. */
function groupsValidly(count: number): boolean {
  if (count <= 1) return true;
  if (scan.headLength > 3 || scan.headZero) return false;
  // Runs 1 … count − 1: the middle runs, plus the last run when count covers every run.
  return scan.middleThree && (count <= scan.marks || scan.lastLength === 3);
}

/** The `147.210` shape: one mark, three digits after it, and a valid head before it. */
function thousandsShaped(): boolean {
  return scan.marks === 1 && scan.lastLength === 3 && groupsValidly(2);
}

function signed(value: number): number {
  return scan.negative && value !== 0 ? -value : value;
}

function finish(value: number, decimals: number): Mutable<OkNumber> {
  const out: Mutable<OkNumber> = { ok: true, value, decimals };
  if (scan.percent) out.unit = '%';
  return out;
}

/** `undefined` when the decimal mark is invalid (both marks, the last one twice): the full reader says why. */
function readScan(style: NumberStyle): ParsedNumber | undefined {
  const { marks, dots, commas } = scan;
  const both = dots > 0 && commas > 0;
  // Index of the decimal mark among the marks, or -1 for none.
  let at: number;
  if (marks === 0) at = -1;
  else if (both) {
    if ((scan.lastIsDot ? dots : commas) !== 1) return undefined;
    at = marks - 1;
  } else if (marks !== 1) at = -1;
  else if (scan.lastIsDot === (style === 'en')) at = 0;
  else if (thousandsShaped()) {
    const thousands = signed(scan.mantissa);
    const decimal = signed(scan.mantissa / 1000);
    const ambiguous: AmbiguousReading = {
      thousands: { value: thousands, decimals: 0 },
      decimal: { value: decimal, decimals: 3 },
    };
    const out = finish(thousands, 0);
    out.ambiguous = ambiguous;
    return out;
  } else at = 0;
  if (!groupsValidly(at < 0 ? marks + 1 : marks)) return undefined;
  const decimals = at < 0 ? 0 : scan.lastLength;
  const magnitude = decimals === 0 ? scan.mantissa : scan.mantissa / (POWERS_OF_TEN[decimals] ?? 10 ** decimals);
  const out = finish(signed(magnitude), decimals);
  if (at >= 0 && both && scan.lastIsDot !== (style === 'en')) out.warning = 'mixed-marks';
  return out;
}

/**
 * parseNumber for a plain ASCII cell, or `undefined` when the cell needs the full reader.
 *
 * @example
 * quickParseNumber('3.957,9', 'vi'); // { ok: true, value: 3957.9, decimals: 1 }
 * quickParseNumber('1 042', 'vi');   // undefined (a space: the full reader decides)
 */
export function quickParseNumber(text: string, style: NumberStyle): ParsedNumber | undefined {
  if (typeof text !== 'string' || !scanQuick(text)) return undefined;
  return readScan(style);
}

/**
 * The style a plain ASCII cell votes for in detectNumberStyle (`null`: no vote), or `undefined`
 * when the cell needs the full reader.
 *
 * @example
 * quickStyleVote('10,6');    // 'vi'
 * quickStyleVote('147.210'); // null
 */
export function quickStyleVote(text: string): NumberStyle | null | undefined {
  if (typeof text !== 'string' || !scanQuick(text)) return undefined;
  const { marks, dots, commas } = scan;
  let vote: NumberStyle | null;
  if (dots > 0 && commas > 0) vote = scan.lastIsDot ? 'en' : 'vi';
  else if (marks === 0) vote = null;
  else if (marks > 1) vote = dots > 0 ? 'vi' : 'en';
  else if (thousandsShaped()) vote = null;
  else vote = dots > 0 ? 'en' : 'vi';
  if (vote === null) return null;
  // Only cells that read cleanly in the style they vote for count.
  return readValidity(vote) ? vote : null;
}

/** Whether the scanned cell reads cleanly in `style` (readScan without building the result). */
function readValidity(style: NumberStyle): boolean {
  const { marks, dots, commas } = scan;
  if (marks === 0) return true;
  if (dots > 0 && commas > 0) {
    if ((scan.lastIsDot ? dots : commas) !== 1) return false;
    return groupsValidly(marks);
  }
  if (marks !== 1) return groupsValidly(marks + 1);
  if (scan.lastIsDot !== (style === 'en') && thousandsShaped()) return true;
  return groupsValidly(1);
}
