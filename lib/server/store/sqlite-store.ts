import 'server-only';
import type Database from 'better-sqlite3';
import type { IndicatorView } from '../../dataset/types';
import type { DatasetSummary } from '../../upload/types';
import { clearParts, writeParts, type PartWriters } from './dataset-parts';
import type { DocumentStore } from './document-store';
import { readSavedCorrections, writeCorrections } from './sqlite-corrections';
import { createSqliteDocuments } from './sqlite-documents';
import { openDatabase } from './sqlite-open';
import type { DatasetRow, FileRow, Statements } from './sqlite-statements';
import { readDataset, readFiles, readFindings, readIndicator, readOutline, readRowPosition, readSeries, readSummary, readTableRows } from './sqlite-windows';
import { integrityOf, sha256Hex, summaryOf } from './sqlite-values';
import { rowCountOf } from './prepare-dataset';
import { classifyStorageError, StorageError, type StorageFault, type StoreHealth } from './storage-fault';
import type {
  CheckedContent,
  DatasetOutline,
  DatasetStore,
  IndicatorWindow,
  NewDataset,
  RateLimitHit,
  RateLimitStore,
  RowRange,
  RowWindow,
  SavedCorrection,
  StoredDataset,
  StoredFile,
} from './types';

/** Rate-limit rows whose window started longer ago than this are deleted (ms). */
const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;
/** How often the old rate-limit rows are swept (ms). */
const RATE_LIMIT_SWEEP_MS = 60 * 60 * 1000;

export interface SqliteStoreOptions {
  /**
   * Open the file read-only (`SOATSO_READ_ONLY=1`): pages and reads work, every write answers
   * 503. For serving a copy during maintenance; tests use it to stand for a read-only directory.
   */
  readonly readOnly?: boolean;
}

/**
 * The embedded store: one SQLite file (better-sqlite3) opened by `openDatabase` (WAL mode, foreign
 * keys on, a busy timeout, the schema migrated, every statement prepared once).
 * Each upload is one transaction, so a killed server leaves either the whole dataset or nothing.
 *
 * On open it runs a quick integrity check. A damaged file (or one it cannot open) is logged, the
 * store refuses every write from then on, and `fault()` reports it for the page banner. A storage
 * error during an operation (read-only, disk full) rejects with a `StorageError`.
 */
