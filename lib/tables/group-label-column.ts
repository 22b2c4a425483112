import { isBlankCell } from './collapse-whitespace';
import { isDataNumber } from './data-number';
import type { Column } from './types';

/*
 * A yearbook table that prints its rows in groups names each group once, in a column left of the names:
 *
 *   | Tên huyện        | Chỉ tiêu          | Lúa cả năm | Ngô   |
 *   | Huyện Con Cuông  | Diện tích (ha)    | 4 352      | 2 226 |
 *   |                  | Năng suất (tạ/ha) | 52,64      | 43,22 |
 *   | Huyện Tương Dương| Diện tích (ha)    | 6 146      | 3 054 |
 *
 * Read by the column of names alone, the rows were "Diện tích (ha)" four times; the label opens a section over the rows
 * under it, as a section row does.
 */

/**
 * The column of group labels among `columns`: one left of the column of names, not given a role, whose cell is filled
 * in the first row of data and blank in some later one, and never a number. `-1` when there is none.
 *
 * @example
 * groupLabelColumn(columns, [['Huyện Con Cuông', 'Diện tích (ha)', '4 352'], ['', 'Năng suất (tạ/ha)', '52,64']], 1); // 0
 */
export function groupLabelColumn(columns: readonly Column[], dataRecords: readonly (readonly string[])[], names: number): number {
  const first = dataRecords[0];
  if (first === undefined) return -1;
  const label = columns.find((c) => {
    if (c.role !== 'other' || c.index >= names || isBlankCell(first[c.index] ?? '')) return false;
    let blank = false;
    for (const record of dataRecords) {
      const cell = record[c.index] ?? '';
      if (isBlankCell(cell)) blank = true;
      else if (isDataNumber(cell)) return false;
    }
    return blank;
  });
  return label?.index ?? -1;
}
