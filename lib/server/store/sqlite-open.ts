import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { preparePartWriters, type PartWriters } from './dataset-parts';
import { migrate, NewerSchemaError } from './migrations';
import { prepareStatements, type Statements } from './sqlite-statements';
import { quickCheck } from './sqlite-values';
import { classifyStorageError, StorageError, type StorageFault } from './storage-fault';

/** How long a writer waits for another process's lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 10_000;

/** An open SQLite connection with its prepared statements, or why it could not be opened. */
export type OpenedDatabase =
  | { readonly ok: true; readonly db: Database.Database; readonly statements: Statements; readonly writers: PartWriters }
  /** `db` is the connection if the file opened before the fault (close() still closes it, untouched). */
  | { readonly ok: false; readonly fault: StorageFault; readonly db: Database.Database | null };

/**
 * Opens the SQLite file at `path`: WAL mode (unless read-only), full sync, foreign keys on, a busy timeout for other
 * processes, a quick integrity check, the schema migrated, every statement prepared once. A file that is damaged,
 * newer than this code or cannot be opened is a fault, logged here.
 *
 * @example
 * const opened = openDatabase('/tmp/soatso/soatso.db', false);
 * opened.ok // true
 */
export function openDatabase(path: string, readOnly: boolean): OpenedDatabase {
  let db: Database.Database | null = null;
  try {
    if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: readOnly, fileMustExist: readOnly });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readOnly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const check = quickCheck(db);
    if (check !== 'ok') throw new StorageError({ kind: 'corrupt', detail: `quick_check: ${check}` });
    if (!readOnly) migrate(db);
    return { ok: true, db, statements: prepareStatements(db), writers: preparePartWriters(db) };
  } catch (error) {
    const fault: StorageFault =
      error instanceof NewerSchemaError
        ? { kind: 'unavailable', detail: error.message }
        : (classifyStorageError(error) ?? { kind: 'unavailable', detail: String(error) });
    console.error(`[soatso store] ${path}: ${fault.kind} (${fault.detail}); the store refuses writes`);
    return { ok: false, fault, db };
  }
}
