import type { RoleCorrection } from './apply-roles';
import { headerKey } from './header-key';
import { recognizeHeader } from './recognize-columns';
import { columnPart } from './table-part';
import { findPeriodPhrases } from '../verify/reference-period';
import type { PeriodKey } from '../verify/reference-types';
import type { Column } from './types';

/** At most this many comparison columns of one table are read (each becomes a table of its own). */
const MAX_COMPARISONS = 6;

/** Whether a column is a claim or index column, or one that its header would make so. */
function isComparison(column: Column): boolean {
  if (column.role === 'claim' || column.role === 'index') return true;
  const role = recognizeHeader(column.header).role;
  return column.role === 'other' && (role === 'claim' || role === 'index');
}

/**
 * The column sets of a table that prints several comparison columns, one per comparison: a plan form's
 * "So sánh (%) TH 2023/KH 2023" and "So sánh (%) TH 2023/TH 2022" are two claims about every row. Each set
 * keeps one comparison column in its role and makes the others `other`, so each reads as a table with one
 * claim column (a row holds one claim). A table with one comparison column, or none, gives its columns
 * unchanged. A column the user gave a role is left as the user said.
 *
 * @example
 * comparisonColumnSets(buildColumns(['Chỉ tiêu', 'Năm 2022', 'Kế hoạch 2023', 'Năm 2023', 'TH/KH (%)', '2023 so với 2022 (%)'])).length // 2
 */
export function comparisonColumnSets(columns: readonly Column[], corrections: readonly RoleCorrection[] = [], table = ''): readonly (readonly Column[])[] {
  const chosen = new Set(corrections.filter((c) => c.table === table).map((c) => c.column));
  const first = columns.find((c) => c.role === 'claim' || c.role === 'index');
  if (first === undefined) return [columns];
  // Another group's columns (a yearbook's indicator groups, made `other` by groupColumns) are not this table's.
  const comparisons = columns
    .filter((c) => isComparison(c) && c.group === first.group && (c.role !== 'other' || !chosen.has(c.index)))
    .slice(0, MAX_COMPARISONS);
  if (comparisons.length < 2) return [columns];
  return comparisons.map((kept) =>
    columns.map((c): Column => {
      if (c.index === kept.index) return c.role === 'other' ? { ...c, role: recognizeHeader(c.header).role } : c;
      return comparisons.some((o) => o.index === c.index) ? { ...c, role: 'other' } : c;
    }),
  );
}

// Grammar (folded): earlier-part-base := "thang truoc" | "quy truoc" | "ky truoc" — a base earlier in the same year.
// Example: "thang 10 so voi thang truoc (%)" compares two months of one year.
const EARLIER_PART_BASE = /thang truoc|quy truoc|ky truoc/;

function isValueColumn(column: Column): boolean {
  return (column.role === 'year' || column.role === 'estimate') && column.year !== undefined;
}

function hasSharedYear(columns: readonly Column[]): boolean {
  const years = columns.filter(isValueColumn).map((c) => c.year);
  return new Set(years).size < years.length;
}

/** Whether the value columns speak of different parts of a year (a whole year beside nine months, or two months). */
function hasMixedParts(columns: readonly Column[]): boolean {
  return new Set(columns.filter(isValueColumn).map(columnPart).filter((p) => p !== null)).size > 1;
}

/** Whether a comparison's base is another part of the year it names ("Tháng 10/2023 so với tháng 9/2023", "so với tháng trước"). */
function comparesWithinYear(header: string): boolean {
  const [to, from] = findPeriodPhrases(header);
  if (EARLIER_PART_BASE.test(headerKey(header))) return true;
  return to !== undefined && from !== undefined && from.key !== to.key && (from.year === null || from.year === to.year);
}

/** The part of the year a comparison reads: the one its header names, else that of the nearest value column left of it. */
function columnPartComparison(columns: readonly Column[], comparison: Column): PeriodKey {
  const named = findPeriodPhrases(comparison.header)[0];
  if (named !== undefined) return named.key;
  const left = columns.filter((c) => isValueColumn(c) && c.index < comparison.index).at(-1);
  return left?.part ?? '';
}

function keepPart(columns: readonly Column[], part: PeriodKey): Column[] {
  return columns.map((c): Column => {
    const own = isValueColumn(c) ? columnPart(c) : part;
    return own !== null && own !== part ? { index: c.index, header: c.header, role: 'other' } : c;
  });
}

/**
 * The column sets of a table whose value columns speak of different parts of a year (a monthly report: "Thực hiện
 * tháng 9 năm 2023", "Ước tính tháng 10 năm 2023", "Lũy kế 10 tháng năm 2023"; or the whole of 2022 beside nine months
 * of 2023). A comparison reads the columns of the part it names ("Tháng 10/2023 so với cùng kỳ năm trước (%)": the
 * October column, against October of the year before, which the table does not print; never nine months against a
 * whole year); without a comparison, each part is a table of its own. A "Cùng kỳ năm 2022" column goes with every
 * part. A comparison with another part of the same year ("so với tháng trước") has no year of its own to compare: it
 * is kept as an `other` column. A table of one part of the year gives its columns unchanged.
 *
 * @example
 * partColumnSets(buildColumns(['Chỉ tiêu', 'Thực hiện tháng 9 năm 2023', 'Lũy kế 10 tháng năm 2023'])).length // 2
 */
export function partColumnSets(columns: readonly Column[]): readonly (readonly Column[])[] {
  if (!hasMixedParts(columns)) return [columns];
  const comparison = columns.find((c) => c.role === 'claim' || c.role === 'index');
  if (comparison !== undefined && !comparesWithinYear(comparison.header)) {
    const kept = keepPart(columns, columnPartComparison(columns, comparison));
    return hasSharedYear(kept) ? [columns] : [kept];
  }
  const unchecked = columns.map((c): Column => (c === comparison ? { index: c.index, header: c.header, role: 'other' } : c));
  const parts = [...new Set(unchecked.filter(isValueColumn).map(columnPart).filter((p): p is PeriodKey => p !== null))];
  const sets = parts.map((part) => keepPart(unchecked, part));
  return sets.some(hasSharedYear) ? [columns] : sets;
}
