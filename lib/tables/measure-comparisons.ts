import { headerKey } from './header-key';
import type { Column } from './types';

/*
 * A table of one year's measures may print, beside a measure, its index on an earlier year: Nam Định's spring rice of
 * 2018 prints "Diện tích (ha) | Năng suất (tạ/ha) | Năng suất so sánh với vụ xuân năm 2017 (%) | Sản lượng (tấn)" over
 * the province and its districts. The comparison column names its measure first; it is read as that measure's index
 * (its column group), from the year it names (or the year before, for "cùng kỳ"/"năm trước") to the title's year.
 */

// Grammar: bracketed-unit := space* "(" any but ")" ")" space* at the end of a header — the unit a measure is printed in
// Example: "Năng suất (tạ/ha)" → "Năng suất"; "Diện tích (ha)" → "Diện tích"; "Dân số" is left as it is.
const BRACKETED_UNIT = /\s*\([^)]*\)\s*$/u;

// Grammar (folded): measure-comparison := NAME space ( "so sanh" | "so voi" ) ( space any )? — a comparison column that
//   names its measure before the words of the comparison (group 1 the name)
// Example: "nang suat so sanh voi vu xuan nam 2017 (%)" → "nang suat"; "san luong so voi cung ky (%)" → "san luong";
//          "so sanh voi nam 2017 (%)" names no measure (nothing before "so sanh").
const MEASURE_COMPARISON = /^(.+?) (?:so sanh|so voi)(?: .*)?$/u;

/** The folded name of a measure column, its unit in brackets left off. */
function measureName(header: string): string {
  return headerKey(header.replace(BRACKETED_UNIT, ''));
}

/**
 * The measure column a comparison column is about: the one whose name (its bracketed unit left off) is the name the
 * comparison prints before "so sánh"/"so với", else the only one whose name starts with it; `null` when it names none,
 * or several.
 *
 * @example
 * measureOfComparison('Năng suất so sánh với vụ xuân năm 2017 (%)', measures)?.header // 'Năng suất (tạ/ha)'
 * measureOfComparison('So sánh với năm 2017 (%)', measures) // null
 */
export function measureOfComparison(header: string, measures: readonly Column[]): Column | null {
  const named = MEASURE_COMPARISON.exec(headerKey(header))?.[1];
  if (named === undefined) return null;
  const exact = measures.filter((m) => measureName(m.header) === named);
  const starting = measures.filter((m) => measureName(m.header).startsWith(`${named} `));
  const found = exact.length > 0 ? exact : starting;
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Whether a column is a comparison (claim or index) column. */
export function isComparisonColumn(column: Column): boolean {
  return column.role === 'claim' || column.role === 'index';
}

/**
 * The comparison columns of a table of measures, each put in the column group of the measure it names, or `null` when
 * one of them names no measure (or two comparisons name the same one): such a table is not read as one year's.
 *
 * @example
 * tiedComparisons(columns, measures)?.map((c) => c.group) // ['Năng suất (tạ/ha)']
 */
export function tiedComparisons(columns: readonly Column[], measures: readonly Column[]): Column[] | null {
  const tied: Column[] = [];
  for (const c of columns.filter(isComparisonColumn)) {
    const measure = measureOfComparison(c.header, measures);
    if (measure === null || tied.some((t) => t.group === measure.header)) return null;
    tied.push({ ...c, group: measure.header });
  }
  return tied;
}
