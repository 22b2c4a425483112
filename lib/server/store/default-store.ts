import 'server-only';
import { join } from 'node:path';
import { dataDirectory } from '../config';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import type { DocumentStore } from './document-store';
import { SqliteTeamStore } from './sqlite-team-store';
import { SqliteReferenceStore } from './sqlite-reference-store';
import type { ReferenceStore } from './reference-store';
import type { TeamStore } from './team-types';
import type { DatasetStore, RateLimitStore } from './types';

/** The database file name inside the data directory. */
export const DATABASE_FILE = 'soatso.db';

// One connection per server process, kept across hot reloads in development.
const holder = globalThis as typeof globalThis & { __soatsoStore?: { path: string; store: SqliteDatasetStore } };

function openDefault(): SqliteDatasetStore {
  const path = join(dataDirectory(), DATABASE_FILE);
  const held = holder.__soatsoStore;
  if (held && held.path === path) return held.store;
  held?.store.close();
  const store = openSqliteStore(path, { readOnly: process.env.SOATSO_READ_ONLY === '1' });
  holder.__soatsoStore = { path, store };
  return store;
}

/**
 * The process's dataset store: `<SOATSO_DATA_DIR>/soatso.db`, created with its directory on first
 * use, so the README's run command needs no set-up. Reopens when SOATSO_DATA_DIR changes (tests).
 * `SOATSO_READ_ONLY=1` opens the file read-only (every write answers 503).
 *
 * @example
 * const summaries = await getStore().list();
 */
export function getStore(): DatasetStore {
  return openDefault();
}

/**
 * The process's stored documents (the same database as the datasets).
 *
 * @example
 * const documents = await getDocumentStore().listDocuments();
 */
export function getDocumentStore(): DocumentStore {
  return openDefault().documents;
}

/**
 * The process's store seen as where rate-limit counters live (the same database).
 *
 * @example
 * await getRateLimitStore().countHit('upload', '10.0.0.7', 60_000, Date.now()) // { count: 1, windowEndsAt: … }
 */
export function getRateLimitStore(): RateLimitStore {
  return openDefault();
}

const teamStores = new WeakMap<SqliteDatasetStore, SqliteTeamStore>();

/**
 * The process's accounts, sessions, decisions and audit log (the same database).
 *
 * @example
 * await getTeamStore().users() // [{ name: 'lan', role: 'admin', … }]
 */
export function getTeamStore(): TeamStore {
  const base = openDefault();
  const held = teamStores.get(base);
  if (held) return held;
  const team = new SqliteTeamStore(base);
  teamStores.set(base, team);
  return team;
}

const referenceStores = new WeakMap<SqliteDatasetStore, SqliteReferenceStore>();

/**
 * The process's reference marks, synonyms and match answers (the same database).
 *
 * @example
 * await getReferenceStore().referenceIds() // ['3f2a…']
 */
export function getReferenceStore(): ReferenceStore {
  const base = openDefault();
  const held = referenceStores.get(base);
  if (held) return held;
  const made = new SqliteReferenceStore(base);
  referenceStores.set(base, made);
  return made;
}

/**
 * The full integrity check of the process's store (tests, maintenance): 'ok' or the problems.
 *
 * @example
 * checkStoreIntegrity() // 'ok'
 */
export function checkStoreIntegrity(): string {
  return openDefault().checkIntegrity();
}

/** Checkpoints the WAL into `soatso.db` and closes the process's store (tests, shutdown). */
export function closeStore(): void {
  holder.__soatsoStore?.store.close();
  delete holder.__soatsoStore;
}
