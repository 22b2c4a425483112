import { isBlankCell } from './collapse-whitespace';
import { isDataNumber } from './data-number';
import { tiedComparisons } from './measure-comparisons';
import type { Column, MeasureIndex, ReportTable, TableWarning } from './types';

/*
 * A yearbook table of one year whose columns are measures, not years: "Quy mô dân số tỉnh Bắc Ninh năm 2005 phân theo
 * các huyện và thành phố" over "| STT | Huyện, thành phố | Dân số | Thành thị | Nông thôn |" and a row per district. The
 * year is printed in the title alone. Each measure is read as a table of its own, its one year column the title's year,
 * and the table says so (a warning naming the year). A comparison column that names its measure ("Năng suất so sánh với
 * vụ xuân năm 2017 (%)") goes with that measure (measure-comparisons.ts). Without exactly one year in the title, the
 * table is refused for its missing year columns (table-csv.md, "Bad input").
 */

// Grammar: title-year := not-after ( digit | "." | "," | "/" ) ( "19" | "20" ) digit digit not-before ( digit | "." | "," )
// Example: "… tỉnh Bắc Ninh năm 2005 phân theo …" → 2005; not "Bảng 2.3" nor "1.2005" nor "12/2019" (a month's date).
const TITLE_YEAR = /(?<![\d.,/])(?:19|20)\d\d(?![\d.,])/gu;

/**
 * The one year the rows above a header (its title and notes) print; `null` for none or several.
 *
 * @example
 * titleYear([['Bảng 2.3. Quy mô dân số tỉnh Bắc Ninh năm 2005 phân theo huyện'], ['Đơn vị tính: 1000 người']], 0, 2); // 2005
 */
export function titleYear(records: readonly (readonly string[])[], from: number, to: number): number | null {
  const years = new Set<number>();
  for (let i = from; i < to; i++) for (const cell of records[i] ?? []) for (const m of cell.matchAll(TITLE_YEAR)) years.add(Number(m[0]));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** How many rows of the body are looked at to tell the column of names from the columns of numbers. */
const SAMPLE_ROWS = 5;

/**
 * The columns of a header of measures read as one year's: the column of names (words in some of the first rows, a
 * number in none: the one headed as the indicators', else the first) holds the names of the rows, and every column of
 * numbers right of it is that year's values, grouped by its measure; a comparison column naming a measure joins its
 * group. `null` when no column of names stands left of two columns of numbers, or a comparison names no measure.
 *
 * @example
 * crossSectionColumns(columns, [['1', 'Thành phố Bắc Ninh', '85,5', '72,4', '13,4']], 2005)?.map((c) => c.role);
 * // ['stt', 'indicator', 'year', 'year', 'year'] (the years grouped "Dân số", "Thành thị", "Nông thôn")
 */
export function crossSectionColumns(columns: readonly Column[], body: readonly (readonly string[])[], year: number): Column[] | null {
  const sample = body.filter((record) => !record.every(isBlankCell)).slice(0, SAMPLE_ROWS);
  const numbers = (c: Column): boolean => sample.some((record) => isDataNumber(record[c.index] ?? ''));
  const words = (c: Column): boolean => sample.some((record) => !isBlankCell(record[c.index] ?? '') && !isDataNumber(record[c.index] ?? ''));
  const isNames = (c: Column): boolean => words(c) && !numbers(c);
  // The column headed as the indicators' ("Chỉ tiêu") when it holds names, else the first that does: a column of row
  // groups left of it ("Tên huyện": "Huyện Con Cuông" over its three rows) stays a column of labels.
  const names = columns.find((c) => c.role === 'indicator' && isNames(c)) ?? columns.find((c) => c.role === 'other' && isNames(c));
  if (names === undefined) return null;
  const measures = columns.filter((c) => c.index > names.index && c.role === 'other' && c.header !== '' && numbers(c));
  if (measures.length < 2) return null;
  // "Năng suất so sánh với vụ xuân năm 2017 (%)": the index of the measure it names, in that measure's group.
  const comparisons = tiedComparisons(columns, measures);
  if (comparisons === null) return null;
  return columns.map((c): Column => {
    if (c === names) return { index: c.index, header: c.header, role: 'indicator' };
    if (measures.includes(c)) return { index: c.index, header: c.header, role: 'year', year, group: c.header };
    return comparisons.find((t) => t.index === c.index) ?? c;
  });
}

/**
 * The table was read as one year's, the year taken from its title; `indices` the comparison columns read as a measure's
 * index (measureIndicesOf), named only when there are some.
 *
 * @example
 * yearFromTitleWarning('bang-2-3.csv', 3, 2005).code; // 'year-from-title'
 */
export function yearFromTitleWarning(file: string, headerRow: number, year: number, indices: readonly MeasureIndex[] = []): TableWarning {
  return indices.length === 0 ? { code: 'year-from-title', file, row: headerRow, year } : { code: 'year-from-title', file, row: headerRow, year, indices };
}

/**
 * The comparison columns of the tables read from one year's measures, each with the measure it is the index of and the
 * year it compares with (the table's `compare.from`).
 *
 * @example
 * measureIndicesOf(tables) // [{ column: 'Năng suất so sánh với vụ xuân năm 2017 (%)', measure: 'Năng suất (tạ/ha)', from: 2017 }]
 */
export function measureIndicesOf(tables: readonly ReportTable[]): MeasureIndex[] {
  return tables.flatMap((t) =>
    t.columns.flatMap((c) =>
      (c.role === 'index' || c.role === 'claim') && c.group !== undefined ? [{ column: c.header, measure: c.group, from: t.compare?.from ?? null }] : [],
    ),
  );
}
