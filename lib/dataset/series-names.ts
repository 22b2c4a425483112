import { measureGroupOf } from '../tables/measure-group';
import type { ReportTable } from '../tables/types';
import type { CheckedTable } from '../verify/check-files';
import type { RowResult } from '../verify/result';
import { slugify } from './slugify';

/*
 * Report tables break each total down under it, with the same names under every total: "Nam", "Nữ", "Thành thị",
 * "Nông thôn" under "Dân số trung bình" and again under "Lực lượng lao động". Read by name alone, the men of the
 * population and the men of the labour force were one series, with two values a year: the chart showed one and
 * listed the claims of both.
 *
 * Yearbooks print one list of names under several measures: "Lúa", "Ngô" under "Diện tích (Ha)" and again under
 * "Sản lượng (Tấn)", read as one table per measure. By name alone the rice area and the rice output were one series,
 * and the chart kept the area and dropped the output.
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
 * số trung bình)"), the nearest row above it with values whose name the table does not repeat, else its section.
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
    // Repeated before any row it could break down, a name is told apart by its section ("Diện tích (ha)" under the
    // group label "Huyện Con Cuông").
    const under = parent ?? row.section;
    return under === null ? null : `${row.indicator} (${under})`;
  });
}

// Grammar: unit-note := space* "(" non-paren+ ")" space* end — the unit a measure is printed in
// Example: "Sản lượng (Tấn)" → "Sản lượng"; "Diện tích (nghìn ha)" → "Diện tích".
const UNIT_NOTE = /\s*\([^()]+\)\s*$/u;

/** The measure every value column of a table is grouped under ("Sản lượng (Tấn)" → "Sản lượng"), else `null`. */
function measureOf(table: ReportTable): string | null {
  const group = measureGroupOf(table);
  if (group === null) return null;
  const measure = group.replace(UNIT_NOTE, '').trim();
  return measure === '' ? group : measure;
}

/**
 * Each row's series name in every table of a dataset, in table order: seriesNamesOf's, and for a name printed in
 * several tables under different measures, the name with its table's measure ("Lúa (Sản lượng)"). `null` keeps the
 * row's own name.
 *
 * @example
 * datasetSeriesNamesOf(outcome.tables) // [[null, …], ['Lúa (Diện tích)', …], ['Lúa (Sản lượng)', …]]
 */
export function datasetSeriesNamesOf(checked: readonly CheckedTable[]): (string | null)[][] {
  const named = checked.map((c) => seriesNamesOf(c.table, c.results));
  const measures = checked.map((c) => measureOf(c.table));
  const nameAt = (t: number, r: number): string => named[t]?.[r] ?? checked[t]?.table.rows[r]?.indicator ?? '';
  // The measures each name has values under, over the tables of the dataset.
  const measuresOf = new Map<string, Set<string>>();
  checked.forEach((c, t) => {
    const measure = measures[t];
    if (measure === null || measure === undefined) return;
    c.table.rows.forEach((row, r) => {
      if (c.results[r]?.indicatorId || row.levelOf !== undefined || !hasValue(row)) return;
      const slug = slugify(nameAt(t, r));
      const seen = measuresOf.get(slug) ?? new Set<string>();
      seen.add(measure);
      measuresOf.set(slug, seen);
    });
  });
  const withMeasures = checked.map((c, t) =>
    c.table.rows.map((_row, r) => {
      const own = named[t]?.[r] ?? null;
      const measure = measures[t];
      if (measure === null || measure === undefined || c.results[r]?.indicatorId) return own;
      const name = nameAt(t, r);
      return (measuresOf.get(slugify(name))?.size ?? 0) > 1 ? `${name} (${measure})` : own;
    }),
  );
  // A row that checks an index against another row's values is of that row's series ("Lúa cả năm (2021/2020)").
  return checked.map((c, t) =>
    c.table.rows.map((row, r) => {
      const own = withMeasures[t]?.[r] ?? null;
      if (row.levelOf === undefined || c.results[r]?.indicatorId) return own;
      const level = c.table.rows.findIndex((other) => other.levelOf === undefined && other.indicator === row.levelOf);
      return (level < 0 ? null : withMeasures[t]?.[level]) ?? row.levelOf;
    }),
  );
}
