import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Recognition } from '../../upload/types';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import { headerHash } from './sqlite-corrections';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import type { NewDataset } from './types';
import { prepareDataset } from './prepare-dataset';

let dir: string;
let store: SqliteDatasetStore;

const SIGNATURE = 'chi tieu | nam 2015 | so lieu 2016 | so sanh';

function recognition(overrides: Partial<Recognition>): Recognition {
  return {
    file: 'bang.csv',
    format: 'csv',
    sheet: null,
    sheets: [],
    kind: 'report',
    encoding: 'utf-8',
    delimiter: ';',
    headerRow: 1,
    compare: null,
    years: [2015],
    indicatorCount: 1,
    rowCount: 1,
    claimCount: 1,
    numberStyle: 'vi',
    warnings: [],
    moreWarnings: 0,
    table: 'bang.csv',
    headerKey: SIGNATURE,
    roles: [{ table: 'bang.csv', column: 2, role: 'year' }],
    ...overrides,
  };
}

function upload(name: string, recognised: readonly Recognition[], createdAt: Date): NewDataset {
  const id = newDatasetId();
  return { id, name, createdAt, files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }], prepared: prepareDataset(sampleDataset(id)), recognised };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-corrections-'));
  store = openSqliteStore(join(dir, 'soatso.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('savedCorrections', () => {
  it.each<[string, Partial<Recognition>, boolean]>([
    ['a corrected table is saved', {}, true],
    ['a table without corrections is not', { roles: [] }, false],
    ['a table read before header keys existed is not', { headerKey: undefined }, false],
    ['corrections naming another table are not', { roles: [{ table: 'khac.csv', column: 2, role: 'year' }] }, false],
  ])('%s', async (_name, overrides, saved) => {
    const stored = await store.create(upload('Quý 1', [recognition(overrides)], new Date('2026-01-01T00:00:00Z')));
    const found = await store.savedCorrections([SIGNATURE]);
    expect(found).toEqual(saved ? [{ signature: SIGNATURE, dataset: stored.id, name: 'Quý 1', roles: [{ column: 2, role: 'year' }], headerRows: null }] : []);
  });

  it('gives the newest correction of a header, under its dataset’s current name, and forgets a deleted dataset’s', async () => {
    const older = await store.create(upload('Quý 1', [recognition({})], new Date('2026-01-01T00:00:00Z')));
    const newer = await store.create(upload('Quý 2', [recognition({ roles: [{ table: 'bang.csv', column: 2, role: 'estimate' }] })], new Date('2026-02-01T00:00:00Z')));
    await store.rename(newer.id, 'Quý 2 (sửa)');
    expect(await store.savedCorrections([SIGNATURE])).toEqual([{ signature: SIGNATURE, dataset: newer.id, name: 'Quý 2 (sửa)', roles: [{ column: 2, role: 'estimate' }], headerRows: null }]);
    await store.delete(newer.id);
    expect((await store.savedCorrections([SIGNATURE]))[0]?.dataset).toBe(older.id);
    await store.delete(older.id);
    expect(await store.savedCorrections([SIGNATURE])).toEqual([]);
  });
});

describe('edge cases', () => {
  it('no signatures, or unknown ones, find nothing', async () => {
    await store.create(upload('Quý 1', [recognition({})], new Date()));
    expect(await store.savedCorrections([])).toEqual([]);
    expect(await store.savedCorrections(['chi tieu | nam 2015'])).toEqual([]);
  });

  it('malformed stored roles are dropped, never trusted', async () => {
    const stored = await store.create(upload('Quý 1', [recognition({})], new Date()));
    store.close();
    const db = new Database(join(dir, 'soatso.db'));
    db.prepare('UPDATE dataset_corrections SET roles_json = ? WHERE dataset_id = ?').run('[{"column":-1,"role":"year"},{"column":1,"role":"boss"},{"column":3,"role":"claim"}]', stored.id);
    db.close();
    store = openSqliteStore(join(dir, 'soatso.db'));
    expect((await store.savedCorrections([SIGNATURE]))[0]?.roles).toEqual([{ column: 3, role: 'claim' }]);
  });

  it.each<[string, number, number | null]>([
    ['a count of rows is kept', 2, 2],
    ['more rows than a header may have are dropped', 99, null],
    ['no rows are dropped', 0, null],
  ])('stored header rows: %s', async (_name, stored, expected) => {
    const made = await store.create(upload('Biểu 05', [recognition({ headerForced: { from: 2, to: 3 }, headerRowsKey: 'rows: chi tieu' })], new Date()));
    store.close();
    const db = new Database(join(dir, 'soatso.db'));
    db.prepare('UPDATE dataset_corrections SET header_rows = ? WHERE dataset_id = ?').run(stored, made.id);
    db.close();
    store = openSqliteStore(join(dir, 'soatso.db'));
    // The table's role (column 2: year) keeps the correction even when its header rows are dropped.
    expect((await store.savedCorrections(['rows: chi tieu']))[0]?.headerRows).toBe(expected);
  });

  it('a recheck keeps the dataset’s corrections', async () => {
    const stored = await store.create(upload('Quý 1', [recognition({})], new Date()));
    await store.replaceCheck(stored.id, { prepared: prepareDataset(sampleDataset(stored.id)), recognised: [recognition({})] });
    expect((await store.savedCorrections([SIGNATURE]))[0]?.dataset).toBe(stored.id);
  });

  it('a header is stored as a fixed-length hash, whatever its width', () => {
    expect(headerHash('x'.repeat(100_000))).toMatch(/^[0-9a-f]{64}$/);
  });
});
