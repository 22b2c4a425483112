import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recognition } from '../../upload/types';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { isDatasetId, newDatasetId } from './dataset-id';
import { SCHEMA_VERSION } from './migrations';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import { StorageError } from './storage-fault';
import type { NewDataset } from './types';
import { prepareDataset } from './prepare-dataset';

let dir: string;
let store: SqliteDatasetStore;

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

function upload(overrides: Partial<NewDataset> = {}): NewDataset {
  const id = overrides.id ?? newDatasetId();
  return {
    id,
    name: 'Bảng thử',
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    prepared: prepareDataset(sampleDataset(id)),
    recognised: [recognised],
    ...overrides,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-store-'));
  store = openSqliteStore(join(dir, 'nested', 'soatso.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteDatasetStore', () => {
  it('creates the directory and database, in WAL mode with the current schema', () => {
    const db = new Database(join(dir, 'nested', 'soatso.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('stores a dataset and lists it with its verdict summary', async () => {
    const input = upload();
    const summary = await store.create(input);
    expect(summary).toMatchObject({
      id: input.id,
      name: 'Bảng thử',
      claimCount: 3,
      rowCount: 3,
      counts: { match: 1, mismatch: 1, wrong_direction: 1 },
    });
    expect(summary.files).toEqual([
      expect.objectContaining({ name: 'bang.csv', format: 'csv', size: new TextEncoder().encode(SAMPLE_CSV).length }),
    ]);
    // Grammar: start hex-digit{64} end, hex-digit := 0-9 | a-f. Example: the SHA-256 of "" is "e3b0c442…b855" (64 digits).
    expect(summary.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.list()).toEqual([summary]);
  });

  it('keeps the original bytes exactly', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0x00, 0x00, 0x54, 0x00]);
    const input = upload({ files: [{ name: 'u16.txt', format: 'csv', sheet: null, bytes }] });
    await store.create(input);
    const files = await store.files(input.id);
    expect(files?.[0]?.bytes).toEqual(bytes);
  });

  it('returns the checked dataset with the current name as title', async () => {
    const input = upload();
    await store.create(input);
    await store.rename(input.id, 'Tên mới');
    const stored = await store.get(input.id);
    expect(stored?.summary.name).toBe('Tên mới');
    expect(stored?.dataset.document.title).toBe('Tên mới');
    expect(stored?.dataset.claims.map((c) => c.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
  });

  it('lists newest first', async () => {
    const older = upload({ createdAt: new Date('2024-01-01T00:00:00Z') });
    const newer = upload({ createdAt: new Date('2024-06-01T00:00:00Z') });
    await store.create(older);
    await store.create(newer);
    expect((await store.list()).map((s) => s.id)).toEqual([newer.id, older.id]);
  });

  it('replaces the check results of a dataset', async () => {
    const input = upload();
    await store.create(input);
    const fixed = SAMPLE_CSV.replace('Tăng 60%', 'Tăng 50%');
    const updated = await store.replaceCheck(input.id, { prepared: prepareDataset(sampleDataset(input.id, fixed)), recognised: [recognised] });
    expect(updated?.counts.mismatch).toBe(0);
    expect(updated?.counts.match).toBe(2);
    expect((await store.get(input.id))?.dataset.counts.match).toBe(2);
  });

  it('deletes a dataset together with its files', async () => {
    const input = upload();
    await store.create(input);
    expect(await store.delete(input.id)).toBe(true);
    expect(await store.get(input.id)).toBeNull();
    expect(await store.files(input.id)).toBeNull();
    expect(await store.list()).toEqual([]);
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM dataset_files').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps its data across a reopen', async () => {
    const input = upload();
    await store.create(input);
    store.close();
    store = openSqliteStore(join(dir, 'nested', 'soatso.db'));
    expect((await store.get(input.id))?.summary.name).toBe('Bảng thử');
    expect(store.checkIntegrity()).toBe('ok');
  });
});

describe('edge cases', () => {
  it.each([
    ['get', async (id: string) => store.get(id)],
    ['files', async (id: string) => store.files(id)],
    ['rename', async (id: string) => store.rename(id, 'x')],
    ['replaceCheck', async (id: string) => store.replaceCheck(id, { prepared: prepareDataset(sampleDataset(id)), recognised: [] })],
  ])('%s of an unknown id gives null', async (_name, call) => {
    expect(await call(newDatasetId())).toBeNull();
  });

  it('delete of an unknown id gives false', async () => {
    expect(await store.delete(newDatasetId())).toBe(false);
  });

  it('a failing upload stores nothing (one transaction)', async () => {
    const input = upload({
      files: [
        { name: 'a.csv', format: 'csv', sheet: null, bytes: new Uint8Array([0x41]) },
        // Violates the format CHECK constraint after the dataset row and the first file were written.
        { name: 'b.pdf', format: 'pdf' as 'csv', sheet: null, bytes: new Uint8Array([0x42]) },
      ],
    });
    await expect(store.create(input)).rejects.toThrow();
    expect(await store.list()).toEqual([]);
    expect(store.checkIntegrity()).toBe('ok');
  });

  it('refuses a second dataset with the same id and keeps the first', async () => {
    const input = upload();
    await store.create(input);
    await expect(store.create({ ...input, name: 'Trùng' })).rejects.toThrow();
    expect((await store.list()).map((s) => s.name)).toEqual(['Bảng thử']);
  });

  it('stores names with quotes, markup and SQL text as plain text', async () => {
    const name = `<script>alert(1)</script>'); DROP TABLE datasets; --`;
    const input = upload({ name });
    await store.create(input);
    expect((await store.get(input.id))?.summary.name).toBe(name);
  });

  it('refuses to write to a database written by a newer build', async () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const newer = openSqliteStore(path);
    expect(await newer.fault()).toMatchObject({ ok: false, fault: { kind: 'unavailable' } });
    await expect(newer.create(upload())).rejects.toBeInstanceOf(StorageError);
    newer.close();
  });

  it('two connections to one file both see every write', async () => {
    const other = openSqliteStore(store.path);
    const a = upload();
    const b = upload();
    await store.create(a);
    await other.create(b);
    expect((await store.list()).length).toBe(2);
    expect((await other.list()).length).toBe(2);
    other.close();
  });

  it.each([
    [newDatasetId(), true],
    ['cao-bang', false],
    ['../../etc/passwd', false],
    ['0123456789ABCDEF0123456789abcdef', false],
    ['0123456789abcdef0123456789abcde', false],
  ])('isDatasetId(%j) is %s', (id, expected) => {
    expect(isDatasetId(id)).toBe(expected);
  });
});
