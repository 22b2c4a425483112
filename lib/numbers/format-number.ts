import { clampDecimals } from './decimals';
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
  const out = formatterFor(key).format(value);
  // Some ICU versions print U+2212 for negatives; the project writes a plain hyphen-minus.
  return out.charCodeAt(0) === 0x2212 ? `-${out.slice(MINUS_SIGN.length)}` : out;
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
