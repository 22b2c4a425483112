import type { RoleCorrection } from './apply-roles';
import { comparisonColumnSets, partColumnSets } from './comparison-columns';
import type { HeaderSpan } from './header-block';
import { mentionsIndexBase } from './note-rows';
import type { PreparedInput, ReadOptions } from './read-input';
import type { BodyLayout } from './read-table-body';
import type { Column } from './types';

/*
 * How one header block becomes the layouts of its tables (read-report-table.ts): the index base a note gives, one table
 * per column group and per comparison column, and a sheet's merged cells as header spans.
 */

/** The claim column becomes an index column when the header block says `Năm trước = 100`. */
export function withIndexBase(columns: readonly Column[], notes: readonly string[], title: string | null): readonly Column[] {
  const base = notes.length > 0 || (title !== null && mentionsIndexBase(title));
  if (!base) return columns;
  return columns.map((c) => (c.role === 'claim' ? { ...c, role: 'index' } : c));
}

/** The groups of a header whose year columns repeat under several group labels (yearbook column groups). */
export function columnGroups(columns: readonly Column[]): string[] {
  const groups: string[] = [];
  for (const c of columns) if (c.group !== undefined && !groups.includes(c.group)) groups.push(c.group);
  return groups.length >= 2 ? groups : [];
}

export function groupColumns(columns: readonly Column[], group: string): Column[] {
  return columns.map((c): Column => {
    if (c.group === undefined || c.group === group) return c;
    return { index: c.index, header: c.header, role: 'other', group: c.group };
  });
}

/**
 * The layouts with one table per comparison column (comparison-columns.ts), titled by their comparison and
 * named `file`, `file #2`… in order.
 */
export function withComparisons(layouts: readonly BodyLayout[], roles: readonly RoleCorrection[], file: string): { layout: BodyLayout; repeats: number | null }[] {
  const out: { layout: BodyLayout; repeats: number | null }[] = [];
  for (const layout of layouts) {
    const sets = comparisonColumnSets(layout.columns, roles, file).flatMap(partColumnSets);
    const first = out.length;
    sets.forEach((columns, k) => {
      // Each table is titled by its comparison, or (parts of a year without one) by its first column of values.
      const named = columns.find((c) => c.role === 'claim' || c.role === 'index') ?? columns.find((c) => c.role === 'year' || c.role === 'estimate');
      const compared = sets.length > 1 ? named?.header : undefined;
      const title = compared === undefined ? layout.title : layout.title === null ? compared : `${layout.title} — ${compared}`;
      out.push({ layout: { ...layout, columns, title }, repeats: k === 0 ? null : first });
    });
  }
  return out.map(({ layout, repeats }, n) => ({ layout: { ...layout, file: nameOfRepeated(file, n) }, repeats }));
}

/** The name withComparisons gave the `n`-th layout of a block. */
export function nameOfRepeated(file: string, n: number): string {
  return n === 0 ? file : `${file} #${n + 1}`;
}

/** Merged ranges of the sheet as header spans (0-based records), for an XLSX read. */
export function spansOf(input: PreparedInput, merges: ReadOptions['merges']): HeaderSpan[] | null {
  if (!merges) return null;
  const byLine = new Map<number, number>();
  input.lines.forEach((line, i) => byLine.set(line, i));
  return merges.flatMap((m) => {
    const record = byLine.get(m.top);
    return record === undefined || m.right <= m.left ? [] : [{ record, left: m.left - 1, right: m.right - 1 }];
  });
}