export class SqliteDatasetStore implements DatasetStore, RateLimitStore {
  private lastSweep = 0;
  private readonly db: Database.Database | null = null;
  private readonly statements: Statements | null = null;
  private readonly writers: PartWriters | null = null;
  /** Found on open: the store never writes again in this process. */
  private readonly startupFault: StorageFault | null = null;
  /** Found by the last operation that failed; cleared by the next write that succeeds. */
  private lastFault: StorageFault | null = null;
  /** The stored documents, on this connection (see sqlite-documents.ts). */
  readonly documents: DocumentStore = createSqliteDocuments((kind, operation) => this.run(kind, (_s, db) => operation(db)));

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    const readOnly = options.readOnly === true;
    const opened = openDatabase(path, readOnly);
    this.db = opened.db;
    if (!opened.ok) {
      this.startupFault = opened.fault;
      return;
    }
    this.statements = opened.statements;
    this.writers = opened.writers;
    if (readOnly) this.lastFault = { kind: 'read-only', detail: 'opened read-only (SOATSO_READ_ONLY)' };
  }

  /**
   * Runs one operation: a write is refused outright after a start-up fault; a storage error
   * becomes a StorageError (and the banner's fault); anything else is rethrown as it is.
   */
  private run<T>(kind: 'read' | 'write', operation: (s: Statements, db: Database.Database, w: PartWriters) => T): T {
    if (this.startupFault || !this.statements || !this.db || !this.writers) {
      throw new StorageError(this.startupFault ?? { kind: 'unavailable', detail: 'the store is not open' });
    }
    try {
      const result = operation(this.statements, this.db, this.writers);
      if (kind === 'write') this.lastFault = null;
      return result;
    } catch (error) {
      const fault = classifyStorageError(error);
      if (!fault) throw error;
      if (!(error instanceof StorageError)) console.error(`[soatso store] ${this.path}: ${fault.kind} (${fault.detail})`);
      this.lastFault = fault;
      throw new StorageError(fault);
    }
  }

  /** A read in one transaction, so the parts it reads belong to one state of the dataset. */
  private read<T>(operation: (s: Statements) => T): T {
    return this.run('read', (s, db) => db.transaction(() => operation(s))());
  }

  async create(input: NewDataset): Promise<DatasetSummary> {
    const createdAt = (input.createdAt ?? new Date()).toISOString();
    return this.run('write', (s, db, w) => {
      db.transaction(() => {
        s.insertDataset.run({
          id: input.id,
          name: input.name,
          createdAt,
          counts: JSON.stringify(input.prepared.counts),
          claimCount: input.prepared.claimCount,
          rowCount: rowCountOf(input.prepared, input.recognised),
          recognised: JSON.stringify(input.recognised),
          head: input.prepared.head,
        });
        input.files.forEach((file, position) => {
          s.insertFile.run({
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
        writeParts(w, input.id, input.prepared.parts);
        writeCorrections(db, input.id, input.recognised, createdAt);
      }).immediate();
      const summary = readSummary(s, input.id);
      if (!summary) throw new Error(`dataset ${input.id} was stored but cannot be read back`);
      return summary;
    });
  }

  async list(): Promise<DatasetSummary[]> {
    return this.run('read', (s, db) => {
      const { rows, files } = db.transaction(() => ({
        rows: s.list.all() as DatasetRow[],
        files: s.listFiles.all() as FileRow[],
      }))();
      const byDataset = new Map<string, FileRow[]>();
      for (const f of files) {
        const list = byDataset.get(f.dataset_id);
        if (list) list.push(f);
        else byDataset.set(f.dataset_id, [f]);
      }
      return rows.map((row) => summaryOf(row, byDataset.get(row.id) ?? []));
    });
  }

  async outline(id: string): Promise<DatasetOutline | null> {
    return this.run('read', (s, db) => db.transaction(() => readOutline(s, id))());
  }

  async get(id: string): Promise<StoredDataset | null> {
    return this.read((s) => readDataset(s, id));
  }

  async tableRows(id: string, tableId: string, range: RowRange): Promise<RowWindow | null> {
    return this.read((s) => readTableRows(s, id, tableId, range));
  }

  async rowPosition(id: string, tableId: string, line: number): Promise<number | null> {
    return this.read((s) => readRowPosition(s, id, tableId, line));
  }

  async findings(id: string, range: RowRange): Promise<RowWindow | null> {
    return this.read((s) => readFindings(s, id, range));
  }

  async indicator(id: string, indicatorId: string, range: RowRange): Promise<IndicatorWindow | null> {
    return this.read((s) => readIndicator(s, id, indicatorId, range));
  }

  async series(id: string): Promise<IndicatorView[] | null> {
    return this.read((s) => readSeries(s, id));
  }

  async knownIndicators(id: string, indicatorIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (indicatorIds.length === 0) return new Set();
    return this.run('read', (s) => new Set(s.knownIndicators.all(id, JSON.stringify([...new Set(indicatorIds)])) as string[]));
  }

  async files(id: string): Promise<StoredFile[] | null> {
    return this.read((s) => readFiles(s, id));
  }

  async replaceCheck(id: string, content: CheckedContent): Promise<DatasetSummary | null> {
    return this.run('write', (s, db, w) => {
      const changed = db
        .transaction(() => {
          const result = s.replaceCheck.run({
            id,
            checkedAt: new Date().toISOString(),
            counts: JSON.stringify(content.prepared.counts),
            claimCount: content.prepared.claimCount,
            rowCount: rowCountOf(content.prepared, content.recognised),
            recognised: JSON.stringify(content.recognised),
            head: content.prepared.head,
          });
          if (result.changes === 0) return 0;
          clearParts(w, id);
          writeParts(w, id, content.prepared.parts);
          writeCorrections(db, id, content.recognised, new Date().toISOString());
          return result.changes;
        })
        .immediate();
      return changed === 0 ? null : readSummary(s, id);
    });
  }

  async savedCorrections(signatures: readonly string[]): Promise<SavedCorrection[]> {
    if (signatures.length === 0) return [];
    return this.run('read', (_s, db) => db.transaction(() => readSavedCorrections(db, signatures))());
  }

  async rename(id: string, name: string): Promise<DatasetSummary | null> {
    return this.run('write', (s) => {
      const changed = s.rename.run(name, new Date().toISOString(), id);
      return changed.changes === 0 ? null : readSummary(s, id);
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.run('write', (s) => s.delete.run(id).changes > 0);
  }

  async health(): Promise<StoreHealth> {
    try {
      this.run('write', (s) => {
        s.list.all();
        s.probe.run(new Date().toISOString());
      });
      return { ok: true };
    } catch (error) {
      const fault = classifyStorageError(error);
      if (!fault) throw error;
      return { ok: false, fault };
    }
  }

  async countHit(bucket: string, client: string, windowMs: number, now: number): Promise<RateLimitHit> {
    return this.run('write', (s) => {
      if (now - this.lastSweep > RATE_LIMIT_SWEEP_MS) {
        this.lastSweep = now;
        s.sweepHits.run(now - RATE_LIMIT_KEEP_MS);
      }
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const row = s.countHit.get(bucket, client, windowStart) as { hits: number; window_start: number };
      return { count: row.hits, windowEndsAt: Number(row.window_start) + windowMs };
    });
  }

  /**
   * Runs an operation of another part of the store (accounts, decisions, audit) on this
   * connection, with the same fault handling: refused after a start-up fault, a storage error
   * rejected as a StorageError.
   */
  runOnDatabase<T>(kind: 'read' | 'write', operation: (db: Database.Database) => T): T {
    return this.run(kind, (_s, db) => operation(db));
  }

  async fault(): Promise<StoreHealth> {
    const fault = this.startupFault ?? this.lastFault;
    return fault ? { ok: false, fault } : { ok: true };
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`: 'ok' or the problems found (tests, maintenance). */
  checkIntegrity(): string {
    return this.run('read', (_s, db) => integrityOf(db));
  }

  /**
   * Merges the write-ahead log into the main file (`wal_checkpoint(TRUNCATE)`) and closes, so
   * `soatso.db` alone holds every acknowledged upload. A damaged file is closed untouched.
   */
  close(): void {
    const db = this.db;
    if (!db?.open) return;
    if (!this.startupFault && !db.readonly) {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        console.error(`[soatso store] ${this.path}: checkpoint on close failed`, error);
      }
    }
    db.close();
  }
}

/**
 * Opens (creating if needed) the SQLite store at `path`; the directory is created too.
 *
 * @example
 * const store = openSqliteStore('/tmp/soatso/soatso.db');
 * await store.list(); // []
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteDatasetStore {
  return new SqliteDatasetStore(path, options);
}
