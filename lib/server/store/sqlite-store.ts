import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Dataset, VerdictCounts } from '../../dataset/types';
import type { DatasetSummary, Recognition, StoredFileInfo, UploadFormat } from '../../upload/types';
import { migrate } from './migrations';
import type {
  CheckedContent,
  DatasetStore,
  NewDataset,
  RateLimitHit,
  RateLimitStore,
  StoredDataset,
  StoredFile,
} from './types';

/** Rate-limit rows whose window started longer ago than this are deleted (ms). */
const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;
/** How often the old rate-limit rows are swept (ms). */
const RATE_LIMIT_SWEEP_MS = 60 * 60 * 1000;

/** How long a writer waits for another process's lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 10_000;

interface DatasetRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  checked_at: string;
  counts_json: string;
  claim_count: number;
  row_count: number;
  recognised_json: string;
}

interface FileRow {
  dataset_id: string;
  position: number;
  name: string;
  format: string;
  sheet: string | null;
  size: number;
  sha256: string;
}

interface FileBytesRow extends FileRow {
  bytes: Buffer;
}

const SUMMARY_COLUMNS =
  'id, name, created_at, updated_at, checked_at, counts_json, claim_count, row_count, recognised_json';
const FILE_COLUMNS = 'dataset_id, position, name, format, sheet, size, sha256';

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toFormat(format: string): UploadFormat {
  return format === 'xlsx' ? 'xlsx' : 'csv';
}

function fileInfo(row: FileRow): StoredFileInfo {
  return { name: row.name, format: toFormat(row.format), sheet: row.sheet, size: row.size, sha256: row.sha256 };
}

function rowCountOf(dataset: Dataset, recognised: readonly Recognition[]): number {
  const fromRecognised = recognised.reduce((n, r) => n + r.rowCount, 0);
  return fromRecognised > 0 ? fromRecognised : dataset.tables.reduce((n, t) => n + t.rows.length, 0);
}

/** Every statement the store runs, prepared once per connection. */
function prepareStatements(db: Database.Database) {
  return {
    insertDataset: db.prepare(
      `INSERT INTO datasets (id, name, created_at, updated_at, checked_at, counts_json, claim_count, row_count, recognised_json, dataset_json)
       VALUES (@id, @name, @createdAt, @createdAt, @createdAt, @counts, @claimCount, @rowCount, @recognised, @dataset)`,
    ),
    insertFile: db.prepare(
      `INSERT INTO dataset_files (dataset_id, position, name, format, sheet, size, sha256, bytes)
       VALUES (@datasetId, @position, @name, @format, @sheet, @size, @sha256, @bytes)`,
    ),
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets ORDER BY created_at DESC, id`),
    listFiles: db.prepare(`SELECT ${FILE_COLUMNS} FROM dataset_files ORDER BY dataset_id, position`),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE id = ?`),
    datasetJson: db.prepare('SELECT dataset_json FROM datasets WHERE id = ?').pluck(),
    filesOf: db.prepare(`SELECT ${FILE_COLUMNS} FROM dataset_files WHERE dataset_id = ? ORDER BY position`),
    fileBytesOf: db.prepare(
      `SELECT ${FILE_COLUMNS}, bytes FROM dataset_files WHERE dataset_id = ? ORDER BY position`,
    ),
    rename: db.prepare('UPDATE datasets SET name = ?, updated_at = ? WHERE id = ?'),
    replaceCheck: db.prepare(
      `UPDATE datasets SET checked_at = @checkedAt, updated_at = @checkedAt, counts_json = @counts,
         claim_count = @claimCount, row_count = @rowCount, recognised_json = @recognised, dataset_json = @dataset
       WHERE id = @id`,
    ),
    delete: db.prepare('DELETE FROM datasets WHERE id = ?'),
    countHit: db.prepare(
      `INSERT INTO rate_limit_hits (bucket, client, window_start, hits) VALUES (?, ?, ?, 1)
       ON CONFLICT (bucket, client) DO UPDATE SET
         hits = CASE WHEN rate_limit_hits.window_start = excluded.window_start THEN rate_limit_hits.hits + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING hits, window_start`,
    ),
    sweepHits: db.prepare('DELETE FROM rate_limit_hits WHERE window_start < ?'),
  };
}

/**
 * The embedded store: one SQLite file (better-sqlite3) in WAL mode, foreign keys on, a busy
 * timeout for other processes, the schema migrated on open and every statement prepared once.
 * Each upload is one transaction, so a killed server leaves either the whole dataset or nothing.
 */
