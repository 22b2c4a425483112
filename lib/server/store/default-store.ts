import 'server-only';
import { join } from 'node:path';
import { dataDirectory } from '../config';
import type { DocumentStore } from './document-store';
import { openPgStore, type PgDatasetStore } from './pg-store';
import { PgTeamStore } from './pg-team-store';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import { SqliteTeamStore } from './sqlite-team-store';
import { storeKind, type StoreKind } from './store-kind';
import { PgReferenceStore } from './pg-reference-store';
import { SqliteReferenceStore } from './sqlite-reference-store';
import type { ReferenceStore } from './reference-store';
import type { TeamStore } from './team-types';
import type { DatasetStore, RateLimitStore } from './types';

/** The database file name inside the data directory. */
export const DATABASE_FILE = 'soatso.db';


/** Every part of the process's store, on one connection (SQLite) or one pool (PostgreSQL). */
interface OpenStore {
  readonly kind: StoreKind;
  /** The file path or the database URL it was opened with: a change reopens (tests). */
  readonly key: string;
  readonly datasets: DatasetStore & RateLimitStore;
  readonly documents: DocumentStore;
  readonly team: TeamStore;
  /** Reference marks, synonyms and match answers (issue 15). */
  readonly references: ReferenceStore;
  readonly checkIntegrity: () => Promise<string>;
  /** Waits for the store to be closed (a PostgreSQL pool ends its connections). */
  readonly end: () => Promise<void>;
}

function openSqlite(path: string): OpenStore {
  const store: SqliteDatasetStore = openSqliteStore(path, { readOnly: process.env.SOATSO_READ_ONLY === '1' });
  return {
    kind: 'sqlite',
    key: path,
    datasets: store,
    documents: store.documents,
    team: new SqliteTeamStore(store),
    references: new SqliteReferenceStore(store),
    checkIntegrity: async () => store.checkIntegrity(),
    end: async () => store.close(),
  };
}

function openPostgres(url: string): OpenStore {
  const store: PgDatasetStore = openPgStore(url);
  store.start();
  return {
    kind: 'postgres',
    key: url,
    datasets: store,
    documents: store.documents,
    team: new PgTeamStore((kind, operation) => store.run(kind, operation)),
    references: new PgReferenceStore((kind, operation) => store.run(kind, operation)),
    checkIntegrity: () => store.checkIntegrity(),
    end: () => store.end(),
  };
}

// One store per server process, kept across hot reloads in development.
const holder = globalThis as typeof globalThis & { __soatsoStore?: OpenStore };

function openDefault(): OpenStore {
  const kind = storeKind();
  const key = kind === 'postgres' ? (process.env.DATABASE_URL ?? '').trim() : join(dataDirectory(), DATABASE_FILE);
  const held = holder.__soatsoStore;
  if (held && held.kind === kind && held.key === key) return held;
  held?.datasets.close();
  const opened = kind === 'postgres' ? openPostgres(key) : openSqlite(key);
  holder.__soatsoStore = opened;
  return opened;
}

/**
 * Which database the process's store is in.
 *
 * @example
 * getStoreKind() // 'sqlite'
 */
export function getStoreKind(): StoreKind {
  return openDefault().kind;
}

/**
 * The process's dataset store: PostgreSQL when `DATABASE_URL` is set, else
 * `<SOATSO_DATA_DIR>/soatso.db`, created with its directory on first use, so the README's run
 * command needs no set-up. Reopens when SOATSO_DATA_DIR or DATABASE_URL changes (tests).
 * `SOATSO_READ_ONLY=1` opens the SQLite file read-only (every write answers 503).
 *
 * @example
 * const summaries = await getStore().list();
 */
export function getStore(): DatasetStore {
  return openDefault().datasets;
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
 * The process's store seen as where rate-limit counters live (the same database, so several
 * servers on one PostgreSQL share them).
 *
 * @example
 * await getRateLimitStore().countHit('upload', '10.0.0.7', 60_000, Date.now()) // { count: 1, windowEndsAt: … }
 */
export function getRateLimitStore(): RateLimitStore {
  return openDefault().datasets;
}

/**
 * The process's accounts, sessions, decisions and audit log (the same database).
 *
 * @example
 * await getTeamStore().users() // [{ name: 'lan', role: 'admin', … }]
 */
export function getTeamStore(): TeamStore {
  return openDefault().team;
}

/**
 * The process's reference marks, synonyms and match answers (the same database).
 *
 * @example
 * await getReferenceStore().referenceIds() // ['3f2a…']
 */
export function getReferenceStore(): ReferenceStore {
  return openDefault().references;
}

/**
 * The full integrity check of the process's store (tests, maintenance): 'ok' or the problems.
 *
 * @example
 * await checkStoreIntegrity() // 'ok'
 */
export function checkStoreIntegrity(): Promise<string> {
  return openDefault().checkIntegrity();
}

/**
 * Closes the process's store (tests, shutdown): SQLite checkpoints the WAL into `soatso.db`
 * first; a PostgreSQL pool ends its connections once their queries are done.
 */
export function closeStore(): void {
  holder.__soatsoStore?.datasets.close();
  delete holder.__soatsoStore;
}

/**
 * Closes the process's store and waits until it is closed (scripts that must exit cleanly).
 *
 * @example
 * await endStore();
 */
export async function endStore(): Promise<void> {
  const held = holder.__soatsoStore;
  delete holder.__soatsoStore;
  await held?.end();
}
