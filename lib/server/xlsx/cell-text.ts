/**
 * Line breaks and tabs inside a cell become spaces: the reader collapses whitespace in headers,
 * names and claims anyway, and keeping one record per sheet row keeps row numbers exact.
 *
 * @example
 * flattenCellText('Năm\r\n2020') // 'Năm 2020'
 */
export function flattenCellText(text: string): string {
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

/**
 * A date as a Vietnamese reader writes it: `dd/mm/yyyy` (UTC, as Excel stores no zone); '' when invalid.
 *
 * @example
 * dateText(new Date(Date.UTC(2023, 0, 5))) // '05/01/2023'
 */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

const DAY_MS = 86_400_000;
/** Excel serial day of 1970-01-01 in the 1900 date system; the 1904 system starts 1 462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const SYSTEM_1904_OFFSET = 1_462;

/**
 * The date an Excel serial number stands for.
 *
 * @example
 * serialDate(44927, false) // 2023-01-01T00:00:00.000Z
 */
export function serialDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? SYSTEM_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL;
  return new Date(Math.round(days * DAY_MS));
}

// Grammar: bracketed := "[" any-but-"]"* "]"   (colours, locales, elapsed-time codes)
//          quoted    := '"' any-but-'"'* '"'   (literal text)
// Example: '[$-42A]dd/mm/yyyy' → 'dd/mm/yyyy'; '0.0" tỷ"' → '0.0'.
const BRACKETED = /\[[^\]]*\]/g;
const QUOTED = /"[^"]*"/g;
// Grammar: date-code := one of y m d h M s b (as exceljs tests a format, so dates read the same)
// Example: 'dd/mm/yyyy' has one; '#,##0.0' and 'General' have none.
const DATE_CODE = /[ymdhMsb]/;

/**
 * True when a number format shows a date or time, so the number is a date, not a quantity.
 *
 * @example
 * isDateFormat('dd/mm/yyyy') // true
 * isDateFormat('#,##0.0')    // false
 */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  return DATE_CODE.test(code.replace(BRACKETED, '').replace(QUOTED, ''));
}
