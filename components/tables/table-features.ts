import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  tableOptions,
  type FilterFn,
  type SortFn,
} from '@tanstack/react-table';
import { foldDiacritics, normalizeText } from '@/lib/claims/normalize-text';
import { compareVerdicts } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import type { ReportRow } from './types';

/** Per-column display settings, typed through the features registry (no global declaration merging). */
export interface ReportColumnMeta {
  /** The column's name in the visibility menu and sort labels. */
  readonly label: string;
  readonly align?: 'start' | 'end';
  /** Render the cell as the row header (`<th scope="row">`). */
  readonly rowHeader?: boolean;
}

/** The table's features: sorting, global + verdict filtering, column visibility, expandable rows. */
export const reportFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  columnMeta: metaHelper<ReportColumnMeta>(),
});

export type ReportFeatures = typeof reportFeatures;

export const reportColumnHelper = createColumnHelper<ReportFeatures, ReportRow>();

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Folded search text of a row (indicator, unit, claim, section), computed once per row object. */
const haystacks = new WeakMap<ReportRow, string>();

function haystackOf(row: ReportRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = foldDiacritics(normalizeText([row.indicator, row.unit, row.claim ?? '', row.section ?? ''].join(' ')));
    haystacks.set(row, text);
  }
  return text;
}

/**
 * The words of a search query, folded: "Ngân  Sách" → ["ngan", "sach"].
 * @example searchTokens('Ngân  Sách') // → ['ngan', 'sach']
 */
export function searchTokens(query: unknown): string[] {
  if (typeof query !== 'string') return [];
  const folded = foldDiacritics(normalizeText(query));
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Global search that ignores diacritics and case: every word of the query must appear in the
 * row's indicator, unit, claim or section ("ngan sach" finds "Thu ngân sách trên địa bàn").
 * @example useReactTable({ …, globalFilterFn: searchRows }) // then table.setGlobalFilter('ngan sach')
 */
export const searchRows: FilterFn<ReportFeatures, ReportRow> = (row, _columnId, filterValue) => {
  const tokens = searchTokens(filterValue);
  if (tokens.length === 0) return true;
  const haystack = haystackOf(row.original);
  return tokens.every((t) => haystack.includes(t));
};
searchRows.autoRemove = (value) => searchTokens(value).length === 0;

/**
 * Keeps rows whose verdict equals the filter value (a verdict code); '' keeps all.
 * @example helper.accessor('verdict', { filterFn: filterVerdict }) // then column.setFilterValue('mismatch')
 */
export const filterVerdict: FilterFn<ReportFeatures, ReportRow> = (row, _columnId, filterValue) =>
  typeof filterValue !== 'string' || filterValue === '' || row.original.verdict === filterValue;
filterVerdict.autoRemove = (value) => typeof value !== 'string' || value === '';

/**
 * Vietnamese collation with numbers in numeric order ("2" before "10").
 * @example helper.accessor('indicator', { sortFn: sortText })
 */
export const sortText: SortFn<ReportFeatures, ReportRow> = (a, b, columnId) =>
  collator.compare(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));

/**
 * Numeric order; missing values are placed by the column's `sortUndefined`.
 * @example helper.accessor((r) => r.computed, { id: 'computed', sortFn: sortNumber })
 */
export const sortNumber: SortFn<ReportFeatures, ReportRow> = (a, b, columnId) => {
  const x = a.getValue(columnId);
  const y = b.getValue(columnId);
  return (typeof x === 'number' ? x : Infinity) - (typeof y === 'number' ? y : Infinity) || 0;
};

/**
 * Worst verdict first (wrong_direction, mismatch, …, match, none).
 * @example helper.accessor('verdict', { sortFn: sortVerdict })
 */
export const sortVerdict: SortFn<ReportFeatures, ReportRow> = (a, b) =>
  compareVerdicts(a.original.verdict, b.original.verdict);

export type VerdictFilterValue = Verdict | '';

/** The table's behaviour besides its features, columns and data (shared by the component and its tests). */
export const reportTableOptions = tableOptions<ReportFeatures, ReportRow>({
  getRowId: (row) => row.key,
  getRowCanExpand: () => true,
  globalFilterFn: searchRows,
  // The search reads the whole row (see searchRows), so one column is enough to run it once per row.
  getColumnCanGlobalFilter: (column) => column.id === 'indicator',
});
