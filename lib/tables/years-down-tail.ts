import { isBlankCell } from './collapse-whitespace';
import { isDataNumber } from './data-number';
import { yearOfRowCell } from './header-block';
import { titleYear } from './read-cross-section';
import type { Column } from './types';

/*
 * A yearbook table with the years down its first column that ends with one year broken down: "2010 | 393,29 | 209.173
 * | …", "2011 | …", then "Sơ bộ 2019 phân theo đơn vị hành chính | 394,38 | 214.443 | …" over the wards "1. Phường 1 |
 * 1,76 | …" (Đà Lạt's table of area, population and administrative units, 2019). The rows from the one naming its year
 * are a table of that year whose columns are the same measures, read as a one-year table is (read-cross-section.ts);
 * they were notes before, their figures unread.
 */

type Records = readonly (readonly string[])[];

/**
 * Where the rows of one year broken down start under a table with the years down column `yearsAt`, and that year: the
 * first row after a year's row whose first cell is no year but names one, and which prints figures; `null` for none.
 *
 * @example
 * yearsDownTail(records, 3, 30, 0) // { at: 10, year: 2019 } ("Sơ bộ 2019 phân theo đơn vị hành chính" on row 11)
 */
export function yearsDownTail(records: Records, from: number, to: number, yearsAt: number): { at: number; year: number } | null {
  let years = 0;
  for (let i = from; i < to; i++) {
    const record = records[i] ?? [];
    if (record.every(isBlankCell)) continue;
    if (yearOfRowCell(record[yearsAt] ?? '') !== null) {
      years++;
      continue;
    }
    if (years === 0 || record.filter(isDataNumber).length < 2) continue;
    const year = titleYear([[record[yearsAt] ?? '']], 0, 1);
    return year === null ? null : { at: i, year };
  }
  return null;
}

/**
 * The columns of a years-down header read for its tail of one year: the years' column names the rows, and each measure
 * is a column of that year grouped under its name.
 *
 * @example
 * tailColumns(columns, 0, 2019).map((c) => c.role) // ['indicator', 'year', 'year', …]
 */
export function tailColumns(columns: readonly Column[], yearsAt: number, year: number): Column[] {
  return columns.map((c): Column => {
    if (c.index === yearsAt) return { index: c.index, header: c.header, role: 'indicator' };
    if (c.role === 'indicator') return { index: c.index, header: c.header, role: 'year', year, group: c.header };
    return { index: c.index, header: c.header, role: 'other' };
  });
}
