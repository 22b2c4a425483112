import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recognition } from '../../upload/types';
import { writeServerPid } from '../shutdown/server-pid';
import { newDatasetId } from '../store/dataset-id';
import { SCHEMA_VERSION } from '../store/migrations';
import { openSqliteStore, type SqliteDatasetStore } from '../store/sqlite-store';
import { SqliteTeamStore } from '../store/sqlite-team-store';
import type { NewDataset } from '../store/types';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { runBackupCli, runRestoreCli } from './backup-cli';
import { backupSqlite } from './sqlite-backup';
import { restoreSqlite } from './sqlite-restore';
import { prepareDataset } from '../store/prepare-dataset';

const recognised: Recognition = {
  file: 'bang.csv',
  format: 'csv',
  sheet: null,
  sheets: [],
  kind: 'report',
  encoding: 'utf-8',
  delimiter: ';',
  headerRow: 2,
  compare: { from: 2015, to: 2020 },
  years: [2015, 2020],
  indicatorCount: 3,
  rowCount: 3,
  claimCount: 3,
  numberStyle: 'vi',
  warnings: [],
  moreWarnings: 0,
};

function upload(name: string): NewDataset {
  const id = newDatasetId();
  return {
    id,
    name,
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    prepared: prepareDataset(sampleDataset(id)),
    recognised: [recognised],
  };
}

let dir: string;
let dataDir: string;
let database: string;
let backup: string;
let store: SqliteDatasetStore;
let team: SqliteTeamStore;

function open(): void {
  store = openSqliteStore(database);
  team = new SqliteTeamStore(store);
}

/** What a reviewer sees: datasets with names, accounts with roles, every decision. */
async function snapshot(): Promise<unknown> {
  const datasets = (await store.list()).map((d) => [d.id, d.name]).sort();
  const users = (await team.users()).map((u) => [u.name, u.role, u.disabled]);
  const decisions = await Promise.all(
    datasets.map(async ([id]) =>
      (await team.decisionHistory({ kind: 'dataset', id: String(id) })).map((d) => [d.target, d.status, d.comment, d.userName]),
    ),
  );
  return { datasets, users, decisions };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-backup-'));
  dataDir = join(dir, 'data');
  database = join(dataDir, 'soatso.db');
  backup = join(dir, 'soatso-backup.db');
  open();
  const first = await store.create(upload('Bảng 1 năm 2015'));
  await store.create(upload('Bảng 2 năm 2020'));
  const created = await team.createUser({ name: 'lan', role: 'reviewer', passwordHash: 'hash-of-lan' });
  if (!created.ok) throw new Error('user not created');
  const by = { userId: created.user.id, userName: 'lan' };
  await team.addDecision({ subject: { kind: 'dataset', id: first.id }, target: 'c1', status: 'confirmed', comment: 'đúng', ...by });
  await team.addDecision({ subject: { kind: 'dataset', id: first.id }, target: 'c2', status: 'dismissed', comment: 'làm tròn', ...by });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (SQLite)', () => {
  it('round trip: back up while the store is open, change everything, restore, see the original', async () => {
    const original = await snapshot();
    // The store stays open, its last writes still in the WAL: the online backup must include them.
    expect(existsSync(`${database}-wal`)).toBe(true);
    const written = await backupSqlite(database, backup);
    expect(written.ok && written.done.contents).toEqual({ schemaVersion: SCHEMA_VERSION, datasets: 2, documents: 0, users: 1, decisions: 2 });

    const [one, two] = await store.list();
    await store.delete(String(one?.id));
    await store.rename(String(two?.id), 'Đã đổi tên');
    await team.createUser({ name: 'minh', role: 'admin', passwordHash: 'hash-of-minh' });
    await team.addDecision({ subject: { kind: 'dataset', id: String(two?.id) }, target: 'c9', status: 'accepted', comment: '', userId: 'x', userName: 'minh' });
    const changed = await snapshot();
    expect(changed).not.toEqual(original);
    store.close(); // the server is stopped for a restore

    const restored = await restoreSqlite(dataDir, backup, { now: new Date('2026-12-04T10:00:00Z') });
    expect(restored.ok && restored.done.contents.datasets).toBe(2);
    expect(restored.ok && restored.done.previous).toBe(`${database}.before-restore-2026-12-04T10-00-00-000Z`);
    open();
    expect(await snapshot()).toEqual(original);
    expect(store.checkIntegrity()).toBe('ok');
    store.close();

    // The replaced database is kept, whole, with the changes made after the backup.
    database = `${database}.before-restore-2026-12-04T10-00-00-000Z`;
    open();
    expect(await snapshot()).toEqual(changed);
  });

  it('the CLI commands back up and restore through SOATSO_DATA_DIR', async () => {
    const out: string[] = [];
    const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void out.push(s) };
    const env = { SOATSO_DATA_DIR: dataDir };
    expect(await runBackupCli([backup], env, io)).toBe(0);
    expect(out.join('')).toContain('2 datasets, 0 documents, 1 users, 2 decisions');
    await store.delete(String((await store.list())[0]?.id));
    store.close();
    expect(await runRestoreCli([backup], env, io)).toBe(0);
    expect(out.join('')).toMatch(/Restored .*soatso\.db/);
    open();
    expect((await store.list()).length).toBe(2);
  });
});

