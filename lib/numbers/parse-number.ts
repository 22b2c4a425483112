import { isThousandsShaped, isValidGrouping, scanNumber, type ScannedNumber, type SeparatorKind } from './scan-number';
import type { AmbiguousReading, NumberStyle, ParsedNumber, UnitSign } from './types';

/**
 * Reading rules (spec §1), given the file style. `vi`: `.` groups, `,` is decimal; `en`: the mirror.
 *
 * 1. Both `.` and `,` present: the last separator is the decimal mark and must occur once; the other
 *    mark groups. `warning: 'mixed-marks'` when that decimal mark is not the style's.
 * 2. One mark, written twice or more (`1.042.100`): grouping, whatever the style.
 * 3. One mark, written once:
 *    - the style's decimal mark (`10,6` in vi): decimal, and it must be the last separator;
 *    - the style's grouping mark followed by exactly 3 digits, with valid groups before it
 *      (`147.210` in vi): ambiguous, read as thousands (147210), both readings kept;
 *    - the style's grouping mark otherwise (`28.27`, `13558.00`, `0.125`, `1234.567` in vi): decimal.
 * 4. Spaces (U+0020, U+00A0, U+202F, U+2009) only ever group.
 * Grouped integer parts need a first group of 1–3 digits not starting with 0, then groups of 3.
 */

type OkNumber = Extract<ParsedNumber, { ok: true }>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NOT_A_NUMBER: ParsedNumber = Object.freeze({ ok: false, reason: 'not-a-number' });
const MISSING: ParsedNumber = Object.freeze({ ok: false, reason: 'missing' });

/** `locateDecimalMark` results that are not a separator index. */
const NO_DECIMAL = -1;
const AMBIGUOUS = -2;
const INVALID = -3;

function decimalKindOf(style: NumberStyle): SeparatorKind {
  return style === 'en' ? 'dot' : 'comma';
}

/** The index of the separator that is the decimal mark, or NO_DECIMAL / AMBIGUOUS / INVALID. */
function locateDecimalMark(scan: ScannedNumber, style: NumberStyle): number {
  const seps = scan.separators;
  const n = seps.length;
  if (n === 0) return NO_DECIMAL;
  if (scan.dotCount > 0 && scan.commaCount > 0) {
    const last = seps[n - 1];
    const count = last === 'dot' ? scan.dotCount : last === 'comma' ? scan.commaCount : 0;
    return count === 1 ? n - 1 : INVALID;
  }
  if (scan.dotCount + scan.commaCount !== 1) return NO_DECIMAL;
  let index = n - 1;
  while (index > 0 && seps[index] === 'space') index--;
  if (seps[index] === decimalKindOf(style)) return index === n - 1 ? index : INVALID;
  if (index !== n - 1) return NO_DECIMAL;
  return isThousandsShaped(scan) ? AMBIGUOUS : index;
}

function joinRuns(runs: readonly string[], from: number, to: number): string {
  if (to - from === 1) return runs[from] ?? '';
  let out = '';
  for (let i = from; i < to; i++) out += runs[i] ?? '';
  return out;
}

function applySign(value: number, negative: boolean): number {
  return negative && value !== 0 ? -value : value;
}

function finish(value: number, decimals: number, unit: UnitSign | undefined): Mutable<OkNumber> {
  const out: Mutable<OkNumber> = { ok: true, value, decimals };
  if (unit) out.unit = unit;
  return out;
}

function readAmbiguous(scan: ScannedNumber): ParsedNumber {
  const runs = scan.runs;
  const last = runs.length - 1;
  const head = joinRuns(runs, 0, last);
  const tail = runs[last] ?? '';
  const thousands = applySign(Number(head + tail), scan.negative);
  const decimal = applySign(Number(`${head}.${tail}`), scan.negative);
  if (!Number.isFinite(thousands) || !Number.isFinite(decimal)) return NOT_A_NUMBER;
  const ambiguous: AmbiguousReading = {
    thousands: { value: thousands, decimals: 0 },
    decimal: { value: decimal, decimals: tail.length },
  };
  const out = finish(thousands, 0, scan.unit);
  out.ambiguous = ambiguous;
  return out;
}

/** Reads an already scanned cell under a file style (internal; also used by detectNumberStyle). */
export function interpretScan(scan: ScannedNumber, style: NumberStyle): ParsedNumber {
  const at = locateDecimalMark(scan, style);
  if (at === INVALID) return NOT_A_NUMBER;
  if (at === AMBIGUOUS) return readAmbiguous(scan);
  const runs = scan.runs;
  const intEnd = at === NO_DECIMAL ? runs.length : at + 1;
  if (!isValidGrouping(runs, 0, intEnd)) return NOT_A_NUMBER;
  const intDigits = joinRuns(runs, 0, intEnd);
  const fraction = at === NO_DECIMAL ? '' : (runs[at + 1] ?? '');
  const magnitude = Number(fraction === '' ? intDigits : `${intDigits}.${fraction}`);
  if (!Number.isFinite(magnitude)) return NOT_A_NUMBER;
  const out = finish(applySign(magnitude, scan.negative), fraction.length, scan.unit);
  if (at >= 0 && scan.dotCount > 0 && scan.commaCount > 0 && scan.separators[at] !== decimalKindOf(style)) {
    out.warning = 'mixed-marks';
  }
  return out;
}

/**
 * Reads a number as a Vietnamese (default) or English-style document writes it (spec §1).
 * Never throws and never returns NaN: bad input gives `{ ok: false, reason }`.
 *
 * @example
 * parseNumber('3.957,9');        // { ok: true, value: 3957.9, decimals: 1 }
 * parseNumber('−12,5 %');        // { ok: true, value: -12.5, decimals: 1, unit: '%' }
 * parseNumber('147.210');        // { ok: true, value: 147210, decimals: 0, ambiguous: { … } }
 * parseNumber('1,234.56', 'en'); // { ok: true, value: 1234.56, decimals: 2 }
 * parseNumber('…');              // { ok: false, reason: 'missing' }
 */
export function parseNumber(text: string, style: NumberStyle = 'vi'): ParsedNumber {
  const scan = scanNumber(text);
  if (scan === 'missing') return MISSING;
  if (scan === 'not-a-number') return NOT_A_NUMBER;
  return interpretScan(scan, style);
}
