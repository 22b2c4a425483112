import 'server-only';
import type { VerdictCounts } from '../../dataset/types';
import type { PackedTexts } from './packed-texts';

/*
 * What a store writes for a dataset: its parts (dataset-parts.ts cuts them) and the summary's figures.
 */

/** One `dataset_tables` row: the table without its rows, and its counts. */
export interface TablePart {
  readonly position: number;
  readonly tableId: string;
  readonly rowCount: number;
  readonly claimCount: number;
  readonly json: string;
}

/** One `dataset_rows` row: where the row sits, its claim position and severity, and its JSON. */
export interface RowPart {
  readonly tablePosition: number;
  readonly position: number;
  readonly line: number;
  /** Its place among the dataset's claims; null for a row that claims nothing. */
  readonly claimPosition: number | null;
  readonly severity: number;
  readonly indicatorId: string;
  readonly json: string;
}

/** One `dataset_indicators` row: the indicator without its claims (they are rows). */
export interface IndicatorPart {
  readonly indicatorId: string;
  readonly position: number;
  readonly name: string;
  readonly json: string;
}

/** Every `dataset_rows` row of a dataset, column by column (row `i` is `rowPartAt(rows, i)`). */
export interface RowParts {
  readonly tablePosition: Uint32Array;
  readonly position: Uint32Array;
  readonly line: Uint32Array;
  /** NO_CLAIM for a row that claims nothing. */
  readonly claimPosition: Int32Array;
  readonly severity: Uint8Array;
  readonly indicatorIds: PackedTexts;
  readonly jsons: PackedTexts;
}

/** Every `dataset_indicators` row of a dataset, column by column; the position is the index. */
export interface IndicatorParts {
  readonly indicatorIds: PackedTexts;
  readonly names: PackedTexts;
  readonly jsons: PackedTexts;
}

/** A dataset cut into what every store writes: plain numbers and packed texts, cheap to hand between threads. */
export interface DatasetParts {
  readonly tables: readonly TablePart[];
  readonly rows: RowParts;
  readonly indicators: IndicatorParts;
}

/**
 * A checked dataset as every store writes it: the summary's counts, the head (`datasets.dataset_json`)
 * and the parts as JSON texts. Plain strings and numbers, so the worker that checked an upload makes it
 * and hands it over cheaply (a structured clone of texts, not of a hundred thousand row objects), and
 * the server's thread only writes it.
 */
export interface PreparedDataset {
  readonly counts: VerdictCounts;
  readonly claimCount: number;
  /** What `datasets.dataset_json` holds: the document only. */
  readonly head: string;
  readonly parts: DatasetParts;
}

