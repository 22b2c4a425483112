/** Largest number of decimals the helpers accept; more is clamped. */
export const MAX_DECIMALS = 20;

/** A usable decimals count: an integer in [0, MAX_DECIMALS]; NaN and negatives give 0. */
export function clampDecimals(decimals: number): number {
  if (!(decimals > 0)) return 0;
  return Math.min(Math.floor(decimals), MAX_DECIMALS);
}

/**
 * Rounds the magnitude of a finite number at `decimals` places on its shortest decimal
 * representation (`String(x)`), with exact digit arithmetic: `1.005` really ends in 5 here, and
 * 17-digit values are not pushed through a lossy `x * 10 ** d`.
 */
function roundMagnitude(magnitude: number, decimals: number, roundUpOnFive: boolean): number {
  const text = String(magnitude);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Position of the decimal point within `digits` (may fall outside it).
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (digits.length - point <= decimals) return magnitude;
  const keep = point + decimals;
  if (keep < 0) return 0;
  const kept = digits.slice(0, keep) || '0';
  const up = roundUpOnFive && (digits.charCodeAt(keep) || 0) >= 53; // '5'
  return Number(`${up ? incrementDigits(kept) : kept}e-${decimals}`);
}

/**
 * A digit string plus one in its last place, exactly (no 17-digit limit).
 *
 * @example
 * incrementDigits('199'); // '200'
 * incrementDigits('99');  // '100'
 */
export function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

/** Applies the rounding at `decimals` places to the magnitude, keeping the sign (never −0). */
function roundSigned(value: number, decimals: number, roundUpOnFive: boolean): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = roundMagnitude(Math.abs(value), clampDecimals(decimals), roundUpOnFive);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * Rounds half away from zero at `decimals` places, on the number as written in decimal
 * (the convention statistical tables use, and what Intl.NumberFormat's `halfExpand` does).
 *
 * @example
 * roundTo(1.005, 2);  // 1.01 (Math.round(1.005 * 100) / 100 gives 1)
 * roundTo(-2.5, 0);   // -3
 * roundTo(3.7547, 1); // 3.8
 */
export function roundTo(value: number, decimals: number): number {
  return roundSigned(value, decimals, true);
}

/**
 * Cuts off (toward zero) everything after `decimals` places, on the decimal representation.
 *
 * @example
 * truncateTo(186.37, 1); // 186.3
 * truncateTo(-2.59, 1);  // -2.5
 */
export function truncateTo(value: number, decimals: number): number {
  return roundSigned(value, decimals, false);
}
