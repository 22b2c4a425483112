import 'server-only';
import { SCHEMA_VERSION } from './migrations';
import type { PgSql } from './pg-client';

/*
 * The PostgreSQL schema, one migration per SQLite migration (migrations.ts) and in the same
 * order, so that "schema N" means the same tables in both stores. The SQL is SQLite's with
 * PostgreSQL's types: BYTEA for BLOB, BIGINT where a value may pass 2^31 (sizes, ms since the
 * epoch), identity columns for SQLite's `INTEGER PRIMARY KEY`. Texts keep the same contents
 * (ISO dates, JSON), so both stores read their rows with the same code. SQLite's migration 2
 * also moved blob datasets into rows; no PostgreSQL store ever held blobs, so it has no data step.
 */
const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE datasets (
     id              TEXT PRIMARY KEY NOT NULL,
     name            TEXT NOT NULL,
     created_at      TEXT NOT NULL,
     updated_at      TEXT NOT NULL,
     checked_at      TEXT NOT NULL,
     counts_json     TEXT NOT NULL,
     claim_count     INTEGER NOT NULL,
     row_count       INTEGER NOT NULL,
     recognised_json TEXT NOT NULL,
     dataset_json    TEXT NOT NULL
   );
   CREATE INDEX datasets_by_created ON datasets (created_at DESC, id);
   CREATE TABLE dataset_files (
     dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     position   INTEGER NOT NULL,
     name       TEXT NOT NULL,
     format     TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
     sheet      TEXT,
     size       BIGINT NOT NULL,
     sha256     TEXT NOT NULL,
     bytes      BYTEA NOT NULL,
     PRIMARY KEY (dataset_id, position)
   );`,
  `CREATE TABLE dataset_tables (
     dataset_id  TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     position    INTEGER NOT NULL,
     table_id    TEXT NOT NULL,
     row_count   INTEGER NOT NULL,
     claim_count INTEGER NOT NULL,
     table_json  TEXT NOT NULL,
     PRIMARY KEY (dataset_id, position)
   );
   CREATE UNIQUE INDEX dataset_tables_by_id ON dataset_tables (dataset_id, table_id);
   CREATE TABLE dataset_rows (
     dataset_id     TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     table_position INTEGER NOT NULL,
     position       INTEGER NOT NULL,
     line           INTEGER NOT NULL,
     claim_position INTEGER,
     severity       INTEGER NOT NULL,
     indicator_id   TEXT NOT NULL,
     row_json       TEXT NOT NULL,
     PRIMARY KEY (dataset_id, table_position, position)
   );
   CREATE INDEX dataset_rows_by_line ON dataset_rows (dataset_id, table_position, line);
   CREATE INDEX dataset_rows_findings ON dataset_rows (dataset_id, severity, claim_position) WHERE claim_position IS NOT NULL;
   CREATE INDEX dataset_rows_by_indicator ON dataset_rows (dataset_id, indicator_id, claim_position) WHERE claim_position IS NOT NULL;
   CREATE TABLE dataset_indicators (
     dataset_id     TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     indicator_id   TEXT NOT NULL,
     position       INTEGER NOT NULL,
     name           TEXT NOT NULL,
     indicator_json TEXT NOT NULL,
     PRIMARY KEY (dataset_id, indicator_id)
   );
   CREATE TABLE store_probe (
     id         INTEGER PRIMARY KEY NOT NULL,
     checked_at TEXT NOT NULL
   );`,
  `CREATE TABLE rate_limit_hits (
     bucket       TEXT NOT NULL,
     client       TEXT NOT NULL,
     window_start BIGINT NOT NULL,
     hits         INTEGER NOT NULL,
     PRIMARY KEY (bucket, client)
   );
   CREATE INDEX rate_limit_hits_by_window ON rate_limit_hits (window_start);`,
  `CREATE TABLE documents (
     id           TEXT PRIMARY KEY NOT NULL,
     series_id    TEXT NOT NULL,
     version      INTEGER NOT NULL,
     name         TEXT NOT NULL,
     format       TEXT NOT NULL CHECK (format IN ('txt', 'docx', 'pdf')),
     size         BIGINT NOT NULL,
     sha256       TEXT NOT NULL,
     bytes        BYTEA NOT NULL,
     text         TEXT NOT NULL,
     pages        INTEGER,
     options_json TEXT NOT NULL,
     created_at   TEXT NOT NULL,
     checked_at   TEXT NOT NULL,
     counts_json  TEXT NOT NULL,
     claim_count  INTEGER NOT NULL,
     result_json  TEXT NOT NULL,
     UNIQUE (series_id, version)
   );
   CREATE INDEX documents_by_created ON documents (created_at DESC, id);
   CREATE TABLE document_findings (
     document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     position     INTEGER NOT NULL,
     finding_id   TEXT NOT NULL,
     source       TEXT NOT NULL CHECK (source IN ('claim', 'check', 'row')),
     table_index  INTEGER,
     finding_json TEXT NOT NULL,
     PRIMARY KEY (document_id, position)
   );
   CREATE UNIQUE INDEX document_findings_by_id ON document_findings (document_id, finding_id);`,
  `CREATE TABLE users (
     id            TEXT PRIMARY KEY NOT NULL,
     name          TEXT NOT NULL,
     name_key      TEXT NOT NULL UNIQUE,
     role          TEXT NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')),
     password_hash TEXT NOT NULL,
     disabled      INTEGER NOT NULL DEFAULT 0,
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY NOT NULL,
     user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at TEXT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX sessions_by_user ON sessions (user_id);
   CREATE TABLE sign_in_failures (
     failure_key    TEXT PRIMARY KEY NOT NULL,
     failures       INTEGER NOT NULL,
     last_failed_at BIGINT NOT NULL
   );
   CREATE TABLE decisions (
     id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     subject_kind TEXT NOT NULL CHECK (subject_kind IN ('dataset', 'document')),
     subject_id   TEXT NOT NULL,
     target       TEXT NOT NULL,
     status       TEXT NOT NULL CHECK (status IN ('unreviewed', 'confirmed', 'accepted', 'dismissed')),
     comment      TEXT NOT NULL,
     user_id      TEXT NOT NULL,
     user_name    TEXT NOT NULL,
     decided_at   TEXT NOT NULL
   );
   CREATE INDEX decisions_by_target ON decisions (subject_kind, subject_id, target, id);
   CREATE TABLE audit_log (
     id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at        TEXT NOT NULL,
     user_name TEXT,
     action    TEXT NOT NULL,
     target    TEXT NOT NULL,
     detail    TEXT NOT NULL
   );`,
  `CREATE TABLE dataset_corrections (
     dataset_id  TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     header_hash TEXT NOT NULL,
     roles_json  TEXT NOT NULL,
     created_at  TEXT NOT NULL,
     PRIMARY KEY (dataset_id, header_hash)
   );
   CREATE INDEX dataset_corrections_by_header ON dataset_corrections (header_hash, created_at);`,
  `ALTER TABLE decisions ADD COLUMN carried_from_subject TEXT;
   ALTER TABLE decisions ADD COLUMN carried_from_target TEXT;
   ALTER TABLE decisions ADD COLUMN carried_at TEXT;`,
  // Reference data (issue 15): the same tables as SQLite's REFERENCE_SQL.
  `CREATE TABLE reference_datasets (
     dataset_id TEXT PRIMARY KEY NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
     marked_by  TEXT,
     marked_at  TEXT NOT NULL
   );
   CREATE TABLE indicator_synonyms (
     phrase   TEXT PRIMARY KEY NOT NULL,
     meaning  TEXT NOT NULL,
     added_by TEXT,
     added_at TEXT NOT NULL
   );
   CREATE TABLE indicator_answers (
     printed     TEXT PRIMARY KEY NOT NULL,
     choice      TEXT,
     answered_by TEXT,
     answered_at TEXT NOT NULL
   );`,
  // Header-rows corrections (issue 18): the same column as SQLite's HEADER_ROWS_SQL.
  `ALTER TABLE dataset_corrections ADD COLUMN header_rows INTEGER;`,
];

/** The schema version this build writes in PostgreSQL: always SQLite's (checked on migrate). */
export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Any number, the same in every soatso build: the advisory lock servers take to migrate one at a time. */
const MIGRATION_LOCK = 0x50a7_50;

/** Thrown when the database was migrated by a newer build: the store must not guess. */
export class NewerPgSchemaError extends Error {
  constructor(readonly found: number) {
    super(`PostgreSQL schema ${found} is newer than this build supports (${PG_SCHEMA_VERSION})`);
    this.name = 'NewerPgSchemaError';
  }
}

/**
 * Brings the database to PG_SCHEMA_VERSION, each migration in its own transaction under an
 * advisory lock, so several servers starting at once migrate once. `soatso_schema` holds the
 * version (SQLite's `user_version`). Refuses a database written by a newer build.
 *
 * @example
 * await migratePg(sql); // SELECT version FROM soatso_schema → 5
 */
export async function migratePg(sql: PgSql): Promise<void> {
  if (PG_SCHEMA_VERSION !== SCHEMA_VERSION) {
    throw new Error(`PostgreSQL migrations (${PG_SCHEMA_VERSION}) do not mirror SQLite's (${SCHEMA_VERSION}): port the new ones to pg-migrations.ts`);
  }
  for (;;) {
    const done = await sql.begin(async (tx): Promise<boolean> => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}::bigint)`;
      await tx`CREATE TABLE IF NOT EXISTS soatso_schema (one INTEGER PRIMARY KEY CHECK (one = 1), version INTEGER NOT NULL)`;
      const rows = await tx<{ version: number }[]>`SELECT version FROM soatso_schema WHERE one = 1`;
      const current = rows[0]?.version ?? 0;
      if (current > PG_SCHEMA_VERSION) throw new NewerPgSchemaError(current);
      const migration = PG_MIGRATIONS[current];
      if (migration === undefined) return true;
      await tx.unsafe(migration);
      await tx`INSERT INTO soatso_schema (one, version) VALUES (1, ${current + 1}::int)
               ON CONFLICT (one) DO UPDATE SET version = excluded.version`;
      return false;
    });
    if (done) return;
  }
}

/**
 * The schema version recorded in the database (0 before the first migration).
 *
 * @example
 * await pgSchemaVersion(sql) // 5
 */
export async function pgSchemaVersion(sql: PgSql): Promise<number> {
  const exists = await sql<{ t: string | null }[]>`SELECT to_regclass('soatso_schema')::text AS t`;
  if (!exists[0]?.t) return 0;
  const rows = await sql<{ version: number }[]>`SELECT version FROM soatso_schema WHERE one = 1`;
  return rows[0]?.version ?? 0;
}
