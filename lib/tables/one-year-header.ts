import { isBlankCell } from './collapse-whitespace';
import { isDataNumber } from './data-number';
import { isYearRole } from './header-columns';
import { recognizeHeader } from './recognize-columns';

type Records = readonly (readonly string[])[];

/** How many records under a one-year header are searched for its first row of data. */
const BODY_SEARCH = 4;

/**
 * Whether record `at` is the header of a table of one year whose corner is empty: its one filled cell names a year
 * ("2022", "Năm 2022", "Sơ bộ 2023") right of blank cells, and one of the next few records is a row of data, a name
 * left of that column over a number in it ("Tháng 1 - Jan. | 100,30"). Section rows of one cell between them
 * ("Tháng trước = 100 - Previous month = 100") are passed over. A year printed alone in the first cell is a title's,
 * and a year over no number heads nothing.
 *
 * @example
 * oneYearHeaderAt([['', '%'], ['', '2022'], ['Tháng trước = 100'], ['Tháng 1', '100,30']], 1); // true
 * oneYearHeaderAt([['Năm 2022'], ['Tháng 1', '100,30']], 0); // false
 */
export function oneYearHeaderAt(records: Records, at: number): boolean {
  const record = records[at] ?? [];
  const column = record.findIndex((cell) => !isBlankCell(cell));
  if (column < 1 || record.some((cell, i) => i > column && !isBlankCell(cell))) return false;
  if (!isYearRole(recognizeHeader(record[column] ?? '').role)) return false;
  for (let i = at + 1; i < Math.min(records.length, at + 1 + BODY_SEARCH); i++) {
    const row = records[i] ?? [];
    const name = row.findIndex((cell) => !isBlankCell(cell));
    if (name < 0 || name >= column) continue;
    const value = row[column] ?? '';
    if (!isBlankCell(value)) return isDataNumber(value);
  }
  return false;
}
