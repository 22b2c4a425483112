/**
 * The store contract on a real PostgreSQL: `npm run test:pg`, which needs DATABASE_URL (start a
 * throw-away cluster with `scripts/pg-cluster.sh start`). Every table lives in a schema of its own,
 * created for this run and dropped after it, so the database's own tables are never touched.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifyPgError, openPgClient } from './pg-client';
import { pgSchemaVersion } from './pg-migrations';
import { openPgStore, type PgDatasetStore } from './pg-store';
import { PgReferenceStore } from './pg-reference-store';
import { PgTeamStore } from './pg-team-store';
import { SCHEMA_VERSION } from './migrations';
import { generateReportTable } from '../../../bench/generate-table';
import { describeStoreContract, type ContractStores } from './store-contract';

const url = process.env.DATABASE_URL ?? '';
if (url.trim() === '') throw new Error('npm run test:pg needs DATABASE_URL (e.g. DATABASE_URL=$(scripts/pg-cluster.sh start))');

const schema = `contract_${randomBytes(6).toString('hex')}`;
const TABLES = 'datasets, dataset_files, dataset_tables, dataset_rows, dataset_indicators, store_probe, rate_limit_hits, documents, document_findings, users, sessions, sign_in_failures, decisions, audit_log, dataset_corrections, reference_datasets, indicator_synonyms, indicator_answers';
const held = new WeakMap<ContractStores, PgDatasetStore>();

describeStoreContract('PostgreSQL', {
  generateTable: (rows) => generateReportTable(rows),
  open: async () => {
    const admin = openPgClient(url);
    await admin.unsafe(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const store = openPgStore(url, schema);
    const stores: ContractStores = {
      datasets: store,
      documents: store.documents,
      team: new PgTeamStore((kind, operation) => store.run(kind, operation)),
      references: new PgReferenceStore((kind, operation) => store.run(kind, operation)),
      checkIntegrity: () => store.checkIntegrity(),
    };
    held.set(stores, store);
    // Migrates, so the first case does not pay for it.
    expect(await store.health()).toEqual({ ok: true });
    return stores;
  },
  reset: async (stores) => {
    await held.get(stores)?.sql.unsafe(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
    return stores;
  },
  close: async (stores) => {
    const store = held.get(stores);
    await store?.sql.unsafe(`DROP SCHEMA ${schema} CASCADE`);
    await store?.end();
  },
});

describe('PostgreSQL store: what only PostgreSQL has', () => {
  it('migrates to the same schema version as SQLite, once even when servers start together', async () => {
    const own = `migrate_${randomBytes(6).toString('hex')}`;
    const admin = openPgClient(url);
    await admin.unsafe(`CREATE SCHEMA ${own}`);
    const servers = [openPgStore(url, own), openPgStore(url, own), openPgStore(url, own)];
    const healths = await Promise.all(servers.map((s) => s.health()));
    expect(healths).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const sql = openPgClient(url, process.env, own);
    expect(await pgSchemaVersion(sql)).toBe(SCHEMA_VERSION);
    await sql.end();
    await Promise.all(servers.map((s) => s.end()));
    await admin.unsafe(`DROP SCHEMA ${own} CASCADE`);
    await admin.end();
  });

  describe('edge cases', () => {
    it('a database that cannot be reached is a fault named "unavailable", not a crash', async () => {
      const nowhere = new URL(url);
      nowhere.port = '1';
      const store = openPgStore(nowhere.toString());
      const health = await store.health();
      expect(health).toMatchObject({ ok: false, fault: { kind: 'unavailable' } });
      expect(await store.fault()).toMatchObject({ ok: false, fault: { kind: 'unavailable' } });
      await expect(store.list()).rejects.toMatchObject({ name: 'StorageError' });
      await store.end();
    });
    it('a broken query is a bug, not a storage fault', () => {
      expect(classifyPgError(Object.assign(new Error('syntax'), { code: '42601' }))).toBeNull();
    });
  });
});
