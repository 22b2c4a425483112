import type { Dataset, DocumentMeta, IndicatorView, RowView, TableView } from '../../dataset/types';
import type { DatasetSummary, Recognition, StoredFileInfo, UploadFormat } from '../../upload/types';
import type { SavedRole } from '../../tables/header-signature';
import type { StoreHealth } from './storage-fault';
import type { PreparedDataset } from './part-types';

/** An original file as uploaded, kept so the dataset can be checked again when the engine improves. */
export interface StoredFile extends StoredFileInfo {
  readonly bytes: Uint8Array;
}

/** A file handed to the store: the hash and size are computed by the store. */
export interface NewFile {
  readonly name: string;
  readonly format: UploadFormat;
  readonly sheet: string | null;
  readonly bytes: Uint8Array;
}

/** What a check produced: the dataset the pages render, cut into what a store writes, and what was recognised per file. */
export interface CheckedContent {
  /** `prepareDataset(buildDataset(id, …))`, built with the dataset's store id. */
  readonly prepared: PreparedDataset;
  readonly recognised: readonly Recognition[];
}

export interface NewDataset extends CheckedContent {
  /** A fresh id from `newDatasetId()`. */
  readonly id: string;
  readonly name: string;
  readonly files: readonly NewFile[];
  /** Defaults to now. */
  readonly createdAt?: Date;
}

export interface StoredDataset {
  readonly summary: DatasetSummary;
  /** The checked dataset, with `document.title` set to the current name. */
  readonly dataset: Dataset;
}

/** A table without its rows, with how many rows and claims it has. */
export interface TableOutline extends Omit<TableView, 'rows'> {
  readonly rowCount: number;
  readonly claimCount: number;
}

/** Everything about a dataset but its rows and indicators: what a page header needs. */
export interface DatasetOutline {
  readonly summary: DatasetSummary;
  /** With `title` set to the current name. */
  readonly document: DocumentMeta;
  readonly tables: readonly TableOutline[];
  readonly indicatorCount: number;
}

/** A role correction saved with a dataset, found by the header signature of a later upload. */
export interface SavedCorrection {
  /** The folded header it was made on (lib/tables/header-signature.ts). */
  readonly signature: string;
  /** The dataset it was saved with, and that dataset's current name. */
  readonly dataset: string;
  readonly name: string;
  readonly roles: readonly SavedRole[];
  /** How many header rows the user chose (the signature is then that of the raw rows), or null for roles only. */
  readonly headerRows: number | null;
}

/** Which rows to read: `limit` rows after skipping `offset`. */
export interface RowRange {
  readonly offset: number;
  readonly limit: number;
}

/** A window of rows and how many there are in all. */
export interface RowWindow {
  readonly rows: readonly RowView[];
  readonly total: number;
  readonly offset: number;
}

/** An indicator with a window of its claims (`indicator.claims` holds only the window). */
export interface IndicatorWindow {
  readonly indicator: IndicatorView;
  readonly claims: RowWindow;
}

/**
 * Where uploaded datasets live. The embedded SQLite store implements it today; the methods
 * return promises so that a networked database (PostgreSQL, for several servers) can replace it
 * without the callers changing. Every write is atomic: a dataset is stored whole or not at all.
 * Rows are stored one by one, so a page reads a window of a large dataset, never all of it.
 *
 * A method that cannot reach the storage (corrupt file, read-only, disk full) rejects with a
 * `StorageError` (see storage-fault.ts); the API answers it with 503.
 */
export interface DatasetStore {
  /** Stores the files, the checked dataset and its summary in one transaction. */
  create(input: NewDataset): Promise<DatasetSummary>;
  /** Every dataset, newest first, without the checked rows. */
  list(): Promise<DatasetSummary[]>;
  /** The whole dataset (every row): for the API detail, exports and prose comparison. */
  get(id: string): Promise<StoredDataset | null>;
  /** Summary, document and table outlines, without rows; null for an unknown id. */
  outline(id: string): Promise<DatasetOutline | null>;
  /** A window of one table's rows in table order; null for an unknown dataset or table. */
  tableRows(id: string, tableId: string, range: RowRange): Promise<RowWindow | null>;
  /** Where the row printed on file line `line` sits in its table (0-based); null when absent. */
  rowPosition(id: string, tableId: string, line: number): Promise<number | null>;
  /** A window of the checked claims, worst verdict first, then in table order. */
  findings(id: string, range: RowRange): Promise<RowWindow | null>;
  /** One indicator with a window of its claims; null when unknown. */
  indicator(id: string, indicatorId: string, claims: RowRange): Promise<IndicatorWindow | null>;
  /** Every indicator's series (points, names, warnings) without its claims, in dataset order; null when unknown. */
  series(id: string): Promise<IndicatorView[] | null>;
  /** Which of these indicator ids the dataset has (for links from a window of rows). */
  knownIndicators(id: string, indicatorIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** The original files with their bytes, in upload order; null for an unknown id. */
  files(id: string): Promise<StoredFile[] | null>;
  /**
   * The newest saved role corrections for these header signatures (at most one each). A dataset's
   * corrections are saved with it (`create`, `replaceCheck`: every recognised table with `roles`
   * and a `headerKey`) and deleted with it.
   */
  savedCorrections(signatures: readonly string[]): Promise<SavedCorrection[]>;
  /** Replaces the check results (after a recheck) in one transaction; null for an unknown id. */
  replaceCheck(id: string, content: CheckedContent): Promise<DatasetSummary | null>;
  rename(id: string, name: string): Promise<DatasetSummary | null>;
  /** True when the dataset existed and is now gone, with its files. */
  delete(id: string): Promise<boolean>;
  /** Reads and writes a probe: `{ ok: true }` or the fault that stops the store. */
  health(): Promise<StoreHealth>;
  /** The fault found at start-up (integrity check) or by the last failed operation, else null. */
  fault(): Promise<StoreHealth>;
  /** Checkpoints the journal into the main file and closes (clean shutdown). */
  close(): void;
}

/** One more request counted in a client's current window. */
export interface RateLimitHit {
  /** Requests counted in this window, this one included. */
  readonly count: number;
  /** When the window ends (ms since the epoch): the counter starts again at 0 then. */
  readonly windowEndsAt: number;
}

/**
 * Where rate-limit counters live: in the store, so that several servers on one database share
 * them. Fixed windows of `windowMs`, aligned on the epoch.
 */
export interface RateLimitStore {
  /** Counts one request of `client` in `bucket` at `now` (ms since the epoch). */
  countHit(bucket: string, client: string, windowMs: number, now: number): Promise<RateLimitHit>;
}
