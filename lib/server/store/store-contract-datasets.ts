/**
 * The store contract's cases on datasets and rate-limit counters (see store-contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareVerdicts } from '../../verify/labels';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import type { Recognition } from '../../upload/types';
import { generated, recognition, ROWS_SIGNATURE, SIGNATURE, upload, type ContractStores } from './store-contract-fixtures';
import { prepareDataset } from './prepare-dataset';

/**
 * Declares the dataset and rate-limit cases; `stores()` gives the fresh stores of the running case.
 * @example describeDatasetContract(() => s);
 */
export function describeDatasetContract(stores: () => ContractStores): void {
  describe('datasets', () => {
    it('stores a dataset whole and reads it back exactly (title = name)', async () => {
      const id = newDatasetId();
      const dataset = generated(id, 300);
      const summary = await stores().datasets.create(upload(dataset, 'Tên'));
      expect(summary).toMatchObject({ id, name: 'Tên', claimCount: dataset.claims.length, counts: dataset.counts });
      expect(summary.files).toEqual([expect.objectContaining({ name: 'bang.csv', format: 'csv', sheet: null, size: new TextEncoder().encode(SAMPLE_CSV).length })]);
      expect((await stores().datasets.get(id))?.dataset).toEqual({ ...dataset, document: { ...dataset.document, title: 'Tên' } });
      expect((await stores().datasets.files(id))?.map((f) => new TextDecoder().decode(f.bytes))).toEqual([SAMPLE_CSV]);
    });

    it('lists newest first without rows', async () => {
      const older = newDatasetId();
      const newer = newDatasetId();
      await stores().datasets.create(upload(sampleDataset(older), 'Cũ', new Date('2024-01-01T00:00:00Z')));
      await stores().datasets.create(upload(sampleDataset(newer), 'Mới', new Date('2024-06-01T00:00:00Z')));
      const list = await stores().datasets.list();
      expect(list.map((d) => d.name)).toEqual(['Mới', 'Cũ']);
      expect(list[0]?.files.map((f) => f.name)).toEqual(['bang.csv']);
    });

    it.each([
      ['a first window', 0, 50],
      ['a middle window', 200, 50],
      ['a window past the end', 990, 50],
    ])('tableRows(): %s', async (_label, offset, limit) => {
      const id = newDatasetId();
      const dataset = generated(id, 1000);
      await stores().datasets.create(upload(dataset));
      const table = dataset.tables[0];
      if (!table) throw new Error('no table');
      const window = await stores().datasets.tableRows(id, table.id, { offset, limit });
      expect(window).toEqual({ rows: table.rows.slice(offset, offset + limit), total: table.rows.length, offset });
    });

    it('outline(), rowPosition(), findings(), indicator(), series() and knownIndicators() read windows', async () => {
      const id = newDatasetId();
      const dataset = generated(id, 600);
      await stores().datasets.create(upload(dataset, 'Tên'));
      const outline = await stores().datasets.outline(id);
      expect(outline?.document.title).toBe('Tên');
      expect(outline?.tables.map((t) => [t.id, t.rowCount, t.claimCount])).toEqual(
        dataset.tables.map((t) => [t.id, t.rows.length, t.rows.filter((r) => r.verdict !== 'none').length]),
      );
      expect(outline?.indicatorCount).toBe(dataset.indicators.length);
      const table = dataset.tables[0];
      const row = table?.rows[321];
      if (!table || !row) throw new Error('no row');
      expect(await stores().datasets.rowPosition(id, table.id, row.row)).toBe(321);
      const worstFirst = [...dataset.claims]
        .map((r, index) => ({ r, index }))
        .sort((a, b) => compareVerdicts(a.r.verdict, b.r.verdict) || a.index - b.index)
        .map((x) => x.r.key);
      const findings = await stores().datasets.findings(id, { offset: 100, limit: 100 });
      expect(findings?.total).toBe(dataset.claims.length);
      expect(findings?.rows.map((r) => r.key)).toEqual(worstFirst.slice(100, 200));
      const indicator = dataset.indicators.find((i) => i.claims.length > 0);
      if (!indicator) throw new Error('no indicator with claims');
      const found = await stores().datasets.indicator(id, indicator.id, { offset: 0, limit: 10 });
      expect(found).toEqual({ indicator, claims: { rows: indicator.claims, total: indicator.claims.length, offset: 0 } });
      expect(await stores().datasets.series(id)).toEqual(dataset.indicators.map((i) => ({ ...i, claims: [] })));
      const real = dataset.indicators.slice(0, 3).map((i) => i.id);
      expect(await stores().datasets.knownIndicators(id, [...real, 'khong-co', "x'); DROP TABLE datasets; --"])).toEqual(new Set(real));
    });

    it('a table of 10 000 rows is stored and read whole', async () => {
      const id = newDatasetId();
      const dataset = generated(id, 10_000);
      await stores().datasets.create(upload(dataset));
      const stored = await stores().datasets.get(id);
      expect(stored?.dataset.tables[0]?.rows.length).toBe(10_000);
      expect(stored?.dataset.claims).toEqual(dataset.claims);
    }, 60_000);

    it('replaceCheck() swaps every row; rename() and delete() do what they say', async () => {
      const id = newDatasetId();
      await stores().datasets.create(upload(generated(id, 200)));
      const smaller = generated(id, 30);
      expect(await stores().datasets.replaceCheck(id, { prepared: prepareDataset(smaller), recognised: [] })).toMatchObject({ id, claimCount: smaller.claims.length });
      expect((await stores().datasets.get(id))?.dataset.tables.map((t) => t.rows.length)).toEqual([30]);
      expect(await stores().datasets.rename(id, 'Tên mới')).toMatchObject({ name: 'Tên mới' });
      expect(await stores().datasets.delete(id)).toBe(true);
      expect(await stores().datasets.get(id)).toBeNull();
      expect(await stores().datasets.files(id)).toBeNull();
      expect(await stores().datasets.list()).toEqual([]);
    });

    it('50 datasets created at once are all stored, none mixed with another', async () => {
      const ids = Array.from({ length: 50 }, () => newDatasetId());
      await Promise.all(ids.map((id, n) => stores().datasets.create(upload(sampleDataset(id), `Bảng ${n}`))));
      const list = await stores().datasets.list();
      expect(new Set(list.map((d) => d.id))).toEqual(new Set(ids));
      for (const id of ids.slice(0, 5)) expect((await stores().datasets.get(id))?.dataset.claims).toEqual(sampleDataset(id).claims);
    });

    it('health() writes its probe; fault() has nothing to report', async () => {
      expect(await stores().datasets.health()).toEqual({ ok: true });
      expect(await stores().datasets.fault()).toEqual({ ok: true });
    });

    describe('edge cases', () => {
      it('unknown ids read as nothing', async () => {
        const id = newDatasetId();
        expect(await stores().datasets.get(id)).toBeNull();
        expect(await stores().datasets.outline(id)).toBeNull();
        expect(await stores().datasets.tableRows(id, 'bang-1', { offset: 0, limit: 10 })).toBeNull();
        expect(await stores().datasets.rowPosition(id, 'bang-1', 3)).toBeNull();
        expect(await stores().datasets.findings(id, { offset: 0, limit: 10 })).toBeNull();
        expect(await stores().datasets.indicator(id, 'x', { offset: 0, limit: 10 })).toBeNull();
        expect(await stores().datasets.series(id)).toBeNull();
        expect(await stores().datasets.knownIndicators(id, [])).toEqual(new Set());
        expect(await stores().datasets.files(id)).toBeNull();
        expect(await stores().datasets.replaceCheck(id, { prepared: prepareDataset(sampleDataset(id)), recognised: [] })).toBeNull();
        expect(await stores().datasets.rename(id, 'x')).toBeNull();
        expect(await stores().datasets.delete(id)).toBe(false);
      });

      it('a create that fails half-way leaves nothing behind', async () => {
        const id = newDatasetId();
        const dataset = sampleDataset(id);
        const table = dataset.tables[0];
        if (!table) throw new Error('no table');
        // Two tables under one id break the unique index after the dataset row and its file are written.
        const broken = { ...dataset, tables: [table, table] };
        await expect(stores().datasets.create(upload(broken))).rejects.toThrow();
        expect(await stores().datasets.get(id)).toBeNull();
        expect(await stores().datasets.list()).toEqual([]);
      });

      it('a recheck that fails half-way keeps the previous check', async () => {
        const id = newDatasetId();
        const dataset = sampleDataset(id);
        await stores().datasets.create(upload(dataset));
        const table = generated(id, 30).tables[0];
        if (!table) throw new Error('no table');
        await expect(stores().datasets.replaceCheck(id, { prepared: prepareDataset({ ...dataset, tables: [table, table] }), recognised: [] })).rejects.toThrow();
        expect((await stores().datasets.get(id))?.dataset.claims).toEqual(dataset.claims);
      });

      it('a second dataset under a taken id is refused and the first is untouched', async () => {
        const id = newDatasetId();
        await stores().datasets.create(upload(sampleDataset(id), 'Một'));
        await expect(stores().datasets.create(upload(sampleDataset(id), 'Hai'))).rejects.toThrow();
        expect((await stores().datasets.list()).map((d) => d.name)).toEqual(['Một']);
      });

      it.each([
        ['a negative offset and a huge limit', -5, 1e9, 0, 3],
        ['a fractional window', 1.7, 1.2, 1, 1],
      ])('findings() clamps %s', async (_label, offset, limit, expectedOffset, expectedRows) => {
        const id = newDatasetId();
        await stores().datasets.create(upload(sampleDataset(id)));
        const window = await stores().datasets.findings(id, { offset, limit });
        expect([window?.offset, window?.rows.length]).toEqual([expectedOffset, expectedRows]);
      });
    });
  });

  describe('saved role corrections', () => {
    it.each<[string, Partial<Recognition>, boolean]>([
      ['a corrected table is saved', {}, true],
      ['a table without corrections is not', { roles: [] }, false],
      ['corrections naming another table are not', { roles: [{ table: 'khac.csv', column: 2, role: 'year' }] }, false],
    ])('%s', async (_name, overrides, saved) => {
      const id = newDatasetId();
      await stores().datasets.create({ ...upload(sampleDataset(id), 'Quý 1'), recognised: [recognition(overrides)] });
      const expected = saved ? [{ signature: SIGNATURE, dataset: id, name: 'Quý 1', roles: [{ column: 2, role: 'year' }], headerRows: null }] : [];
      expect(await stores().datasets.savedCorrections([SIGNATURE])).toEqual(expected);
    });

    it('gives the newest correction of a header under its dataset’s current name; a recheck replaces it; a delete forgets it', async () => {
      const older = newDatasetId();
      const newer = newDatasetId();
      await stores().datasets.create({ ...upload(sampleDataset(older), 'Quý 1', new Date('2026-01-01T00:00:00Z')), recognised: [recognition({})] });
      const estimate = recognition({ roles: [{ table: 'bang.csv', column: 2, role: 'estimate' }] });
      await stores().datasets.create({ ...upload(sampleDataset(newer), 'Quý 2', new Date('2026-02-01T00:00:00Z')), recognised: [estimate] });
      await stores().datasets.rename(newer, 'Quý 2 (sửa)');
      expect(await stores().datasets.savedCorrections([SIGNATURE])).toEqual([{ signature: SIGNATURE, dataset: newer, name: 'Quý 2 (sửa)', roles: [{ column: 2, role: 'estimate' }], headerRows: null }]);
      await stores().datasets.replaceCheck(newer, { prepared: prepareDataset(sampleDataset(newer)), recognised: [] });
      expect((await stores().datasets.savedCorrections([SIGNATURE]))[0]?.dataset).toBe(older);
      await stores().datasets.delete(older);
      expect(await stores().datasets.savedCorrections([SIGNATURE])).toEqual([]);
    });

    it.each<[string, Partial<Recognition>, readonly { column: number; role: 'year' }[]]>([
      ['header rows alone', { roles: [] }, []],
      ['header rows with a role', {}, [{ column: 2, role: 'year' }]],
    ])('a table whose header rows the user chose is saved under the raw rows chosen: %s', async (_name, overrides, roles) => {
      const id = newDatasetId();
      const forced = recognition({ headerForced: { from: 2, to: 3 }, headerRowsKey: ROWS_SIGNATURE, ...overrides });
      await stores().datasets.create({ ...upload(sampleDataset(id), 'Biểu 05'), recognised: [forced] });
      expect(await stores().datasets.savedCorrections([SIGNATURE, ROWS_SIGNATURE])).toEqual([
        { signature: ROWS_SIGNATURE, dataset: id, name: 'Biểu 05', roles, headerRows: 2 },
      ]);
    });

    describe('edge cases', () => {
      it('many signatures at once (the ranges of rows around every header of an upload) are looked up together', async () => {
        const id = newDatasetId();
        await stores().datasets.create({ ...upload(sampleDataset(id)), recognised: [recognition({ headerForced: { from: 2, to: 3 }, headerRowsKey: ROWS_SIGNATURE })] });
        const many = [...Array.from({ length: 250 }, (_, i) => `rows: khac ${i}`), ROWS_SIGNATURE, SIGNATURE];
        expect((await stores().datasets.savedCorrections(many)).map((c) => c.signature)).toEqual([ROWS_SIGNATURE]);
      });

      it('no signature, an unknown one and a repeated one', async () => {
        const id = newDatasetId();
        await stores().datasets.create({ ...upload(sampleDataset(id)), recognised: [recognition({})] });
        expect(await stores().datasets.savedCorrections([])).toEqual([]);
        expect(await stores().datasets.savedCorrections(['khong co'])).toEqual([]);
        expect((await stores().datasets.savedCorrections([SIGNATURE, SIGNATURE])).length).toBe(1);
      });
    });
  });

  describe('rate-limit counters', () => {
    const T0 = 1_700_000_040_000; // a window of 60 s starts here (a multiple of 60 000)
    it('counts hits per bucket and client within a window', async () => {
      expect(await stores().datasets.countHit('upload', '10.0.0.1', 60_000, T0)).toEqual({ count: 1, windowEndsAt: T0 + 60_000 });
      expect(await stores().datasets.countHit('upload', '10.0.0.1', 60_000, T0 + 10)).toEqual({ count: 2, windowEndsAt: T0 + 60_000 });
      expect((await stores().datasets.countHit('upload', '10.0.0.2', 60_000, T0)).count).toBe(1);
      expect((await stores().datasets.countHit('save', '10.0.0.1', 60_000, T0)).count).toBe(1);
    });

    describe('edge cases', () => {
      it('starts again at the next window', async () => {
        await stores().datasets.countHit('upload', '10.0.0.3', 60_000, T0);
        expect(await stores().datasets.countHit('upload', '10.0.0.3', 60_000, T0 + 60_000)).toEqual({ count: 1, windowEndsAt: T0 + 120_000 });
      });
      it('100 hits at once are each counted once', async () => {
        const hits = await Promise.all(Array.from({ length: 100 }, () => stores().datasets.countHit('upload', '10.0.0.4', 60_000, T0)));
        expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      });
    });
  });
}
