/**
 * Backup and restore round trip of the PostgreSQL store (`npm run test:pg`, needs DATABASE_URL):
 * in databases created for the run and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDataset, SAMPLE_CSV } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import { openPgClient, type PgSql } from './pg-client';
import { runBackupCli, runRestoreCli } from '../backup/backup-cli';
import { backupPostgres, restorePostgres } from './pg-backup';
import { openPgStore, type PgDatasetStore } from './pg-store';
import { PgTeamStore } from './pg-team-store';
import { prepareDataset } from './prepare-dataset';

const url = process.env.DATABASE_URL ?? '';
if (url.trim() === '') throw new Error('npm run test:pg needs DATABASE_URL (e.g. DATABASE_URL=$(scripts/pg-cluster.sh start))');

let admin: PgSql;
const made: string[] = [];
let dir = '';

async function freshDatabase(): Promise<string> {
  const name = `backup_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  made.push(name);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return own.toString();
}

function teamOf(store: PgDatasetStore): PgTeamStore {
  return new PgTeamStore((kind, operation) => store.run(kind, operation));
}

async function fill(store: PgDatasetStore): Promise<string> {
  const id = newDatasetId();
  await store.create({ id, name: 'Sao lưu', files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }], prepared: prepareDataset(sampleDataset(id)), recognised: [] });
  const team = teamOf(store);
  const lan = await team.createUser({ name: 'lan', role: 'reviewer', passwordHash: 'h' });
  if (!lan.ok) throw new Error('no user');
  await team.addDecision({ subject: { kind: 'dataset', id }, target: 'bang-1:3', status: 'confirmed', comment: 'sai', userId: lan.user.id, userName: 'lan' });
  await team.appendAudit({ userName: 'lan', action: 'dataset.create', target: id, detail: '' });
  return id;
}

async function snapshot(store: PgDatasetStore, id: string) {
  const team = teamOf(store);
  return {
    list: await store.list(),
    dataset: await store.get(id),
    files: await store.files(id),
    users: await team.users(),
    decisions: await team.decisionHistory({ kind: 'dataset', id }),
    audit: await team.auditLog({ offset: 0, limit: 10 }),
  };
}

beforeAll(() => {
  admin = openPgClient(url);
  dir = mkdtempSync(join(tmpdir(), 'soatso-pg-backup-'));
});
afterAll(async () => {
  for (const name of made) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('PostgreSQL backup and restore', () => {
  it('a restore into an empty database gives back every dataset, file, user, decision and audit line', async () => {
    const sourceUrl = await freshDatabase();
    const source = openPgStore(sourceUrl);
    const id = await fill(source);
    const before = await snapshot(source, id);
    const file = join(dir, 'round-trip.pgdump');
    expect(await backupPostgres(sourceUrl, file)).toMatchObject({ ok: true });
    await source.end();
    const targetUrl = await freshDatabase();
    expect(await restorePostgres(targetUrl, file)).toMatchObject({ ok: true });
    const target = openPgStore(targetUrl);
    expect(await snapshot(target, id)).toEqual(before);
    // The restored store takes new writes (the identity columns went on from where they were).
    expect((await teamOf(target).addDecision({ subject: { kind: 'dataset', id }, target: 'bang-1:4', status: 'dismissed', comment: '', userId: 'u', userName: 'lan' })).id).toBeGreaterThan(before.decisions[0]?.id ?? 0);
    await target.end();
  });

  it('a restore over the live database brings back what was deleted after the backup', async () => {
    const databaseUrl = await freshDatabase();
    const store = openPgStore(databaseUrl);
    const id = await fill(store);
    const file = join(dir, 'over.pgdump');
    expect((await backupPostgres(databaseUrl, file)).ok).toBe(true);
    await store.delete(id);
    await store.end();
    expect((await restorePostgres(databaseUrl, file)).ok).toBe(true);
    const reopened = openPgStore(databaseUrl);
    expect((await reopened.get(id))?.summary.name).toBe('Sao lưu');
    await reopened.end();
  });

  it('npm run backup and npm run restore (the CLI) round-trip the PostgreSQL store', async () => {
    const databaseUrl = await freshDatabase();
    const store = openPgStore(databaseUrl);
    const id = await fill(store);
    const before = await snapshot(store, id);
    const file = join(dir, 'cli.pgdump');
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t) };
    const env = { DATABASE_URL: databaseUrl };
    expect(await runBackupCli([file], env, io)).toBe(0);
    expect(await runBackupCli([file], env, io)).toBe(1); // never overwrites
    await store.delete(id);
    await teamOf(store).appendAudit({ userName: 'lan', action: 'dataset.delete', target: id, detail: '' });
    await store.end();
    expect(await runRestoreCli([file], env, io)).toBe(0);
    expect(out.join('')).toContain('Restored PostgreSQL from');
    const reopened = openPgStore(databaseUrl);
    expect(await snapshot(reopened, id)).toEqual(before);
    await reopened.end();
  });

  describe('edge cases', () => {
    it('a missing dump file is refused by name and the database is untouched', async () => {
      const databaseUrl = await freshDatabase();
      const store = openPgStore(databaseUrl);
      const id = await fill(store);
      expect(await restorePostgres(databaseUrl, join(dir, 'khong-co.pgdump'))).toEqual({ ok: false, reason: `${join(dir, 'khong-co.pgdump')}: no such file` });
      expect((await store.get(id))?.summary.name).toBe('Sao lưu');
      await store.end();
    });
    it('a dump that is not one fails in one transaction and leaves the database as it was', async () => {
      const databaseUrl = await freshDatabase();
      const store = openPgStore(databaseUrl);
      const id = await fill(store);
      const bogus = join(dir, 'bogus.pgdump');
      writeFileSync(bogus, 'not a dump');
      const result = await restorePostgres(databaseUrl, bogus);
      expect(result.ok).toBe(false);
      expect((await store.get(id))?.summary.name).toBe('Sao lưu');
      await store.end();
    });
    it('an unreachable server is a failure with the tool\'s reason, not a crash', async () => {
      const nowhere = new URL(url);
      nowhere.port = '1';
      const result = await backupPostgres(nowhere.toString(), join(dir, 'nowhere.pgdump'));
      expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('pg_dump') });
    });
  });
});
