import 'server-only';
import type { Dataset } from '../../dataset/types';
import type { Recognition } from '../../upload/types';
import { partsOf, rowCountOfParts, type DatasetHead } from './dataset-parts';
import type { PreparedDataset } from './part-types';

/**
 * Cuts a built dataset into what a store writes.
 *
 * @example
 * prepareDataset(sampleDataset(id)).parts.rows.length // 3
 */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  const head: DatasetHead = { document: dataset.document };
  return {
    counts: dataset.counts,
    claimCount: dataset.claims.length,
    head: JSON.stringify(head),
    parts: partsOf(dataset),
  };
}

/**
 * Data rows of a dataset: as recognised per file, else counted in its tables.
 *
 * @example
 * rowCountOf(prepareDataset(dataset), []) // 3
 */
export function rowCountOf(prepared: PreparedDataset, recognised: readonly Recognition[]): number {
  const fromRecognised = recognised.reduce((n, r) => n + r.rowCount, 0);
  return fromRecognised > 0 ? fromRecognised : rowCountOfParts(prepared.parts);
}