export class SqliteDatasetStore implements DatasetStore, RateLimitStore {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private lastSweep = 0;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.statements = prepareStatements(this.db);
  }

  private summaryOf(row: DatasetRow, files: readonly FileRow[]): DatasetSummary {
    return {
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      checkedAt: row.checked_at,
      counts: JSON.parse(row.counts_json) as VerdictCounts,
      claimCount: row.claim_count,
      rowCount: row.row_count,
      files: files.map(fileInfo),
      recognised: JSON.parse(row.recognised_json) as Recognition[],
    };
  }

  private readSummary(id: string): DatasetSummary | null {
    const row = this.statements.summary.get(id) as DatasetRow | undefined;
    if (!row) return null;
    return this.summaryOf(row, this.statements.filesOf.all(id) as FileRow[]);
  }

  private readonly insertAll = (input: NewDataset, createdAt: string): void => {
    this.db
      .transaction(() => {
        this.statements.insertDataset.run({
          id: input.id,
          name: input.name,
          createdAt,
          counts: JSON.stringify(input.dataset.counts),
          claimCount: input.dataset.claims.length,
          rowCount: rowCountOf(input.dataset, input.recognised),
          recognised: JSON.stringify(input.recognised),
          dataset: JSON.stringify(input.dataset),
        });
        input.files.forEach((file, position) => {
          this.statements.insertFile.run({
            datasetId: input.id,
            position,
            name: file.name,
            format: file.format,
            sheet: file.sheet,
            size: file.bytes.byteLength,
            sha256: sha256Hex(file.bytes),
            bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
          });
        });
      })
      .immediate();
  };

  /** Synchronous read for the page data façade (the embedded store needs no await). */
  getSync(id: string): StoredDataset | null {
    const summary = this.readSummary(id);
    if (!summary) return null;
    const json = this.statements.datasetJson.get(id) as string | undefined;
    if (json === undefined) return null;
    const stored = JSON.parse(json) as Dataset;
    const dataset: Dataset = { ...stored, document: { ...stored.document, title: summary.name } };
    return { summary, dataset };
  }

  async create(input: NewDataset): Promise<DatasetSummary> {
    const createdAt = (input.createdAt ?? new Date()).toISOString();
    this.insertAll(input, createdAt);
    const summary = this.readSummary(input.id);
    if (!summary) throw new Error(`Bộ dữ liệu ${input.id} vừa lưu nhưng không đọc lại được.`);
    return summary;
  }

  async list(): Promise<DatasetSummary[]> {
    const read = this.db.transaction(() => ({
      rows: this.statements.list.all() as DatasetRow[],
      files: this.statements.listFiles.all() as FileRow[],
    }));
    const { rows, files } = read();
    const byDataset = new Map<string, FileRow[]>();
    for (const f of files) {
      const list = byDataset.get(f.dataset_id);
      if (list) list.push(f);
      else byDataset.set(f.dataset_id, [f]);
    }
    return rows.map((row) => this.summaryOf(row, byDataset.get(row.id) ?? []));
  }

  async get(id: string): Promise<StoredDataset | null> {
    return this.db.transaction(() => this.getSync(id))();
  }

  async files(id: string): Promise<StoredFile[] | null> {
    return this.db.transaction(() => {
      if (!this.statements.summary.get(id)) return null;
      const rows = this.statements.fileBytesOf.all(id) as FileBytesRow[];
      return rows.map((row) => ({ ...fileInfo(row), bytes: new Uint8Array(row.bytes) }));
    })();
  }

  async replaceCheck(id: string, content: CheckedContent): Promise<DatasetSummary | null> {
    const changed = this.db
      .transaction(() =>
        this.statements.replaceCheck.run({
          id,
          checkedAt: new Date().toISOString(),
          counts: JSON.stringify(content.dataset.counts),
          claimCount: content.dataset.claims.length,
          rowCount: rowCountOf(content.dataset, content.recognised),
          recognised: JSON.stringify(content.recognised),
          dataset: JSON.stringify(content.dataset),
        }),
      )
      .immediate();
    return changed.changes === 0 ? null : this.readSummary(id);
  }

  async rename(id: string, name: string): Promise<DatasetSummary | null> {
    const changed = this.statements.rename.run(name, new Date().toISOString(), id);
    return changed.changes === 0 ? null : this.readSummary(id);
  }

  async delete(id: string): Promise<boolean> {
    return this.statements.delete.run(id).changes > 0;
  }

  async countHit(bucket: string, client: string, windowMs: number, now: number): Promise<RateLimitHit> {
    if (now - this.lastSweep > RATE_LIMIT_SWEEP_MS) {
      this.lastSweep = now;
      this.statements.sweepHits.run(now - RATE_LIMIT_KEEP_MS);
    }
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const row = this.statements.countHit.get(bucket, client, windowStart) as { hits: number; window_start: number };
    return { count: row.hits, windowEndsAt: Number(row.window_start) + windowMs };
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`: 'ok' or the problems found. */
  checkIntegrity(): string {
    const integrity = this.db.pragma('integrity_check', { simple: true });
    const orphans = this.db.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok') return String(integrity);
    return orphans.length === 0 ? 'ok' : `${orphans.length} dòng tệp không có bộ dữ liệu`;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating if needed) the SQLite store at `path`; the directory is created too.
 *
 * @example
 * const store = openSqliteStore('/tmp/soatso/soatso.db');
 * await store.list(); // []
 */
export function openSqliteStore(path: string): SqliteDatasetStore {
  return new SqliteDatasetStore(path);
}
