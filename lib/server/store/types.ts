import type { Dataset } from '../../dataset/types';
import type { DatasetSummary, Recognition, StoredFileInfo, UploadFormat } from '../../upload/types';

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

/** What a check produced: the dataset the pages render and what was recognised per file. */
export interface CheckedContent {
  /** Built with the dataset's store id (`buildDataset(id, …)`). */
  readonly dataset: Dataset;
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

/**
 * Where uploaded datasets live. The embedded SQLite store implements it today; the methods
 * return promises so that a networked database (PostgreSQL, for several servers) can replace it
 * without the callers changing. Every write is atomic: a dataset is stored whole or not at all.
 */
export interface DatasetStore {
  /** Stores the files, the checked dataset and its summary in one transaction. */
  create(input: NewDataset): Promise<DatasetSummary>;
  /** Every dataset, newest first, without the checked rows. */
  list(): Promise<DatasetSummary[]>;
  get(id: string): Promise<StoredDataset | null>;
  /** The original files with their bytes, in upload order; null for an unknown id. */
  files(id: string): Promise<StoredFile[] | null>;
  /** Replaces the check results (after a recheck) in one transaction; null for an unknown id. */
  replaceCheck(id: string, content: CheckedContent): Promise<DatasetSummary | null>;
  rename(id: string, name: string): Promise<DatasetSummary | null>;
  /** True when the dataset existed and is now gone, with its files. */
  delete(id: string): Promise<boolean>;
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
