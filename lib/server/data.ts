import 'server-only';
import type { Dataset, IndicatorView, TableView } from '../dataset/types';
import { getBundledDataset } from './bundled-dataset';

/**
 * The one data façade the pages use. Today it serves the bundled dataset; uploaded datasets
 * plug in here (by id) without the pages changing.
 *
 * @example
 * getDataset().tables.length // 4
 */
export function getDataset(id?: string): Dataset | null {
  if (id === undefined || id === 'cao-bang') return getBundledDataset();
  return null;
}

export function getTable(dataset: Dataset, id: string): TableView | null {
  return dataset.tables.find((t) => t.id === id) ?? null;
}

export function getIndicator(dataset: Dataset, id: string): IndicatorView | null {
  return dataset.indicators.find((i) => i.id === id) ?? null;
}
