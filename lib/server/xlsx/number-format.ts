import { roundTo } from '../../numbers/decimals';
import type { NumberStyle } from '../../numbers/types';

/**
 * How Excel displays a number cell, from its number format code (`numFmt`), reduced to what a
 * printed table keeps: the decimals shown, percent, and thousands scaling. Pure.
 */
export type DisplayFormat =
  | { readonly kind: 'general' }
  | {
      readonly kind: 'fixed';
      readonly decimals: number;
      /** How many `%` signs: each multiplies the value by 100 and is printed. */
      readonly percent: number;
      /** How many trailing `,` after the digits: each divides the value by 1000. */
      readonly scale: number;
    };

const PLACEHOLDERS = new Set(['0', '#', '?']);
/** Significant digits Excel's General format shows at most. */
const GENERAL_DIGITS = 10;

/** Splits a format code into its `;` sections, ignoring `;` inside quotes, brackets or after `\`. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? '';
    if (ch === '\\' && !quoted) {
      current += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/** Drops literals and layout codes: "text", \x, [Red]/[$-42A], _x (space), *x (fill). */
function stripLiterals(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? '';
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      i = close < 0 ? section.length : close;
    } else if (ch === '[') {
      const close = section.indexOf(']', i + 1);
      i = close < 0 ? section.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when the code shows a date, time, fraction or exponent: shown as General here. */
function isSpecialFormat(cleaned: string): boolean {
  const lower = cleaned.toLowerCase();
  if (lower.includes('general')) return true;
  for (const ch of lower) {
    if (ch === 'y' || ch === 'm' || ch === 'd' || ch === 'h' || ch === 's' || ch === 'e' || ch === '/') return true;
  }
  return false;
}

/**
 * Reads a number format code the way Excel applies it to `value` (the negative section for a
 * negative value, when there is one).
 *
 * @example
 * parseNumberFormat('#,##0.00', 1234.5) // { kind: 'fixed', decimals: 2, percent: 0, scale: 0 }
 * parseNumberFormat('0.0%', 0.574)      // { kind: 'fixed', decimals: 1, percent: 1, scale: 0 }
 * parseNumberFormat('General', 10.6)    // { kind: 'general' }
 */
export function parseNumberFormat(code: string | undefined, value: number): DisplayFormat {
  if (code === undefined || code.trim() === '') return { kind: 'general' };
  const sections = splitSections(code);
  const section = (value < 0 && sections.length > 1 ? sections[1] : sections[0]) ?? '';
  const cleaned = stripLiterals(section);
  if (isSpecialFormat(cleaned)) return { kind: 'general' };

  let first = -1;
  let last = -1;
  for (let i = 0; i < cleaned.length; i++) {
    if (PLACEHOLDERS.has(cleaned[i] ?? '')) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { kind: 'general' };

  let decimals = 0;
  const point = cleaned.indexOf('.', first);
  if (point >= 0 && point <= last + 1) {
    for (let i = point + 1; i < cleaned.length && PLACEHOLDERS.has(cleaned[i] ?? ''); i++) decimals++;
  }
  let scale = 0;
  for (let i = last + 1; i < cleaned.length && cleaned[i] === ','; i++) scale++;
  let percent = 0;
  for (const ch of cleaned) if (ch === '%') percent++;
  return { kind: 'fixed', decimals, percent, scale };
}

function writeFixed(value: number, decimals: number, style: NumberStyle): string {
  const rounded = roundTo(value, decimals);
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals);
  return style === 'vi' ? text.replace('.', ',') : text;
}

/** Decimals of a number as General shows it: up to 10 significant digits, trailing zeros dropped. */
function generalDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const shown = Number(value.toPrecision(GENERAL_DIGITS));
  const text = String(Math.abs(shown));
  if (text.includes('e')) return GENERAL_DIGITS;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * A number cell as its sheet displays it, written for the table reader: no thousands grouping
 * (so `147210` can never look ambiguous), the decimals the format shows, the decimal mark of the
 * given style, and `%` for a percent format.
 *
 * @example
 * formatExcelNumber(3.7547, '0.0', 'vi')     // '3,8'
 * formatExcelNumber(1042100, '#,##0', 'vi')  // '1042100'
 * formatExcelNumber(0.574, '0.0%', 'vi')     // '57,4%'
 * formatExcelNumber(10.6, 'General', 'en')   // '10.6'
 */
export function formatExcelNumber(value: number, code: string | undefined, style: NumberStyle): string {
  if (!Number.isFinite(value)) return '';
  const format = parseNumberFormat(code, value);
  if (format.kind === 'general') return writeFixed(value, generalDecimals(value), style);
  const shown = (value * 100 ** format.percent) / 1000 ** format.scale;
  return writeFixed(shown, format.decimals, style) + '%'.repeat(format.percent);
}
