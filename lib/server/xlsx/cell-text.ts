import type { CellValue } from 'exceljs';
import type { NumberStyle } from '../../numbers/types';
import { formatExcelNumber } from './number-format';

/**
 * Line breaks and tabs inside a cell become spaces: the reader collapses whitespace in headers,
 * names and claims anyway, and keeping one record per sheet row keeps row numbers exact.
 */
function flatten(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\r' && text[i + 1] === '\n') continue;
    out += ch === '\r' || ch === '\n' || ch === '\t' ? ' ' : ch;
  }
  return out;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date as a Vietnamese reader writes it: `dd/mm/yyyy` (UTC, as Excel stores no zone). */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Text of a rich-text, hyperlink, formula or error value (exceljs object cells). */
function objectText(value: Record<string, unknown>, numFmt: string | undefined, style: NumberStyle): string {
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText(value.result as CellValue, numFmt, style);
  }
  if ('text' in value) return valueText(value.text as CellValue, numFmt, style);
  if (typeof value.error === 'string') return value.error;
  return '';
}

function valueText(value: CellValue, numFmt: string | undefined, style: NumberStyle): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatExcelNumber(value, numFmt, style);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  return isRecord(value) ? objectText(value, numFmt, style) : '';
}

/**
 * A cell as its sheet shows it, one line of text: numbers through their number format (see
 * formatExcelNumber), formulas by their cached result, rich text and links by their text.
 *
 * @example
 * cellText(3.7547, '0.0', 'vi')                              // '3,8'
 * cellText({ richText: [{ text: 'Năm ' }, { text: '2022' }] }, undefined, 'vi') // 'Năm 2022'
 * cellText({ formula: 'B2/C2', result: 0.5 }, '0%', 'vi')    // '50%'
 */
export function cellText(value: CellValue, numFmt: string | undefined, style: NumberStyle): string {
  return flatten(valueText(value, numFmt, style));
}

/**
 * True for a cell whose value is a number (directly or as a formula result): written by the
 * sheet, not typed as text.
 *
 * @example
 * isNumberCell({ formula: 'A1*2', result: 4 }) // true
 */
export function isNumberCell(value: CellValue): boolean {
  if (typeof value === 'number') return true;
  return isRecord(value) && ('formula' in value || 'sharedFormula' in value) && typeof value.result === 'number';
}
