import 'server-only';
import type { Dataset, DocumentMeta, IndicatorView, RowView, TableView, VerdictCounts } from '../dataset/types';
import type { DatasetSummary } from '../upload/types';
import { compareVerdicts } from '../verify/labels';
import { BUNDLED_DATASET_ID, getBundledDataset } from './bundled-dataset';
import { isDatasetId } from './store/dataset-id';
import { getStore } from './store/default-store';
import type { IndicatorWindow, RowRange, RowWindow, TableOutline } from './store/types';

/**
 * What a page reads from a dataset, the bundled one or an upload: the outline at once, rows by
 * window. A page never holds a whole uploaded dataset, however large.
 */
export interface DatasetReader {
  readonly id: string;
  readonly document: DocumentMeta;
  readonly tables: readonly TableOutline[];
  readonly counts: VerdictCounts;
  readonly claimCount: number;
  /** Present for an uploaded dataset. */
  readonly summary: DatasetSummary | null;
  tableRows(tableId: string, range: RowRange): Promise<RowWindow | null>;
  /** The 0-based position in its table of the row on file line `line`, or null. */
  rowPosition(tableId: string, line: number): Promise<number | null>;
  /** Checked claims, worst verdict first. */
  findings(range: RowRange): Promise<RowWindow>;
  indicator(indicatorId: string, claims: RowRange): Promise<IndicatorWindow | null>;
  knownIndicators(indicatorIds: readonly string[]): Promise<ReadonlySet<string>>;
}

function windowOf(rows: readonly RowView[], range: RowRange): RowWindow {
  const offset = Math.max(0, Math.floor(range.offset));
  return { rows: rows.slice(offset, offset + Math.max(1, Math.floor(range.limit))), total: rows.length, offset };
}

function outlineOfTable({ rows, ...table }: TableView): TableOutline {
  return { ...table, rowCount: rows.length, claimCount: rows.filter((r) => r.verdict !== 'none').length };
}

/**
 * A reader over a dataset held in memory (the bundled report, a few hundred rows).
 *
 * @example
 * await memoryReader(getBundledDataset()).findings({ offset: 0, limit: 5 }) // the 5 worst claims
 */
export function memoryReader(dataset: Dataset): DatasetReader {
  const worstFirst = dataset.claims
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
    .map((x) => x.row);
  const indicators = new Map<string, IndicatorView>(dataset.indicators.map((i) => [i.id, i]));
  return {
    id: dataset.id,
    document: dataset.document,
    tables: dataset.tables.map(outlineOfTable),
    counts: dataset.counts,
    claimCount: dataset.claims.length,
    summary: null,
    tableRows: async (tableId, range) => {
      const table = dataset.tables.find((t) => t.id === tableId);
      return table ? windowOf(table.rows, range) : null;
    },
    rowPosition: async (tableId, line) => {
      const index = dataset.tables.find((t) => t.id === tableId)?.rows.findIndex((r) => r.row === line) ?? -1;
      return index >= 0 ? index : null;
    },
    findings: async (range) => windowOf(worstFirst, range),
    indicator: async (indicatorId, range) => {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return null;
      const claims = windowOf(indicator.claims, range);
      return { indicator: { ...indicator, claims: claims.rows }, claims };
    },
    knownIndicators: async (ids) => new Set(ids.filter((id) => indicators.has(id))),
  };
}

/**
 * Opens a dataset for a page: the bundled one by default (or by its id `cao-bang`), an uploaded
 * one by its store id, through the DatasetStore interface. An unknown or malformed id gives null
 * (the page 404s); a storage fault rejects with a StorageError.
 *
 * @example
 * const reader = await openDataset(searchParams.ds);
 * await reader?.tableRows('bang-2', { offset: 0, limit: 200 }) // { rows, total, offset }
 */
export async function openDataset(id?: string): Promise<DatasetReader | null> {
  if (id === undefined || id === BUNDLED_DATASET_ID) return memoryReader(getBundledDataset());
  if (!isDatasetId(id)) return null;
  const store = getStore();
  const outline = await store.outline(id);
  if (!outline) return null;
  return {
    id,
    document: outline.document,
    tables: outline.tables,
    counts: outline.summary.counts,
    claimCount: outline.summary.claimCount,
    summary: outline.summary,
    tableRows: (tableId, range) => store.tableRows(id, tableId, range),
    rowPosition: (tableId, line) => store.rowPosition(id, tableId, line),
    findings: async (range) => (await store.findings(id, range)) ?? { rows: [], total: 0, offset: 0 },
    indicator: (indicatorId, range) => store.indicator(id, indicatorId, range),
    knownIndicators: (ids) => store.knownIndicators(id, ids),
  };
}

/**
 * The bundled dataset, whole (it is small and read once per process).
 *
 * @example
 * getDataset().tables.length // 4
 */
export function getDataset(): Dataset {
  return getBundledDataset();
}

/**
 * A whole dataset, every row (exports, prose comparison, the API detail): the bundled one by
 * default, an uploaded one through the store interface; null for an unknown id.
 *
 * @example
 * await loadDataset('3f2b8c0e9d7a4b1c8e5f6a7b8c9d0e1f') // Dataset | null
 */
export async function loadDataset(id?: string): Promise<Dataset | null> {
  if (id === undefined || id === BUNDLED_DATASET_ID) return getBundledDataset();
  if (!isDatasetId(id)) return null;
  return (await getStore().get(id))?.dataset ?? null;
}

/**
 * Every uploaded dataset, newest first (name, date, verdict counts), for lists.
 *
 * @example
 * (await listUploadedDatasets())[0]?.counts.mismatch // 1
 */
export async function listUploadedDatasets(): Promise<DatasetSummary[]> {
  return getStore().list();
}

/**
 * The dataset's table with this id, or null.
 * @example getTable(dataset, 'bang-2-2009-2022')?.title // → "Bảng 2…"
 */
export function getTable(dataset: Dataset, id: string): TableView | null {
  return dataset.tables.find((t) => t.id === id) ?? null;
}

/**
 * The dataset's indicator with this id, or null.
 * @example getIndicator(dataset, 'khong-co') // → null
 */
export function getIndicator(dataset: Dataset, id: string): IndicatorView | null {
  return dataset.indicators.find((i) => i.id === id) ?? null;
}
