import 'server-only';
import type { Dataset, IndicatorView, TableView } from '../dataset/types';
import type { DatasetSummary } from '../upload/types';
import { BUNDLED_DATASET_ID, getBundledDataset } from './bundled-dataset';
import { isDatasetId } from './store/dataset-id';
import { getStore } from './store/default-store';

/**
 * The one data façade the pages use: the bundled dataset by default (or by its id `cao-bang`),
 * an uploaded dataset by its store id. An unknown or malformed id gives null (the page 404s).
 * Synchronous because the embedded store is; `loadDataset` is the same through the store
 * interface, for a store that needs await.
 *
 * @example
 * getDataset().tables.length // 4
 * getDataset('3f2b8c0e9d7a4b1c8e5f6a7b8c9d0e1f')?.document.title // 'Báo cáo quý 1'
 */
export function getDataset(id?: string): Dataset | null {
  if (id === undefined || id === BUNDLED_DATASET_ID) return getBundledDataset();
  if (!isDatasetId(id)) return null;
  return getStore().getSync(id)?.dataset ?? null;
}

/**
 * getDataset through the DatasetStore interface (works with any store implementation).
 *
 * @example
 * await loadDataset(searchParams.ds) // Dataset | null
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
