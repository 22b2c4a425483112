import { headerKey } from './header-key';

// Grammar: data-number := sign? ( digit ( digit | "." | "," )* | digit{1,3} ( space digit{3} )+ ( "," digit+ )? ) "%"?, not a
//   bare year 1900–2199 — digits with `.`/`,` groups or decimals, or thousands grouped by spaces (spec §1: "1 042 100")
// Example: "47.684", "94,18", "-3", "12", "230 065" (Nghệ An's yearbook) match; "2022" and "2014 2015" do not.
/**
 * Whether a cell is a value of data, not a year.
 *
 * @example
 * isDataNumber('47.684') // true
 * isDataNumber('2022') // false
 */
export function isDataNumber(cell: string): boolean {
  const key = headerKey(cell);
  if (/^(?:19|20|21)\d{2}$/.test(key)) return false;
  return /^[-+]?(?:\d[\d.,]*|\d{1,3}(?: \d{3})+(?:,\d+)?)%?$/.test(key);
}
