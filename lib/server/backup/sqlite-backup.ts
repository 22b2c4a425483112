import 'server-only';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { inspectBackup, type BackupContents, type InspectFailure } from './inspect-backup';

/** A backup written: where, how large, what it holds and how long it took. */
export interface BackupDone {
  readonly file: string;
  readonly bytes: number;
  readonly contents: BackupContents;
  readonly ms: number;
}

export type BackupFailure =
  | { readonly reason: 'no-database'; readonly path: string }
  | { readonly reason: 'target-exists'; readonly file: string }
  | { readonly reason: 'write-failed'; readonly file: string; readonly detail: string }
  | { readonly reason: 'unsound-copy'; readonly problem: InspectFailure };

export type BackupResult = { readonly ok: true; readonly done: BackupDone } | ({ readonly ok: false } & BackupFailure);

/**
 * Flushes a file (or directory) to disk, so a rename that follows cannot expose an empty file
 * after a power cut.
 *
 * @example
 * syncPath('/srv/backup/soatso.db')
 */
export function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the SQLite database at `database` into `file` with SQLite's online backup API, so the
 * copy is consistent while the server goes on reading and writing. The copy is written beside
 * `file` under a temporary name, checked (integrity, schema version; inspect-backup.ts), flushed
 * and only then renamed to `file`: a failed backup leaves nothing half-written. An existing `file`
 * is never overwritten.
 *
 * @example
 * await backupSqlite('/var/lib/soatso/soatso.db', '/srv/backup/soatso-2026-12-04.db')
 * // { ok: true, done: { file: '/srv/backup/soatso-2026-12-04.db', bytes: 4096000, contents: { datasets: 3, … }, ms: 120 } }
 */
export async function backupSqlite(database: string, file: string): Promise<BackupResult> {
  const started = Date.now();
  if (!existsSync(database)) return { ok: false, reason: 'no-database', path: database };
  if (existsSync(file)) return { ok: false, reason: 'target-exists', file };
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}`);
  try {
    const source = new Database(database, { readonly: true, fileMustExist: true });
    try {
      await source.backup(partial);
    } finally {
      source.close();
    }
    const inspected = inspectBackup(partial);
    if (!inspected.ok) {
      rmSync(partial, { force: true });
      return { ok: false, reason: 'unsound-copy', problem: inspected.problem };
    }
    syncPath(partial);
    renameSync(partial, file);
    syncPath(dirname(file));
    return { ok: true, done: { file, bytes: statSync(file).size, contents: inspected.contents, ms: Date.now() - started } };
  } catch (error) {
    rmSync(partial, { force: true });
    return { ok: false, reason: 'write-failed', file, detail: error instanceof Error ? error.message : String(error) };
  }
}
