import 'server-only';
import type { IndicatorView } from '../../dataset/types';
import type { DatasetSummary } from '../../upload/types';
import type { DocumentStore } from './document-store';
import { classifyPgError, openPgClient, type PgSql, type PgTx } from './pg-client';
import { datasetRowOf, FILE_COLUMNS, fileRowOf, readOutline, readSummary, SUMMARY_COLUMNS, writeParts } from './pg-dataset-rows';
import { readPgCorrections, writePgCorrections } from './pg-corrections';
import { createPgDocuments } from './pg-documents';
import { migratePg, NewerPgSchemaError } from './pg-migrations';
import { insertChunked } from './pg-insert';
import { countHitIn, countOrphans } from './pg-upkeep';
import { readPgDataset, readPgFiles, readPgFindings, readPgIndicator, readPgRowPosition, readPgSeries, readPgTableRows } from './pg-windows';
import type { DatasetRow, FileRow } from './sqlite-statements';
import { sha256Hex, summaryOf } from './sqlite-values';
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

/** Reads that span several queries see one snapshot. */
const SNAPSHOT = 'ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * The PostgreSQL store, used when `DATABASE_URL` is set, so several servers share one database:
 * the same tables and the same guarantees as the SQLite store. Every create and replace is one
 * transaction (a server killed mid-upload leaves nothing: PostgreSQL rolls back the open
 * transaction of a lost connection). The schema is migrated before the first operation, under an
 * advisory lock; a failed start (database down) is retried by the next operation instead of
 * stopping the process for good.
 */
export class PgDatasetStore implements DatasetStore, RateLimitStore {
  private migrated: Promise<void> | null = null;
  private lastFault: StorageFault | null = null;
  private lastSweep = 0;
  /** The stored documents, on this pool (see pg-documents.ts). */
  readonly documents: DocumentStore;

  constructor(readonly sql: PgSql) {
    this.documents = createPgDocuments((kind, operation) => this.run(kind, operation));
  }

