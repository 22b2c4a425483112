import 'server-only';
import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order on open. `PRAGMA user_version` records how many have run,
 * so a database created by an older build is brought up to date without set-up. Never edit a
 * migration once released: add a new one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE datasets (
     id            TEXT PRIMARY KEY NOT NULL,
     name          TEXT NOT NULL,
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL,
     checked_at    TEXT NOT NULL,
     counts_json   TEXT NOT NULL,
     claim_count   INTEGER NOT NULL,
     row_count     INTEGER NOT NULL,
     recognised_json TEXT NOT NULL,
     dataset_json  TEXT NOT NULL
   ) STRICT;
   CREATE INDEX datasets_by_created ON datasets (created_at DESC, id);
   CREATE TABLE dataset_files (
     dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     position   INTEGER NOT NULL,
     name       TEXT NOT NULL,
     format     TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
     sheet      TEXT,
     size       INTEGER NOT NULL,
     sha256     TEXT NOT NULL,
     bytes      BLOB NOT NULL,
     PRIMARY KEY (dataset_id, position)
   ) STRICT;`,
  // Rate-limit counters (lib/server/rate-limit): one row per bucket and client, in portable SQL.
  `CREATE TABLE rate_limit_hits (
     bucket       TEXT NOT NULL,
     client       TEXT NOT NULL,
     window_start BIGINT NOT NULL,
     hits         INTEGER NOT NULL,
     PRIMARY KEY (bucket, client)
   );
   CREATE INDEX rate_limit_hits_by_window ON rate_limit_hits (window_start);`,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION, each migration in its own transaction. Refuses a
 * database written by a newer build rather than guessing.
 *
 * @example
 * migrate(db); // db.pragma('user_version', { simple: true }) === SCHEMA_VERSION
 */
export function migrate(db: Database.Database): void {
  const version = (): number => Number(db.pragma('user_version', { simple: true }));
  const first = version();
  if (first > SCHEMA_VERSION) {
    throw new Error(`Cơ sở dữ liệu có phiên bản ${first}, mới hơn bản này hỗ trợ (${SCHEMA_VERSION}).`);
  }
  // The version is read again inside each write transaction: another process may have migrated meanwhile.
  const step = db.transaction((): boolean => {
    const current = version();
    const sql = MIGRATIONS[current];
    if (current >= SCHEMA_VERSION || sql === undefined) return false;
    db.exec(sql);
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction
  }
}
