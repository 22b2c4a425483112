import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import { openSqliteStore } from './sqlite-store';
import { classifyStorageError, faultMessage, StorageError } from './storage-fault';
import type { NewDataset } from './types';
import { prepareDataset } from './prepare-dataset';

/*
 * What a broken storage does to the store. Damage is real (bytes overwritten in the file); a
 * read-only directory is stood for by opening the file read-only (tests run as root, whom file
 * permissions do not stop), which is what SQLite itself falls back to when it may not write.
 */

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-fault-'));
  path = join(dir, 'soatso.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function upload(): NewDataset {
  const id = newDatasetId();
  return {
    id,
    name: 'Bảng',
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    prepared: prepareDataset(sampleDataset(id)),
    recognised: [],
  };
}

/** A store file with two datasets, checkpointed and closed. */
async function seed(): Promise<void> {
  const store = openSqliteStore(path);
  await store.create(upload());
  await store.create(upload());
  store.close();
}

function hash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function overwrite(file: string, at: number, bytes: Uint8Array): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

const PAGE = 4096;

describe('a damaged or read-only database', () => {
  it.each([
    // The 16-byte header "SQLite format 3\0" overwritten: the file is no database (SQLITE_NOTADB).
    ['the header overwritten', 0, 'corrupt'],
    // The second page (a b-tree page of the schema) overwritten with garbage: quick_check finds it.
    ['a table page overwritten', PAGE, 'corrupt'],
  ])('%s: the store reports the fault, refuses writes and leaves the file as it was', async (_name, at, kind) => {
    await seed();
    overwrite(path, at, new Uint8Array(PAGE / 2).fill(0x5a));
    const before = hash(path);
    const store = openSqliteStore(path);
    expect(await store.fault()).toMatchObject({ ok: false, fault: { kind } });
    expect(await store.health()).toMatchObject({ ok: false, fault: { kind } });
    await expect(store.create(upload())).rejects.toBeInstanceOf(StorageError);
    await expect(store.rename(newDatasetId(), 'x')).rejects.toBeInstanceOf(StorageError);
    store.close();
    expect(hash(path)).toBe(before);
  });

  it('opened read-only: reads work, writes and health answer read-only, the file is unchanged', async () => {
    await seed();
    const before = hash(path);
    const store = openSqliteStore(path, { readOnly: true });
    expect((await store.list()).length).toBe(2);
    const error = await store.create(upload()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).fault.kind).toBe('read-only');
    expect(await store.health()).toMatchObject({ ok: false, fault: { kind: 'read-only' } });
    expect(await store.fault()).toMatchObject({ ok: false, fault: { kind: 'read-only' } });
    store.close();
    expect(hash(path)).toBe(before);
    expect((await openSqliteStore(path).list()).length).toBe(2);
  });

  it('a sound store is healthy, and close() leaves no write-ahead log behind', async () => {
    const store = openSqliteStore(path);
    expect(await store.health()).toEqual({ ok: true });
    const input = upload();
    await store.create(input);
    expect(existsSync(`${path}-wal`)).toBe(true);
    store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    // The main file alone holds the upload.
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    const reopened = openSqliteStore(copy, { readOnly: true });
    expect((await reopened.list()).map((d) => d.id)).toEqual([input.id]);
    reopened.close();
  });
});

describe('classifyStorageError', () => {
  const coded = (code: string) => Object.assign(new Error(code), { code });
  it.each([
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['EACCES', 'read-only'],
    ['EROFS', 'read-only'],
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
  ])('%s → %s', (code, kind) => {
    expect(classifyStorageError(coded(code))).toEqual({ kind, detail: code });
  });

  describe('edge cases', () => {
    it.each([
      ['a constraint violation (a bug, not the storage)', coded('SQLITE_CONSTRAINT_PRIMARYKEY')],
      ['a plain error', new Error('x')],
      ['a string', 'SQLITE_FULL'],
      ['null', null],
      ['a numeric code', Object.assign(new Error('x'), { code: 28 })],
    ])('%s is not a storage fault', (_name, error) => {
      expect(classifyStorageError(error)).toBeNull();
    });

    it('a StorageError thrown by another copy of the module (Next bundles instrumentation apart) is still one', () => {
      const copy = Object.assign(new Error('storage full: ENOSPC'), { name: 'StorageError', fault: { kind: 'full', detail: 'ENOSPC' } });
      expect(classifyStorageError(copy)).toEqual({ kind: 'full', detail: 'ENOSPC' });
      const impostor = Object.assign(new Error('x'), { name: 'StorageError', fault: { kind: 'melted', detail: '' } });
      expect(classifyStorageError(impostor)).toBeNull();
    });

    it('a StorageError keeps its fault', () => {
      expect(classifyStorageError(new StorageError({ kind: 'full', detail: 'd' }))).toEqual({ kind: 'full', detail: 'd' });
    });
  });
});

describe('faultMessage', () => {
  it.each(['corrupt', 'read-only', 'full', 'unavailable'] as const)('%s says the server is at fault, in both languages', (kind) => {
    expect(faultMessage(kind).vi).toContain('Lỗi ở máy chủ, không phải ở tệp của bạn');
    expect(faultMessage(kind).en).toContain('A server fault, not a problem with your file');
  });
});