describe('edge cases', () => {
  const io = { stdout: () => undefined, stderr: () => undefined };

  it('never overwrites an existing backup file', async () => {
    writeFileSync(backup, 'older backup');
    expect(await backupSqlite(database, backup)).toEqual({ ok: false, reason: 'target-exists', file: backup });
  });

  it('a data directory without a database has nothing to back up', async () => {
    expect(await backupSqlite(join(dir, 'none', 'soatso.db'), backup)).toMatchObject({ ok: false, reason: 'no-database' });
  });

  it('refuses to restore under a live server unless forced', async () => {
    expect((await backupSqlite(database, backup)).ok).toBe(true);
    writeServerPid(dataDir, process.ppid); // a live process that is not this one
    expect(await restoreSqlite(dataDir, backup)).toEqual({ ok: false, reason: 'server-running', pid: process.ppid });
    store.close();
    expect((await restoreSqlite(dataDir, backup, { force: true })).ok).toBe(true);
  });

  it('a pid file left by a dead process does not block a restore', async () => {
    expect((await backupSqlite(database, backup)).ok).toBe(true);
    writeServerPid(dataDir, 2 ** 22 + 17); // above Linux's pid_max: no such process
    store.close();
    expect((await restoreSqlite(dataDir, backup)).ok).toBe(true);
  });

  /** Spoils a copy of a good backup; restoring it must leave the current database untouched. */
  const BAD: readonly (readonly [string, (file: string) => void, string])[] = [
    ['random bytes', (f) => writeFileSync(f, 'STT;Chỉ tiêu\n1;không phải cơ sở dữ liệu'), 'not-sqlite'],
    ['an empty file', (f) => writeFileSync(f, ''), 'not-sqlite'],
    [
      'another SQLite database',
      (f) => {
        rmSync(f);
        const db = new Database(f);
        db.exec('CREATE TABLE notes (x TEXT)');
        db.close();
      },
      'not-soatso',
    ],
    [
      'a backup from a newer soatso',
      (f) => {
        const db = new Database(f);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
      },
      'newer-schema',
    ],
    ['a truncated backup', (f) => truncateSync(f, Math.floor(statSync(f).size / 2)), 'corrupt'],
  ];

  it.each(BAD)('refuses %s and changes nothing', async (_label, spoil, reason) => {
    expect((await backupSqlite(database, backup)).ok).toBe(true);
    const bad = join(dir, 'bad.db');
    copyFileSync(backup, bad);
    spoil(bad);
    const before = await snapshot();
    store.close();
    const refused = await restoreSqlite(dataDir, bad);
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', problem: { reason } });
    expect(readdirSync(dataDir).filter((n) => n.includes('restoring') || n.includes('before-restore'))).toEqual([]);
    open();
    expect(await snapshot()).toEqual(before);
  });

  it('a missing backup file is named', async () => {
    expect(await restoreSqlite(dataDir, join(dir, 'khong-co.db'))).toEqual({ ok: false, reason: 'no-file', file: join(dir, 'khong-co.db') });
  });

  it.each([
    [[], 2],
    [['a.db', 'b.db'], 2],
    [['--force'], 2],
  ])('bad usage %j exits %i', async (args, code) => {
    expect(await runBackupCli(args, {}, io)).toBe(code);
    expect(await runRestoreCli(args, {}, io)).toBe(code);
  });

  it('with DATABASE_URL set, backup and restore go to PostgreSQL: a server that cannot be reached fails by name and writes nothing', async () => {
    const errors: string[] = [];
    const pgIo = { stdout: () => undefined, stderr: (s: string) => void errors.push(s) };
    const env = { DATABASE_URL: 'postgres://soatso@127.0.0.1:1/soatso', SOATSO_DATA_DIR: dataDir };
    expect(await runBackupCli([backup], env, pgIo)).toBe(1);
    expect(await runRestoreCli([join(dir, 'khong-co.pgdump')], env, pgIo)).toBe(1);
    expect(errors.join('')).toContain('The PostgreSQL backup failed: pg_dump');
    expect(errors.join('')).toContain('khong-co.pgdump: no such file');
    expect(existsSync(backup)).toBe(false);
  });
});
