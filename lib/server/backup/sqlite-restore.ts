import 'server-only';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { liveServerPid } from '../shutdown/server-pid';
import { DATABASE_FILE } from '../store/default-store';
import { openSqliteStore } from '../store/sqlite-store';
import { inspectBackup, type BackupContents, type InspectFailure } from './inspect-backup';
import { syncPath } from './sqlite-backup';

/** A restore done: what the data directory holds now, and where the replaced database was kept. */
export interface RestoreDone {
  readonly database: string;
  readonly contents: BackupContents;
  /** The database that was replaced, kept beside it (null when there was none). */
  readonly previous: string | null;
  readonly ms: number;
}

export type RestoreFailure =
  | { readonly reason: 'no-file'; readonly file: string }
  | { readonly reason: 'server-running'; readonly pid: number }
  | { readonly reason: 'invalid'; readonly file: string; readonly problem: InspectFailure }
  | { readonly reason: 'write-failed'; readonly detail: string };

export type RestoreResult = { readonly ok: true; readonly done: RestoreDone } | ({ readonly ok: false } & RestoreFailure);

export interface RestoreOptions {
  /** Restore although the pid file names a live process (only for a stale file; see README). */
  readonly force?: boolean;
  /** The time stamp naming the kept copy of the replaced database (tests). */
  readonly now?: Date;
}

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Folds a WAL left by a crash into the old database, so the copy kept of it is whole. */
function settleOldDatabase(database: string): void {
  if (!existsSync(`${database}-wal`)) return;
  try {
    const db = new Database(database, { fileMustExist: true });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch {
    // A damaged old database is kept as it is; its side files go with it below.
  }
}

function stamp(now: Date): string {
  return now.toISOString().replaceAll(':', '-').replace('.', '-');
}

/**
 * Replaces the SQLite database of `dataDir` with the backup `file`. Refuses while a server runs
 * on the directory (its pid file names a live process) unless `force`. The backup is copied into
 * the directory, checked there (integrity, foreign keys, made by soatso, schema no newer than this
 * code; inspect-backup.ts) and flushed; the current database is kept as
 * `soatso.db.before-restore-<time>`; then one rename puts the copy in place, so at every moment
 * `soatso.db` is either the old database or the new one. The restored file is opened once, which
 * brings an older backup's schema up to date.
 *
 * @example
 * await restoreSqlite('/var/lib/soatso', '/srv/backup/soatso-2026-12-04.db')
 * // { ok: true, done: { database: '/var/lib/soatso/soatso.db', contents: { datasets: 3, … }, previous: '…before-restore-2026-12-05T08-00-00-000Z', ms: 95 } }
 */
export async function restoreSqlite(dataDir: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const started = Date.now();
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, reason: 'no-file', file };
  const live = liveServerPid(dataDir);
  if (live !== null && options.force !== true) return { ok: false, reason: 'server-running', pid: live };
  const database = join(dataDir, DATABASE_FILE);
  const staged = join(dataDir, `${DATABASE_FILE}.restoring-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(file, staged);
    const inspected = inspectBackup(staged);
    if (!inspected.ok) {
      rmSync(staged, { force: true });
      return { ok: false, reason: 'invalid', file, problem: inspected.problem };
    }
    syncPath(staged);
    let previous: string | null = null;
    if (existsSync(database)) {
      settleOldDatabase(database);
      previous = `${database}.before-restore-${stamp(options.now ?? new Date())}`;
      linkSync(database, previous);
      for (const side of SIDE_FILES) if (existsSync(database + side)) renameSync(database + side, previous + side);
    }
    renameSync(staged, database);
    syncPath(dataDir);
    // Opening migrates an older backup to this code's schema (and turns WAL on); closing checkpoints.
    openSqliteStore(database).close();
    const after = inspectBackup(database);
    if (!after.ok) return { ok: false, reason: 'invalid', file, problem: after.problem };
    return { ok: true, done: { database, contents: after.contents, previous, ms: Date.now() - started } };
  } catch (error) {
    rmSync(staged, { force: true });
    return { ok: false, reason: 'write-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
