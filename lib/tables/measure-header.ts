import { isBlankCell } from './collapse-whitespace';
import { isDataNumber } from './data-number';
import { yearOfRowCell } from './header-block';

type Records = readonly (readonly string[])[];

/*
 * A table of one year whose columns are measures, not years: a yearbook's "Diện tích, dân số và mật độ dân số năm 2016
 * phân theo huyện" prints "| Diện tích (Km2) | Dân số trung bình (Người) | Mật độ dân số (Người/km2)" over its districts.
 * soatso reads years as columns; such a table is refused for its missing year columns, not for a missing name column.
 */

/** How many rows from the top a header of measures is looked for. */
const SEARCH_ROWS = 12;

/** The columns of a record that hold words (no number, no year), past its first column. */
function wordColumns(record: readonly string[]): number[] {
  const out: number[] = [];
  record.forEach((cell, c) => {
    if (c > 0 && !isBlankCell(cell) && !isDataNumber(cell) && yearOfRowCell(cell) === null) out.push(c);
  });
  return out;
}

/**
 * The index of a header row naming two or more measures, with the next filled row holding numbers under two of them;
 * `null` when no such row is near the top.
 *
 * @example
 * locateMeasureHeader([['Biểu 11'], ['', 'Diện tích (Km2)', 'Dân số (Người)'], ['TỔNG SỐ', '5.152,49', '1.254.184']]) // 1
 */
export function locateMeasureHeader(records: Records, from = 0): number | null {
  const stop = Math.min(records.length - 1, from + SEARCH_ROWS);
  for (let i = from; i < stop; i++) {
    const columns = wordColumns(records[i] ?? []);
    if (columns.length < 2) continue;
    let next = i + 1;
    while (next < records.length && (records[next] ?? []).every(isBlankCell)) next++;
    const below = records[next] ?? [];
    if (columns.filter((c) => isDataNumber(below[c] ?? '')).length >= 2) return i;
  }
  return null;
}
