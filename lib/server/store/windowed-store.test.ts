import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateReportTable } from '../../../bench/generate-table';
import { buildDataset } from '../../dataset/build-dataset';
import type { Dataset } from '../../dataset/types';
import { describeTableProblem } from '../../tables/messages';
import { compareVerdicts } from '../../verify/labels';
import { checkFiles } from '../../verify/check-files';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import { SCHEMA_VERSION } from './migrations';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import type { NewDataset } from './types';
import { prepareDataset } from './prepare-dataset';

let dir: string;
let store: SqliteDatasetStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-window-'));
  store = openSqliteStore(join(dir, 'soatso.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function generated(id: string, rows: number): Dataset {
  const outcome = checkFiles([{ name: 'lon.csv', bytes: generateReportTable(rows) }]);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  return buildDataset(id, { id, title: 'Bảng lớn', issuer: '', date: '2024-01-01', sections: [] }, outcome.tables, outcome.series);
}

function input(dataset: Dataset, name = 'Bảng thử'): NewDataset {
  return {
    id: dataset.id,
    name,
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    prepared: prepareDataset(dataset),
    recognised: [],
  };
}

describe('rows stored one by one', () => {
  it('get() gives back exactly the dataset that was stored (title = name)', async () => {
    const id = newDatasetId();
    const dataset = generated(id, 300);
    await store.create(input(dataset, 'Tên'));
    const stored = await store.get(id);
    expect(stored?.dataset).toEqual({ ...dataset, document: { ...dataset.document, title: 'Tên' } });
  });

  it('tableRows() reads one window in table order, with the table total', async () => {
    const id = newDatasetId();
    const dataset = generated(id, 1000);
    await store.create(input(dataset));
    const table = dataset.tables[0];
    if (!table) throw new Error('no table');
    const window = await store.tableRows(id, table.id, { offset: 200, limit: 50 });
    expect(window?.total).toBe(1000);
    expect(window?.offset).toBe(200);
    expect(window?.rows).toEqual(table.rows.slice(200, 250));
  });

  it('rowPosition() finds a row by its file line', async () => {
    const id = newDatasetId();
    const dataset = generated(id, 500);
    await store.create(input(dataset));
    const table = dataset.tables[0];
    const row = table?.rows[321];
    if (!table || !row) throw new Error('no row');
    expect(await store.rowPosition(id, table.id, row.row)).toBe(321);
    expect(await store.rowPosition(id, table.id, 999_999)).toBeNull();
    expect(await store.rowPosition(id, 'khong-co', row.row)).toBeNull();
  });

  it('findings() are worst first, then in table order, over the whole dataset', async () => {
    const id = newDatasetId();
    const dataset = generated(id, 600);
    await store.create(input(dataset));
    const expected = [...dataset.claims]
      .map((row, index) => ({ row, index }))
      .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
      .map((x) => x.row.key);
    const first = await store.findings(id, { offset: 0, limit: 100 });
    const second = await store.findings(id, { offset: 100, limit: 100 });
    expect(first?.total).toBe(dataset.claims.length);
    expect([...(first?.rows ?? []), ...(second?.rows ?? [])].map((r) => r.key)).toEqual(expected.slice(0, 200));
  });

  it('indicator() gives the indicator with a window of its claims and their count', async () => {
    const id = newDatasetId();
    const dataset = sampleDataset(id);
    await store.create(input(dataset));
    const expected = dataset.indicators.find((i) => i.claims.length > 0);
    if (!expected) throw new Error('no indicator with claims');
    const found = await store.indicator(id, expected.id, { offset: 0, limit: 10 });
    expect(found?.indicator).toEqual(expected);
    expect(found?.claims.total).toBe(expected.claims.length);
  });

  it('knownIndicators() keeps only the ids the dataset has', async () => {
    const id = newDatasetId();
    const dataset = sampleDataset(id);
    await store.create(input(dataset));
    const real = dataset.indicators.map((i) => i.id);
    expect(await store.knownIndicators(id, [...real, 'khong-co', "x'); DROP TABLE datasets; --"])).toEqual(new Set(real));
  });

  it('outline() has the tables without rows, with their counts', async () => {
    const id = newDatasetId();
    const dataset = generated(id, 120);
    await store.create(input(dataset, 'Tên'));
    const outline = await store.outline(id);
    expect(outline?.document.title).toBe('Tên');
    expect(outline?.tables.map((t) => [t.id, t.rowCount, t.claimCount])).toEqual(
      dataset.tables.map((t) => [t.id, t.rows.length, t.rows.filter((r) => r.verdict !== 'none').length]),
    );
    expect(outline?.indicatorCount).toBe(dataset.indicators.length);
    expect(outline?.tables[0]).not.toHaveProperty('rows');
  });

  it('replaceCheck() swaps every row, and delete() leaves no row behind', async () => {
    const id = newDatasetId();
    await store.create(input(generated(id, 200)));
    const smaller = generated(id, 30);
    await store.replaceCheck(id, { prepared: prepareDataset(smaller), recognised: [] });
    expect((await store.get(id))?.dataset.tables.map((t) => t.rows.length)).toEqual([30]);
    await store.delete(id);
    const db = new Database(store.path, { readonly: true });
    for (const table of ['dataset_rows', 'dataset_tables', 'dataset_indicators']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    db.close();
  });

  describe('edge cases', () => {
    it.each([
      ['an unknown dataset', () => store.tableRows(newDatasetId(), 'bang', { offset: 0, limit: 10 })],
      ['an unknown table', async () => {
        const id = newDatasetId();
        await store.create(input(sampleDataset(id)));
        return store.tableRows(id, 'khong-co', { offset: 0, limit: 10 });
      }],
      ['an unknown indicator', async () => {
        const id = newDatasetId();
        await store.create(input(sampleDataset(id)));
        return store.indicator(id, 'khong-co', { offset: 0, limit: 10 });
      }],
      ['findings of an unknown dataset', () => store.findings(newDatasetId(), { offset: 0, limit: 10 })],
      ['the outline of an unknown dataset', () => store.outline(newDatasetId())],
    ])('%s gives null', async (_name, read) => {
      expect(await read()).toBeNull();
    });

    it('a window past the end is empty; a negative or huge range is clamped', async () => {
      const id = newDatasetId();
      const dataset = generated(id, 40);
      await store.create(input(dataset));
      const tableId = dataset.tables[0]?.id ?? '';
      expect((await store.tableRows(id, tableId, { offset: 1000, limit: 10 }))?.rows).toEqual([]);
      expect((await store.tableRows(id, tableId, { offset: -5, limit: 1e9 }))?.rows.length).toBe(40);
    });
  });
});

describe('migration 2 moves datasets stored as one blob into rows', () => {
  it('a database written by the first build opens with every dataset intact', async () => {
    store.close();
    const path = join(dir, 'old.db');
    const db = new Database(path);
    // The schema the first build created (migration 1), with one dataset stored as one JSON blob.
    db.exec(`CREATE TABLE datasets (
       id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
       checked_at TEXT NOT NULL, counts_json TEXT NOT NULL, claim_count INTEGER NOT NULL, row_count INTEGER NOT NULL,
       recognised_json TEXT NOT NULL, dataset_json TEXT NOT NULL) STRICT;
     CREATE INDEX datasets_by_created ON datasets (created_at DESC, id);
     CREATE TABLE dataset_files (
       dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE, position INTEGER NOT NULL,
       name TEXT NOT NULL, format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')), sheet TEXT,
       size INTEGER NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (dataset_id, position)) STRICT;`);
    db.pragma('user_version = 1');
    const id = newDatasetId();
    const dataset = generated(id, 150);
    db.prepare(
      `INSERT INTO datasets VALUES (?, 'Cũ', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', ?, ?, 150, '[]', ?)`,
    ).run(id, JSON.stringify(dataset.counts), dataset.claims.length, JSON.stringify(dataset));
    db.close();

    store = openSqliteStore(path);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
    expect((await store.get(id))?.dataset).toEqual({ ...dataset, document: { ...dataset.document, title: 'Cũ' } });
    expect((await store.tableRows(id, dataset.tables[0]?.id ?? '', { offset: 0, limit: 5 }))?.total).toBe(150);
  });
});
