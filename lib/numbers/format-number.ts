import { clampDecimals, incrementDigits } from './decimals';
import type { Measured } from './types';

/** Shown for NaN and ±Infinity: the statistical yearbooks' mark for "no figure". */
export const NO_FIGURE = '…';

/** Key for the default formatter (0–4 fraction digits, trailing zeros trimmed). */
const DEFAULT_KEY = -1;
const DEFAULT_MAX_FRACTION_DIGITS = 4;
const MINUS_SIGN = '\u2212';

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(key: number): Intl.NumberFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: key === DEFAULT_KEY ? 0 : key,
      maximumFractionDigits: key === DEFAULT_KEY ? DEFAULT_MAX_FRACTION_DIGITS : key,
      // `negative`: no sign on values that round to zero, so never "-0".
      signDisplay: 'negative',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a number the Vietnamese way (`.` groups, `,` decimal) with exactly `decimals` fraction
 * digits, or 0–4 trimmed digits when `decimals` is omitted. Rounds half away from zero; negatives
 * use a plain `-`; NaN and ±Infinity give `…`. Formatters are cached per decimals count.
 *
 * @example
 * formatNumber(3957.9, 1); // '3.957,9'
 * formatNumber(3.75471);   // '3,7547'
 * formatNumber(-12.5, 2);  // '-12,50'
 */
export function formatNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  const key = decimals === undefined ? DEFAULT_KEY : clampDecimals(decimals);
  const digits = roundShortest(Math.abs(value), key === DEFAULT_KEY ? DEFAULT_MAX_FRACTION_DIGITS : key, key === DEFAULT_KEY);
  if (digits === null) return formatWithIntl(value, key);
  return value < 0 && !ALL_ZERO.test(digits.int + digits.frac) ? `-${groupVi(digits)}` : groupVi(digits);
}

/** The formatter of last resort (exponent forms: |value| < 1e-6 or ≥ 1e21). */
function formatWithIntl(value: number, key: number): string {
  const out = formatterFor(key).format(value);
  // Some ICU versions print U+2212 for negatives; the project writes a plain hyphen-minus.
  return out.charCodeAt(0) === 0x2212 ? `-${out.slice(MINUS_SIGN.length)}` : out;
}

// Grammar: only zeros. Example: "000" matches, "001" does not.
const ALL_ZERO = /^0*$/;

/**
 * The shortest decimal of `magnitude` rounded half up at `places` fraction digits, as Intl does
 * (it rounds the shortest decimal, not the binary value: 1.005 → "1,01"); `trim` drops trailing
 * zeros. `null` when JavaScript prints the number with an exponent.
 */
function roundShortest(magnitude: number, places: number, trim: boolean): { int: string; frac: string } | null {
  // String(x) of a finite magnitude is digits, an optional "." and digits, or an exponent form ("1e+21", "1e-7").
  const text = String(magnitude);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  const intPart = dot < 0 ? text : text.slice(0, dot);
  const fracPart = dot < 0 ? '' : text.slice(dot + 1);
  let int = intPart;
  let frac: string;
  if (fracPart.length <= places) {
    frac = fracPart.padEnd(places, '0');
  } else {
    const kept = intPart + fracPart.slice(0, places);
    const up = (fracPart.charCodeAt(places) ?? 48) >= 53;
    const all = up ? incrementDigits(kept) : kept;
    int = all.slice(0, all.length - places);
    frac = all.slice(all.length - places);
  }
  if (trim) frac = frac.replace(TRAILING_ZEROS, '');
  return { int: int === '' ? '0' : int, frac };
}

// Grammar: zeros at the end. Example: "2500" → "25".
const TRAILING_ZEROS = /0+$/;

/** vi-VN text of rounded digits: "." every three integer digits, "," before the fraction. */
function groupVi(digits: { int: string; frac: string }): string {
  const { int, frac } = digits;
  // The first group takes 1–3 digits, every later group exactly 3 ("1234567" → "1" + ".234" + ".567").
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += `.${int.slice(i, i + 3)}`;
  return frac === '' ? grouped : `${grouped},${frac}`;
}

/**
 * Formats a printed number with the decimals it was written with.
 *
 * @example
 * formatMeasured({ value: 10.6, decimals: 1 }); // '10,6'
 * formatMeasured({ value: 147.21, decimals: 3 }); // '147,210'
 */
export function formatMeasured(m: Measured): string {
  return formatNumber(m.value, m.decimals);
}

/**
 * Formats a percentage as Vietnamese reports print it, with no space before `%`.
 *
 * @example
 * formatPercent(51.8, 1); // '51,8%'
 */
export function formatPercent(value: number, decimals?: number): string {
  const text = formatNumber(value, decimals);
  return text === NO_FIGURE ? text : `${text}%`;
}
