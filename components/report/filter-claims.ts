import { seriesKeyOf } from '@/lib/dataset/series-key';
import type { IndicatorView, RowView, TableView } from '@/lib/dataset/types';
import { compareVerdicts } from '@/lib/verify/labels';
import { VERDICTS, type Verdict } from '@/lib/verify/types';

/** The report's filters, read from the URL (`?verdict=&table=&indicator=`); `null` = all. */
export interface ReportFilters {
  readonly verdict: Verdict | null;
  readonly table: string | null;
  readonly indicator: string | null;
}

export type SearchParamsRecord = Readonly<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
}

function isVerdict(value: string): value is Verdict {
  return (VERDICTS as readonly string[]).includes(value);
}

/**
 * Reads the filters from search params. An unknown verdict code is ignored (shows all), so an old
 * or mistyped link still opens the report.
 *
 * @example
 * readFilters({ verdict: 'mismatch', table: '' }) // { verdict: 'mismatch', table: null, indicator: null }
 */
export function readFilters(params: SearchParamsRecord): ReportFilters {
  const verdict = first(params.verdict);
  return {
    verdict: verdict !== null && isVerdict(verdict) ? verdict : null,
    table: first(params.table),
    indicator: first(params.indicator),
  };
}

/**
 * The indicator id a claim belongs to: its `Mã chỉ tiêu`, else the slug of its name (as the dataset builds it).
 *
 * @example
 * claimIndicatorId({ indicatorId: null, indicator: 'Tỷ lệ hộ nghèo' }) // 'ty-le-ho-ngheo'
 */
export function claimIndicatorId(row: Pick<RowView, 'indicatorId' | 'indicator' | 'seriesName'>): string {
  return seriesKeyOf(row);
}

/**
 * The claims that pass the filters, worst verdict first; ties keep the document's order.
 *
 * @example
 * filterClaims(dataset.claims, { verdict: null, table: null, indicator: null })[0].verdict // 'wrong_direction'
 */
export function filterClaims(claims: readonly RowView[], filters: ReportFilters): RowView[] {
  return claims
    .filter(
      (r) =>
        (filters.verdict === null || r.verdict === filters.verdict) &&
        (filters.table === null || r.tableId === filters.table) &&
        (filters.indicator === null || claimIndicatorId(r) === filters.indicator),
    )
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
    .map((x) => x.row);
}

export interface FilterOption<T extends string = string> {
  readonly value: T;
  readonly label: string;
  readonly count: number;
}

export interface ReportFilterOptions {
  readonly verdicts: readonly FilterOption<Verdict>[];
  readonly tables: readonly FilterOption[];
  readonly indicators: readonly FilterOption[];
}

function tally<K>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * The choices of the three filters, each with how many claims it holds: verdicts worst first,
 * tables in document order, indicators by name.
 *
 * @example
 * buildFilterOptions(dataset.claims, dataset.tables, dataset.indicators, (v) => v).verdicts[0]
 * // { value: 'wrong_direction', label: 'wrong_direction', count: 1 }
 */
export function buildFilterOptions(
  claims: readonly RowView[],
  tables: readonly Pick<TableView, 'id' | 'title'>[],
  indicators: readonly Pick<IndicatorView, 'id' | 'name'>[],
  verdictLabel: (v: Verdict) => string,
): ReportFilterOptions {
  const byVerdict = tally(claims.map((r) => r.verdict));
  const byTable = tally(claims.map((r) => r.tableId));
  const byIndicator = tally(claims.map(claimIndicatorId));
  const names = new Map(indicators.map((i) => [i.id, i.name]));
  const rowNames = new Map(claims.map((r) => [claimIndicatorId(r), r.seriesName ?? r.indicator]));
  return {
    verdicts: [...byVerdict.entries()]
      .sort((a, b) => compareVerdicts(a[0], b[0]))
      .map(([value, count]) => ({ value, label: verdictLabel(value), count })),
    tables: tables
      .filter((t) => byTable.has(t.id))
      .map((t) => ({ value: t.id, label: t.title, count: byTable.get(t.id) ?? 0 })),
    indicators: [...byIndicator.entries()]
      .map(([value, count]) => ({ value, label: names.get(value) ?? rowNames.get(value) ?? value, count }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  };
}
