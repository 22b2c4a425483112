import 'server-only';
import type Database from 'better-sqlite3';

const SUMMARY_COLUMNS =
  'id, name, created_at, updated_at, checked_at, counts_json, claim_count, row_count, recognised_json';
const FILE_COLUMNS = 'dataset_id, position, name, format, sheet, size, sha256';

export interface DatasetRow {
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

export interface FileRow {
  dataset_id: string;
  position: number;
  name: string;
  format: string;
  sheet: string | null;
  size: number;
  sha256: string;
}

export interface FileBytesRow extends FileRow {
  bytes: Buffer;
}

export interface TableRow {
  position: number;
  table_id: string;
  row_count: number;
  claim_count: number;
  table_json: string;
}

/** Every statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    insertDataset: db.prepare(
      `INSERT INTO datasets (id, name, created_at, updated_at, checked_at, counts_json, claim_count, row_count, recognised_json, dataset_json)
       VALUES (@id, @name, @createdAt, @createdAt, @createdAt, @counts, @claimCount, @rowCount, @recognised, @head)`,
    ),
    insertFile: db.prepare(
      `INSERT INTO dataset_files (dataset_id, position, name, format, sheet, size, sha256, bytes)
       VALUES (@datasetId, @position, @name, @format, @sheet, @size, @sha256, @bytes)`,
    ),
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets ORDER BY created_at DESC, id`),
    listFiles: db.prepare(`SELECT ${FILE_COLUMNS} FROM dataset_files ORDER BY dataset_id, position`),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE id = ?`),
    head: db.prepare('SELECT dataset_json FROM datasets WHERE id = ?').pluck(),
    filesOf: db.prepare(`SELECT ${FILE_COLUMNS} FROM dataset_files WHERE dataset_id = ? ORDER BY position`),
    fileBytesOf: db.prepare(
      `SELECT ${FILE_COLUMNS}, bytes FROM dataset_files WHERE dataset_id = ? ORDER BY position`,
    ),
    tables: db.prepare(
      'SELECT position, table_id, row_count, claim_count, table_json FROM dataset_tables WHERE dataset_id = ? ORDER BY position',
    ),
    table: db.prepare(
      'SELECT position, table_id, row_count, claim_count, table_json FROM dataset_tables WHERE dataset_id = ? AND table_id = ?',
    ),
    tableRows: db
      .prepare(
        `SELECT row_json FROM dataset_rows WHERE dataset_id = ? AND table_position = ?
         ORDER BY position LIMIT ? OFFSET ?`,
      )
      .pluck(),
    rowPosition: db
      .prepare('SELECT position FROM dataset_rows WHERE dataset_id = ? AND table_position = ? AND line = ? ORDER BY position LIMIT 1')
      .pluck(),
    allRows: db
      .prepare('SELECT row_json FROM dataset_rows WHERE dataset_id = ? ORDER BY table_position, position')
      .pluck(),
    findings: db
      .prepare(
        `SELECT row_json FROM dataset_rows WHERE dataset_id = ? AND claim_position IS NOT NULL
         ORDER BY severity, claim_position LIMIT ? OFFSET ?`,
      )
      .pluck(),
    indicatorCount: db.prepare('SELECT COUNT(*) FROM dataset_indicators WHERE dataset_id = ?').pluck(),
    indicator: db
      .prepare('SELECT indicator_json FROM dataset_indicators WHERE dataset_id = ? AND indicator_id = ?')
      .pluck(),
    allIndicators: db
      .prepare('SELECT indicator_json FROM dataset_indicators WHERE dataset_id = ? ORDER BY position')
      .pluck(),
    indicatorClaims: db
      .prepare(
        `SELECT row_json FROM dataset_rows WHERE dataset_id = ? AND indicator_id = ? AND claim_position IS NOT NULL
         ORDER BY claim_position LIMIT ? OFFSET ?`,
      )
      .pluck(),
    indicatorClaimCount: db
      .prepare(
        'SELECT COUNT(*) FROM dataset_rows WHERE dataset_id = ? AND indicator_id = ? AND claim_position IS NOT NULL',
      )
      .pluck(),
    // The ids arrive as one JSON array, so one prepared statement serves any number of them.
    knownIndicators: db
      .prepare(
        `SELECT indicator_id FROM dataset_indicators
         WHERE dataset_id = ? AND indicator_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck(),
    rename: db.prepare('UPDATE datasets SET name = ?, updated_at = ? WHERE id = ?'),
    replaceCheck: db.prepare(
      `UPDATE datasets SET checked_at = @checkedAt, updated_at = @checkedAt, counts_json = @counts,
         claim_count = @claimCount, row_count = @rowCount, recognised_json = @recognised, dataset_json = @head
       WHERE id = @id`,
    ),
    delete: db.prepare('DELETE FROM datasets WHERE id = ?'),
    probe: db.prepare(
      'INSERT INTO store_probe (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
    ),
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

export type Statements = ReturnType<typeof prepareStatements>;
