import 'server-only';
import type Database from 'better-sqlite3';
import type { Dataset } from '../../dataset/types';
import { partsOf, preparePartWriters, writeParts, type DatasetHead } from './dataset-parts';

/**
 * One schema step: SQL, then optionally a data step in the same transaction (moving data the
 * new schema holds differently).
 */
type Migration = string | { readonly sql: string; readonly data: (db: Database.Database) => void };

/**
 * Migration 2: a dataset's rows, tables and indicators each in their own rows, so a page reads a
 * window of a large dataset instead of one JSON blob; `dataset_json` keeps only the document.
 * `store_probe` is the one row `/api/health` writes to prove the store is writable.
 */
const SPLIT_ROWS_SQL = `
  CREATE TABLE dataset_tables (
    dataset_id  TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    table_id    TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    claim_count INTEGER NOT NULL,
    table_json  TEXT NOT NULL,
    PRIMARY KEY (dataset_id, position)
  ) STRICT;
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
  ) STRICT;
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
  ) STRICT;
  CREATE TABLE store_probe (
    id         INTEGER PRIMARY KEY NOT NULL,
    checked_at TEXT NOT NULL
  ) STRICT;`;

/**
 * Stored documents (lib/server/store/sqlite-documents.ts), in portable SQL: one row per version of a
 * document with its original bytes, extracted text and what the check found beside its findings;
 * the findings (claims, checks, table rows) one row each under their stable id. Every version of a
 * document shares `series_id` (the first version's id) and has its own `version` number.
 */
const DOCUMENTS_SQL = `
  CREATE TABLE documents (
    id           TEXT PRIMARY KEY NOT NULL,
    series_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('txt', 'docx', 'pdf')),
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    bytes        BLOB NOT NULL,
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
  CREATE UNIQUE INDEX document_findings_by_id ON document_findings (document_id, finding_id);`;

/** Moves every dataset stored as one blob (migration 1) into rows, one dataset at a time. */
function splitStoredDatasets(db: Database.Database): void {
  const writers = preparePartWriters(db);
  const ids = db.prepare('SELECT id FROM datasets').pluck().all() as string[];
  const read = db.prepare('SELECT dataset_json FROM datasets WHERE id = ?').pluck();
  const keepHead = db.prepare('UPDATE datasets SET dataset_json = ? WHERE id = ?');
  for (const id of ids) {
    const dataset = JSON.parse(read.get(id) as string) as Dataset;
    writeParts(writers, id, partsOf(dataset));
    const head: DatasetHead = { document: dataset.document };
    keepHead.run(JSON.stringify(head), id);
  }
}

/**
 * Reference data (issue 15; lib/server/store/sqlite-reference-store.ts), in portable SQL: which stored datasets an
 * admin marked as references, the admin's indicator synonyms, and the users' answers to ambiguous matches
 * (a printed name's key → the chosen series' key, or NULL for "none of them").
 */
const REFERENCE_SQL = `
  CREATE TABLE reference_datasets (
    dataset_id TEXT PRIMARY KEY NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    marked_by  TEXT,
    marked_at  TEXT NOT NULL
  );
  CREATE TABLE indicator_synonyms (
    phrase     TEXT PRIMARY KEY NOT NULL,
    meaning    TEXT NOT NULL,
    added_by   TEXT,
    added_at   TEXT NOT NULL
  );
  CREATE TABLE indicator_answers (
    printed     TEXT PRIMARY KEY NOT NULL,
    choice      TEXT,
    answered_by TEXT,
    answered_at TEXT NOT NULL
  );
`;

/**
 * Team review (issue 14): accounts, server-side sessions (only the token's SHA-256 is kept),
 * consecutive failed sign-ins, decisions on findings (one row per decision, never updated: the
 * current status is the latest row) and the audit log. Portable SQL: `INTEGER PRIMARY KEY` is an
 * identity column in PostgreSQL's terms.
 */
const TEAM_SQL = `
  CREATE TABLE users (
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
    id           INTEGER PRIMARY KEY,
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
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    detail    TEXT NOT NULL
  );`;

/**
 * Role corrections made in the "Đã nhận ra" preview, saved with their dataset (and gone with it) and
 * found again by the folded header of a later upload (lib/server/store/sqlite-corrections.ts), in
 * portable SQL. `header_hash` is the SHA-256 of the header signature (lib/tables/header-signature.ts).
 */
const CORRECTIONS_SQL = `
  CREATE TABLE dataset_corrections (
    dataset_id  TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    header_hash TEXT NOT NULL,
    roles_json  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (dataset_id, header_hash)
  );
  CREATE INDEX dataset_corrections_by_header ON dataset_corrections (header_hash, created_at);`;

/**
 * Header-rows corrections (issue 18): how many header rows the user chose for the table, saved with
 * its role corrections; null for a correction of roles only. Such a row's `header_hash` is the hash
 * of the raw rows chosen (rawHeaderSignature in lib/tables/header-signature.ts), not of the columns.
 */
const HEADER_ROWS_SQL = `ALTER TABLE dataset_corrections ADD COLUMN header_rows INTEGER;`;

/**
 * Decisions carried over to a later version of a document (issue 14): the earlier version's document
 * and finding, and when the decision was carried. Null for a decision taken on the subject itself.
 */
const CARRIED_DECISIONS_SQL = `
  ALTER TABLE decisions ADD COLUMN carried_from_subject TEXT;
  ALTER TABLE decisions ADD COLUMN carried_from_target TEXT;
  ALTER TABLE decisions ADD COLUMN carried_at TEXT;`;

/**
 * Schema migrations, applied in order on open. `PRAGMA user_version` records how many have run,
 * so a database created by an older build is brought up to date without set-up. Never edit a
 * migration once released: add a new one.
 */
const MIGRATIONS: readonly Migration[] = [
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
  { sql: SPLIT_ROWS_SQL, data: splitStoredDatasets },
  // Migration 3: rate-limit counters (lib/server/rate-limit): one row per bucket and client, in portable SQL.
  `CREATE TABLE rate_limit_hits (
     bucket       TEXT NOT NULL,
     client       TEXT NOT NULL,
     window_start BIGINT NOT NULL,
     hits         INTEGER NOT NULL,
     PRIMARY KEY (bucket, client)
   );
   CREATE INDEX rate_limit_hits_by_window ON rate_limit_hits (window_start);`,
  DOCUMENTS_SQL,
  TEAM_SQL,
  CORRECTIONS_SQL,
  CARRIED_DECISIONS_SQL,
  REFERENCE_SQL,
  HEADER_ROWS_SQL,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Thrown when the file was written by a newer build: the store must not guess. */
export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`database schema ${found} is newer than this build supports (${SCHEMA_VERSION})`);
    this.name = 'NewerSchemaError';
  }
}

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
  if (first > SCHEMA_VERSION) throw new NewerSchemaError(first);
  if (first === SCHEMA_VERSION) return;
  // The version is read again inside each write transaction: another process may have migrated meanwhile.
  const step = db.transaction((): boolean => {
    const current = version();
    const migration = MIGRATIONS[current];
    if (current >= SCHEMA_VERSION || migration === undefined) return false;
    if (typeof migration === 'string') db.exec(migration);
    else {
      db.exec(migration.sql);
      migration.data(db);
    }
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction
  }
}
