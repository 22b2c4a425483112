import type { ReportTable } from '../tables/types';
import type { RowResult } from '../verify/result';
import { slugify } from './slugify';

/*
 * Report tables break each total down under it, with the same names under every total: "Nam", "Nữ", "Thành thị",
 * "Nông thôn" under "Dân số trung bình" and again under "Lực lượng lao động". Read by name alone, the men of the
 * population and the men of the labour force were one series, with two values a year: the chart showed one and
 * listed the claims of both.
 */

// Grammar: numbering := ( digit+ | roman | one lower-case letter ) ( "." | ")" ) space+, at the start
// Example: "1. Dân số trung bình" → "Dân số trung bình"; "II. Xã hội" → "Xã hội"; "a) Nông nghiệp" → "Nông nghiệp".
const NUMBERING = /^\s*(?:\d{1,2}|[IVXLC]{1,6}|\p{Ll})[.)]\s+/u;

function hasValue(row: ReportTable['rows'][number]): boolean {
  return Object.values(row.values).some((cell) => cell.parsed.ok);
}

/** The slugs printed by several rows with a different value for one year (rows with a `Mã chỉ tiêu` are told apart by it). */
function repeatedSlugs(table: ReportTable, results: readonly RowResult[]): Set<string> {
  const seen = new Map<string, Map<number, number>>();
  const repeated = new Set<string>();
  table.rows.forEach((row, i) => {
    if (results[i]?.indicatorId) return;
    const slug = slugify(row.indicator);
    const years = seen.get(slug) ?? new Map<number, number>();
    for (const [year, cell] of Object.entries(row.values)) {
      if (!cell.parsed.ok) continue;
      const before = years.get(Number(year));
      if (before !== undefined && before !== cell.parsed.value) repeated.add(slug);
      years.set(Number(year), cell.parsed.value);
    }
    seen.set(slug, years);
  });
  return repeated;
}

/**
 * Each row's series name: `null` for a row read by its own name, else the name under the row it breaks down ("Nam (Dân
 * số trung bình)"), the nearest row above it with values whose name the table does not repeat.
 *
 * @example
 * seriesNamesOf(table, results) // [null, null, 'Nam (Dân số trung bình)', 'Nữ (Dân số trung bình)', null, 'Nam (Lực lượng lao động)', …]
 */
export function seriesNamesOf(table: ReportTable, results: readonly RowResult[]): (string | null)[] {
  const repeated = repeatedSlugs(table, results);
  if (repeated.size === 0) return table.rows.map(() => null);
  let parent: string | null = null;
  return table.rows.map((row, i) => {
    const slug = slugify(row.indicator);
    if (!repeated.has(slug) || results[i]?.indicatorId) {
      if (hasValue(row)) parent = row.indicator.replace(NUMBERING, '').trim();
      return null;
    }
    return parent === null ? null : `${row.indicator} (${parent})`;
  });
}
