import 'server-only';
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../store/migrations';

/** What a soatso database holds, as the backup and restore commands report it. */
export interface BackupContents {
  /** Migrations applied (`PRAGMA user_version`). */
  readonly schemaVersion: number;
  readonly datasets: number;
  readonly documents: number;
  readonly users: number;
  readonly decisions: number;
}

/** Why a file cannot be restored (or a written backup is not sound). */
export type InspectFailure =
  | { readonly reason: 'not-sqlite' }
  | { readonly reason: 'corrupt'; readonly detail: string }
  | { readonly reason: 'not-soatso' }
  | { readonly reason: 'newer-schema'; readonly version: number };

export type InspectResult = { readonly ok: true; readonly contents: BackupContents } | { readonly ok: false; readonly problem: InspectFailure };

/** Every SQLite database file begins with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(path: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function count(db: Database.Database, present: ReadonlySet<string>, table: string): number {
  if (!present.has(table)) return 0;
  const row = db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  return row.n;
}

function tables(db: Database.Database): ReadonlySet<string> {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}


/**
 * Checks a database file that this process owns (a backup just written, or a copy staged for
 * restore): a SQLite file, whole (`PRAGMA integrity_check` and `foreign_key_check`), made by soatso
 * (user_version > 0 and a `datasets` table), no newer than this code's schema; and counts what it
 * holds (a table an older schema lacks counts 0). Opened read-write so that a
 * WAL-mode file without its `-shm` opens anywhere, and switched to rollback-journal mode so the
 * one file is the whole backup (the server turns WAL back on when it opens it).
 *
 * @example
 * inspectBackup('/srv/backup/soatso-2026-12-04.db')
 * // { ok: true, contents: { schemaVersion: 9, datasets: 3, documents: 1, users: 4, decisions: 12 } }
 */
export function inspectBackup(path: string): InspectResult {
  if (!hasSqliteHeader(path)) return { ok: false, problem: { reason: 'not-sqlite' } };
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (error) {
    return { ok: false, problem: { reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) } };
  }
  try {
    db.pragma('journal_mode = DELETE');
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, problem: { reason: 'corrupt', detail: String(integrity).slice(0, 300) } };
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) return { ok: false, problem: { reason: 'corrupt', detail: `${orphans.length} rows point at missing rows` } };
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > SCHEMA_VERSION) return { ok: false, problem: { reason: 'newer-schema', version: schemaVersion } };
    const present = tables(db);
    // Every soatso database has had `datasets` since migration 1; an older one is migrated on open.
    if (schemaVersion === 0 || !present.has('datasets')) return { ok: false, problem: { reason: 'not-soatso' } };
    return {
      ok: true,
      contents: {
        schemaVersion,
        datasets: count(db, present, 'datasets'),
        documents: count(db, present, 'documents'),
        users: count(db, present, 'users'),
        decisions: count(db, present, 'decisions'),
      },
    };
  } catch (error) {
    return { ok: false, problem: { reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) } };
  } finally {
    db.close();
  }
}