  /** Migrates once; a failure is forgotten so the next operation tries again. */
  private ready(): Promise<void> {
    this.migrated ??= migratePg(this.sql).catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  /**
   * Runs one operation once the schema is ready: a storage error (connection lost, disk full,
   * read-only) becomes a StorageError and the banner's fault; anything else is rethrown as it is.
   */
  run<T>(kind: 'read' | 'write', operation: (sql: PgSql) => Promise<T>): Promise<T> {
    return this.ready()
      .then(() => operation(this.sql))
      .then(
        (result) => {
          if (kind === 'write') this.lastFault = null;
          return result;
        },
        (error: unknown) => {
          const fault: StorageFault | null =
            error instanceof NewerPgSchemaError ? { kind: 'unavailable', detail: error.message } : (classifyPgError(error) ?? classifyStorageError(error));
          if (!fault) throw error;
          if (!(error instanceof StorageError)) console.error(`[soatso store] PostgreSQL: ${fault.kind} (${fault.detail}: ${String(error)})`);
          this.lastFault = fault;
          throw new StorageError(fault);
        },
      );
  }

  /** Starts the migration now (server start-up), logging a failure instead of throwing. */
  start(): void {
    this.ready().catch((error: unknown) => {
      const fault = classifyPgError(error);
      console.error(`[soatso store] PostgreSQL not ready at start-up: ${fault ? `${fault.kind} (${fault.detail})` : String(error)}`);
      if (fault) this.lastFault = fault;
    });
  }

  async create(input: NewDataset): Promise<DatasetSummary> {
    const createdAt = (input.createdAt ?? new Date()).toISOString();
    return this.run('write', async (sql) => {
      await sql.begin(async (tx) => {
        await insertChunked(tx, 'datasets', [
          {
            id: input.id,
            name: input.name,
            created_at: createdAt,
            updated_at: createdAt,
            checked_at: createdAt,
            counts_json: JSON.stringify(input.prepared.counts),
            claim_count: input.prepared.claimCount,
            row_count: rowCountOf(input.prepared, input.recognised),
            recognised_json: JSON.stringify(input.recognised),
            dataset_json: input.prepared.head,
          },
        ]);
        await insertChunked(
          tx,
          'dataset_files',
          input.files.map((file, position) => ({
            dataset_id: input.id,
            position,
            name: file.name,
            format: file.format,
            sheet: file.sheet,
            size: file.bytes.byteLength,
            sha256: sha256Hex(file.bytes),
            bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
          })),
        );
        await writeParts(tx, input.id, input.prepared.parts);
        await writePgCorrections(tx, input.id, input.recognised, createdAt);
      });
      const summary = await readSummary(sql, input.id);
      if (!summary) throw new Error(`dataset ${input.id} was stored but cannot be read back`);
      return summary;
    });
  }

  async list(): Promise<DatasetSummary[]> {
    return this.run('read', (sql) =>
      sql.begin(SNAPSHOT, async (tx) => {
        const rows = await tx.unsafe<DatasetRow[]>(`SELECT ${SUMMARY_COLUMNS} FROM datasets ORDER BY created_at DESC, id`);
        const files = await tx.unsafe<FileRow[]>(`SELECT ${FILE_COLUMNS} FROM dataset_files ORDER BY dataset_id, position`);
        const byDataset = new Map<string, FileRow[]>();
        for (const f of files) {
          const list = byDataset.get(f.dataset_id);
          if (list) list.push(fileRowOf(f));
          else byDataset.set(f.dataset_id, [fileRowOf(f)]);
        }
        return rows.map((row) => summaryOf(datasetRowOf(row), byDataset.get(row.id) ?? []));
      }),
    );
  }

  /** A read in one snapshot, so the queries it makes see one state of the dataset. */
  private read<T>(operation: (tx: PgTx) => Promise<T>): Promise<T> {
    return this.run('read', (sql) => sql.begin(SNAPSHOT, operation) as Promise<T>);
  }

  async outline(id: string): Promise<DatasetOutline | null> {
    return this.read((tx) => readOutline(tx, id));
  }

  async get(id: string): Promise<StoredDataset | null> {
    return this.read((tx) => readPgDataset(tx, id));
  }

  async tableRows(id: string, tableId: string, range: RowRange): Promise<RowWindow | null> {
    return this.read((tx) => readPgTableRows(tx, id, tableId, range));
  }

  async rowPosition(id: string, tableId: string, line: number): Promise<number | null> {
    return this.run('read', (sql) => readPgRowPosition(sql, id, tableId, line));
  }

  async findings(id: string, range: RowRange): Promise<RowWindow | null> {
    return this.read((tx) => readPgFindings(tx, id, range));
  }

  async indicator(id: string, indicatorId: string, range: RowRange): Promise<IndicatorWindow | null> {
    return this.read((tx) => readPgIndicator(tx, id, indicatorId, range));
  }

  async series(id: string): Promise<IndicatorView[] | null> {
    return this.read((tx) => readPgSeries(tx, id));
  }

  async knownIndicators(id: string, indicatorIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (indicatorIds.length === 0) return new Set();
    const ids = [...new Set(indicatorIds)];
    return this.run('read', async (sql) => {
      const rows = await sql<{ indicator_id: string }[]>`SELECT indicator_id FROM dataset_indicators
        WHERE dataset_id = ${id} AND indicator_id = ANY(${ids}::text[])`;
      return new Set(rows.map((r) => r.indicator_id));
    });
  }

  async files(id: string): Promise<StoredFile[] | null> {
    return this.read((tx) => readPgFiles(tx, id));
  }

  async replaceCheck(id: string, content: CheckedContent): Promise<DatasetSummary | null> {
    return this.run('write', async (sql) => {
      const changed = await sql.begin(async (tx): Promise<boolean> => {
        const checkedAt = new Date().toISOString();
        // The UPDATE locks the dataset's row: a second recheck of it waits for this one to commit.
        const updated = await tx`UPDATE datasets SET checked_at = ${checkedAt}, updated_at = ${checkedAt},
            counts_json = ${JSON.stringify(content.prepared.counts)}, claim_count = ${content.prepared.claimCount},
            row_count = ${rowCountOf(content.prepared, content.recognised)}, recognised_json = ${JSON.stringify(content.recognised)},
            dataset_json = ${content.prepared.head}
          WHERE id = ${id} RETURNING id`;
        if (updated.length === 0) return false;
        await tx`DELETE FROM dataset_rows WHERE dataset_id = ${id}`;
        await tx`DELETE FROM dataset_tables WHERE dataset_id = ${id}`;
        await tx`DELETE FROM dataset_indicators WHERE dataset_id = ${id}`;
        await writeParts(tx, id, content.prepared.parts);
        await writePgCorrections(tx, id, content.recognised, checkedAt);
        return true;
      });
      return changed ? readSummary(sql, id) : null;
    });
  }

  async savedCorrections(signatures: readonly string[]): Promise<SavedCorrection[]> {
    if (signatures.length === 0) return [];
    return this.run('read', (sql) => sql.begin(SNAPSHOT, (tx) => readPgCorrections(tx, signatures)));
  }

  async rename(id: string, name: string): Promise<DatasetSummary | null> {
    return this.run('write', async (sql) => {
      const updated = await sql`UPDATE datasets SET name = ${name}, updated_at = ${new Date().toISOString()} WHERE id = ${id} RETURNING id`;
      return updated.length === 0 ? null : readSummary(sql, id);
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.run('write', async (sql) => (await sql`DELETE FROM datasets WHERE id = ${id} RETURNING id`).length > 0);
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.run('write', async (sql) => {
        await sql`SELECT id FROM datasets LIMIT 1`;
        await sql`INSERT INTO store_probe (id, checked_at) VALUES (1, ${new Date().toISOString()})
                  ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`;
      });
      return { ok: true };
    } catch (error) {
      const fault = classifyStorageError(error);
      if (!fault) throw error;
      return { ok: false, fault };
    }
  }

  async countHit(bucket: string, client: string, windowMs: number, now: number): Promise<RateLimitHit> {
    return this.run('write', async (sql) => {
      if (now - this.lastSweep > RATE_LIMIT_SWEEP_MS) {
        this.lastSweep = now;
        await sql`DELETE FROM rate_limit_hits WHERE window_start < ${now - RATE_LIMIT_KEEP_MS}`;
      }
      return countHitIn(sql, bucket, client, windowMs, now);
    });
  }

  async fault(): Promise<StoreHealth> {
    return this.lastFault ? { ok: false, fault: this.lastFault } : { ok: true };
  }

  /** PostgreSQL enforces foreign keys on every write; this counts rows without their dataset or document all the same. */
  async checkIntegrity(): Promise<string> {
    return this.run('read', async (sql) => {
      const orphans = await countOrphans(sql);
      return orphans === 0 ? 'ok' : `${orphans} rows without their dataset or document`;
    });
  }

  /** Closes the pool once its queries are done (at most 5 s). */
  close(): void {
    void this.sql.end({ timeout: 5 });
  }

  /** Closes the pool and waits for it (tests, scripts). */
  async end(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}

/**
 * Opens the PostgreSQL store at `url` (connections open on first use).
 *
 * @example
 * const store = openPgStore('postgres://soatso:…@db.so-tk.local/soatso');
 * await store.list(); // []
 */
export function openPgStore(url: string, schema?: string): PgDatasetStore {
  return new PgDatasetStore(openPgClient(url, process.env, schema));
}
