import 'server-only';
import { join } from 'node:path';
import { dataDirectory } from '../config';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';

/** The database file name inside the data directory. */
export const DATABASE_FILE = 'soatso.db';

// One connection per server process, kept across hot reloads in development.
const holder = globalThis as typeof globalThis & { __soatsoStore?: { path: string; store: SqliteDatasetStore } };

/**
 * The process's dataset store: `<SOATSO_DATA_DIR>/soatso.db`, created with its directory on first
 * use, so the README's run command needs no set-up. Reopens when SOATSO_DATA_DIR changes (tests).
 *
 * @example
 * const summaries = await getStore().list();
 */
export function getStore(): SqliteDatasetStore {
  const path = join(dataDirectory(), DATABASE_FILE);
  const held = holder.__soatsoStore;
  if (held && held.path === path) return held.store;
  held?.store.close();
  const store = openSqliteStore(path);
  holder.__soatsoStore = { path, store };
  return store;
}

/** Closes the process's store (tests, shutdown). */
export function closeStore(): void {
  holder.__soatsoStore?.store.close();
  delete holder.__soatsoStore;
}
