/**
 * The store contract: one suite of cases every store must pass, SQLite (store-contract.sqlite.test.ts,
 * in the normal vitest run) and PostgreSQL (store-contract.pg-test.ts, `npm run test:pg`). A store
 * passes a fresh, empty set of stores to each case.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../dataset/build-dataset';
import type { Dataset } from '../../dataset/types';
import { toDocumentResult } from '../../documents/document-result';
import type { DocumentCheckResult } from '../../documents/types';
import { checkProse } from '../../extract/check-prose';
import { displayProse } from '../../extract/text/display-prose';
import { describeTableProblem } from '../../tables/messages';
import type { DecisionStatus } from '../../team/types';
import { compareVerdicts } from '../../verify/labels';
import { checkFiles } from '../../verify/check-files';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { newDatasetId } from './dataset-id';
import type { DocumentStore, NewDocument } from './document-store';
import type { TeamStore } from './team-types';
import type { DatasetStore, NewDataset, RateLimitStore } from './types';

/** The stores under test, all on one database. */
export interface ContractStores {
  readonly datasets: DatasetStore & RateLimitStore;
  readonly documents: DocumentStore;
  readonly team: TeamStore;
  /** 'ok' or the rows found without their parent. */
  readonly checkIntegrity: () => Promise<string>;
}

/** How a store under test is opened: once per file, emptied before each case. */
export interface ContractHarness {
  /** A synthetic report table of `rows` rows as CSV bytes (bench/generate-table.ts). */
  readonly generateTable: (rows: number) => Uint8Array;
  readonly open: () => Promise<ContractStores>;
  /** Leaves the database empty (each case starts from nothing). */
  readonly reset: (stores: ContractStores) => Promise<ContractStores>;
  readonly close: (stores: ContractStores) => Promise<void>;
}

let generateTable: ContractHarness['generateTable'] = () => new Uint8Array();

function generated(id: string, rows: number): Dataset {
  const outcome = checkFiles([{ name: 'lon.csv', bytes: generateTable(rows) }]);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  return buildDataset(id, { id, title: 'Bảng lớn', issuer: '', date: '2024-01-01', sections: [] }, outcome.tables, outcome.series);
}

function upload(dataset: Dataset, name = 'Bảng thử', createdAt?: Date): NewDataset {
  return {
    id: dataset.id,
    name,
    files: [{ name: 'bang.csv', format: 'csv', sheet: null, bytes: new TextEncoder().encode(SAMPLE_CSV) }],
    dataset,
    recognised: [],
    ...(createdAt ? { createdAt } : {}),
  };
}

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const TEXT = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';

function proseResult(text: string): DocumentCheckResult {
  const report = checkProse(text);
  return toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] });
}

function newDocument(overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    id: newDatasetId(),
    versionOf: null,
    name: 'bao-cao.txt',
    format: 'txt',
    bytes: new TextEncoder().encode(TEXT),
    text: TEXT,
    pages: null,
    options: { bundled: false, dataset: null },
    result: proseResult(TEXT),
    ...overrides,
  };
}

const SUBJECT = { kind: 'dataset', id: 'cao-bang' } as const;

/**
 * Declares the contract's cases for one store.
 *
 * @example
 * describeStoreContract('SQLite', { open: async () => …, reset: async (s) => …, close: async (s) => … });
 */
export function describeStoreContract(label: string, harness: ContractHarness): void {
  generateTable = harness.generateTable;
  describe(`store contract: ${label}`, () => {
    let opened: ContractStores | null = null;
    let s: ContractStores;

    beforeAll(async () => {
      opened = await harness.open();
    }, 60_000);
    beforeEach(async () => {
      if (!opened) throw new Error('the store did not open');
      opened = await harness.reset(opened);
      s = opened;
    });
    afterAll(async () => {
      if (opened) await harness.close(opened);
    });
    afterEach(async () => {
      expect(await s.checkIntegrity()).toBe('ok');
    });

    describe('datasets', () => {
      it('stores a dataset whole and reads it back exactly (title = name)', async () => {
        const id = newDatasetId();
        const dataset = generated(id, 300);
        const summary = await s.datasets.create(upload(dataset, 'Tên'));
        expect(summary).toMatchObject({ id, name: 'Tên', claimCount: dataset.claims.length, counts: dataset.counts });
        expect(summary.files).toEqual([expect.objectContaining({ name: 'bang.csv', format: 'csv', sheet: null, size: new TextEncoder().encode(SAMPLE_CSV).length })]);
        expect((await s.datasets.get(id))?.dataset).toEqual({ ...dataset, document: { ...dataset.document, title: 'Tên' } });
        expect((await s.datasets.files(id))?.map((f) => new TextDecoder().decode(f.bytes))).toEqual([SAMPLE_CSV]);
      });

      it('lists newest first without rows', async () => {
        const older = newDatasetId();
        const newer = newDatasetId();
        await s.datasets.create(upload(sampleDataset(older), 'Cũ', new Date('2024-01-01T00:00:00Z')));
        await s.datasets.create(upload(sampleDataset(newer), 'Mới', new Date('2024-06-01T00:00:00Z')));
        const list = await s.datasets.list();
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
        await s.datasets.create(upload(dataset));
        const table = dataset.tables[0];
        if (!table) throw new Error('no table');
        const window = await s.datasets.tableRows(id, table.id, { offset, limit });
        expect(window).toEqual({ rows: table.rows.slice(offset, offset + limit), total: table.rows.length, offset });
      });

      it('outline(), rowPosition(), findings(), indicator() and knownIndicators() read windows', async () => {
        const id = newDatasetId();
        const dataset = generated(id, 600);
        await s.datasets.create(upload(dataset, 'Tên'));
        const outline = await s.datasets.outline(id);
        expect(outline?.document.title).toBe('Tên');
        expect(outline?.tables.map((t) => [t.id, t.rowCount, t.claimCount])).toEqual(
          dataset.tables.map((t) => [t.id, t.rows.length, t.rows.filter((r) => r.verdict !== 'none').length]),
        );
        expect(outline?.indicatorCount).toBe(dataset.indicators.length);
        const table = dataset.tables[0];
        const row = table?.rows[321];
        if (!table || !row) throw new Error('no row');
        expect(await s.datasets.rowPosition(id, table.id, row.row)).toBe(321);
        const worstFirst = [...dataset.claims]
          .map((r, index) => ({ r, index }))
          .sort((a, b) => compareVerdicts(a.r.verdict, b.r.verdict) || a.index - b.index)
          .map((x) => x.r.key);
        const findings = await s.datasets.findings(id, { offset: 100, limit: 100 });
        expect(findings?.total).toBe(dataset.claims.length);
        expect(findings?.rows.map((r) => r.key)).toEqual(worstFirst.slice(100, 200));
        const indicator = dataset.indicators.find((i) => i.claims.length > 0);
        if (!indicator) throw new Error('no indicator with claims');
        const found = await s.datasets.indicator(id, indicator.id, { offset: 0, limit: 10 });
        expect(found).toEqual({ indicator, claims: { rows: indicator.claims, total: indicator.claims.length, offset: 0 } });
        const real = dataset.indicators.slice(0, 3).map((i) => i.id);
        expect(await s.datasets.knownIndicators(id, [...real, 'khong-co', "x'); DROP TABLE datasets; --"])).toEqual(new Set(real));
      });

      it('a table of 10 000 rows is stored and read whole', async () => {
        const id = newDatasetId();
        const dataset = generated(id, 10_000);
        await s.datasets.create(upload(dataset));
        const stored = await s.datasets.get(id);
        expect(stored?.dataset.tables[0]?.rows.length).toBe(10_000);
        expect(stored?.dataset.claims).toEqual(dataset.claims);
      }, 60_000);

      it('replaceCheck() swaps every row; rename() and delete() do what they say', async () => {
        const id = newDatasetId();
        await s.datasets.create(upload(generated(id, 200)));
        const smaller = generated(id, 30);
        expect(await s.datasets.replaceCheck(id, { dataset: smaller, recognised: [] })).toMatchObject({ id, claimCount: smaller.claims.length });
        expect((await s.datasets.get(id))?.dataset.tables.map((t) => t.rows.length)).toEqual([30]);
        expect(await s.datasets.rename(id, 'Tên mới')).toMatchObject({ name: 'Tên mới' });
        expect(await s.datasets.delete(id)).toBe(true);
        expect(await s.datasets.get(id)).toBeNull();
        expect(await s.datasets.files(id)).toBeNull();
        expect(await s.datasets.list()).toEqual([]);
      });

      it('50 datasets created at once are all stored, none mixed with another', async () => {
        const ids = Array.from({ length: 50 }, () => newDatasetId());
        await Promise.all(ids.map((id, n) => s.datasets.create(upload(sampleDataset(id), `Bảng ${n}`))));
        const list = await s.datasets.list();
        expect(new Set(list.map((d) => d.id))).toEqual(new Set(ids));
        for (const id of ids.slice(0, 5)) expect((await s.datasets.get(id))?.dataset.claims).toEqual(sampleDataset(id).claims);
      });

      it('health() writes its probe; fault() has nothing to report', async () => {
        expect(await s.datasets.health()).toEqual({ ok: true });
        expect(await s.datasets.fault()).toEqual({ ok: true });
      });

      describe('edge cases', () => {
        it('unknown ids read as nothing', async () => {
          const id = newDatasetId();
          expect(await s.datasets.get(id)).toBeNull();
          expect(await s.datasets.outline(id)).toBeNull();
          expect(await s.datasets.tableRows(id, 'bang-1', { offset: 0, limit: 10 })).toBeNull();
          expect(await s.datasets.rowPosition(id, 'bang-1', 3)).toBeNull();
          expect(await s.datasets.findings(id, { offset: 0, limit: 10 })).toBeNull();
          expect(await s.datasets.indicator(id, 'x', { offset: 0, limit: 10 })).toBeNull();
          expect(await s.datasets.knownIndicators(id, [])).toEqual(new Set());
          expect(await s.datasets.files(id)).toBeNull();
          expect(await s.datasets.replaceCheck(id, { dataset: sampleDataset(id), recognised: [] })).toBeNull();
          expect(await s.datasets.rename(id, 'x')).toBeNull();
          expect(await s.datasets.delete(id)).toBe(false);
        });

        it('a create that fails half-way leaves nothing behind', async () => {
          const id = newDatasetId();
          const dataset = sampleDataset(id);
          const table = dataset.tables[0];
          if (!table) throw new Error('no table');
          // Two tables under one id break the unique index after the dataset row and its file are written.
          const broken = { ...dataset, tables: [table, table] };
          await expect(s.datasets.create(upload(broken))).rejects.toThrow();
          expect(await s.datasets.get(id)).toBeNull();
          expect(await s.datasets.list()).toEqual([]);
        });

        it('a recheck that fails half-way keeps the previous check', async () => {
          const id = newDatasetId();
          const dataset = sampleDataset(id);
          await s.datasets.create(upload(dataset));
          const table = generated(id, 30).tables[0];
          if (!table) throw new Error('no table');
          await expect(s.datasets.replaceCheck(id, { dataset: { ...dataset, tables: [table, table] }, recognised: [] })).rejects.toThrow();
          expect((await s.datasets.get(id))?.dataset.claims).toEqual(dataset.claims);
        });

        it('a second dataset under a taken id is refused and the first is untouched', async () => {
          const id = newDatasetId();
          await s.datasets.create(upload(sampleDataset(id), 'Một'));
          await expect(s.datasets.create(upload(sampleDataset(id), 'Hai'))).rejects.toThrow();
          expect((await s.datasets.list()).map((d) => d.name)).toEqual(['Một']);
        });

        it.each([
          ['a negative offset and a huge limit', -5, 1e9, 0, 3],
          ['a fractional window', 1.7, 1.2, 1, 1],
        ])('findings() clamps %s', async (_label, offset, limit, expectedOffset, expectedRows) => {
          const id = newDatasetId();
          await s.datasets.create(upload(sampleDataset(id)));
          const window = await s.datasets.findings(id, { offset, limit });
          expect([window?.offset, window?.rows.length]).toEqual([expectedOffset, expectedRows]);
        });
      });
    });

    describe('rate-limit counters', () => {
      const T0 = 1_700_000_040_000; // a window of 60 s starts here (a multiple of 60 000)
      it('counts hits per bucket and client within a window', async () => {
        expect(await s.datasets.countHit('upload', '10.0.0.1', 60_000, T0)).toEqual({ count: 1, windowEndsAt: T0 + 60_000 });
        expect(await s.datasets.countHit('upload', '10.0.0.1', 60_000, T0 + 10)).toEqual({ count: 2, windowEndsAt: T0 + 60_000 });
        expect((await s.datasets.countHit('upload', '10.0.0.2', 60_000, T0)).count).toBe(1);
        expect((await s.datasets.countHit('save', '10.0.0.1', 60_000, T0)).count).toBe(1);
      });

      describe('edge cases', () => {
        it('starts again at the next window', async () => {
          await s.datasets.countHit('upload', '10.0.0.3', 60_000, T0);
          expect(await s.datasets.countHit('upload', '10.0.0.3', 60_000, T0 + 60_000)).toEqual({ count: 1, windowEndsAt: T0 + 120_000 });
        });
        it('100 hits at once are each counted once', async () => {
          const hits = await Promise.all(Array.from({ length: 100 }, () => s.datasets.countHit('upload', '10.0.0.4', 60_000, T0)));
          expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
        });
      });
    });

    describe('documents', () => {
      it('keeps the bytes, the text and every finding under its id', async () => {
        const input = newDocument();
        expect(await s.documents.createDocument(input)).toMatchObject({ id: input.id, seriesId: input.id, version: 1, name: 'bao-cao.txt', format: 'txt', characters: TEXT.length, claimCount: 1 });
        const stored = await s.documents.getDocument(input.id);
        expect(stored?.text).toBe(TEXT);
        expect(stored?.claims).toEqual(input.result.claims);
        expect(stored?.display).toEqual(input.result.display);
        expect(await s.documents.documentFile(input.id)).toEqual({ name: 'bao-cao.txt', bytes: input.bytes, options: input.options });
        expect((await s.documents.listDocuments()).map((d) => d.id)).toEqual([input.id]);
      });

      it('numbers versions, also when added at once, and lists them oldest first', async () => {
        const first = newDocument();
        await s.documents.createDocument(first);
        const more = Array.from({ length: 5 }, () => newDocument({ versionOf: first.id }));
        const stored = await Promise.all(more.map((d) => s.documents.createDocument(d)));
        expect(stored.map((d) => d?.version).sort()).toEqual([2, 3, 4, 5, 6]);
        expect((await s.documents.documentVersions(first.id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
      });

      it('replaces the findings after a re-check', async () => {
        const input = newDocument();
        await s.documents.createDocument(input);
        const fixed = proseResult(TEXT.replace('60%', '50%'));
        await s.documents.replaceDocumentCheck(input.id, fixed);
        expect((await s.documents.getDocument(input.id))?.claims.map((c) => c.verdict)).toEqual(fixed.claims.map((c) => c.verdict));
      });

      describe('edge cases', () => {
        it('a version of an unknown document is not stored', async () => {
          expect(await s.documents.createDocument(newDocument({ versionOf: newDatasetId() }))).toBeNull();
          expect(await s.documents.listDocuments()).toEqual([]);
        });
        it('a write that fails half-way leaves nothing behind', async () => {
          const input = newDocument();
          const claim = input.result.claims[0];
          if (claim === undefined) throw new Error('no claim');
          const broken = { ...input, result: { ...input.result, claims: [claim, claim] } };
          await expect(s.documents.createDocument(broken)).rejects.toThrow();
          expect(await s.documents.listDocuments()).toEqual([]);
        });
        it('unknown ids read as nothing', async () => {
          const id = newDatasetId();
          expect(await s.documents.getDocument(id)).toBeNull();
          expect(await s.documents.documentVersions(id)).toEqual([]);
          expect(await s.documents.documentFile(id)).toBeNull();
          expect(await s.documents.replaceDocumentCheck(id, proseResult(TEXT))).toBeNull();
        });
      });
    });

    describe('accounts and sessions', () => {
      async function lan() {
        const created = await s.team.createUser({ name: ' Lan ', role: 'reviewer', passwordHash: 'h1' });
        if (!created.ok) throw new Error('not created');
        return created.user;
      }

      it('keeps names unique whatever their case, sorted, never listing the hash', async () => {
        const user = await lan();
        expect(user).toMatchObject({ name: 'Lan', role: 'reviewer', disabled: false });
        expect(await s.team.createUser({ name: 'LAN', role: 'viewer', passwordHash: 'h2' })).toEqual({ ok: false, reason: 'name-taken' });
        await s.team.createUser({ name: 'Bình', role: 'admin', passwordHash: 'h3' });
        expect((await s.team.userByName('lan'))?.passwordHash).toBe('h1');
        expect((await s.team.userById(user.id))?.name).toBe('Lan');
        const users = await s.team.users();
        expect(users.map((u) => u.name)).toEqual(['Bình', 'Lan']);
        expect(JSON.stringify(users)).not.toContain('h1');
      });

      it.each([
        ['a new password', { passwordHash: 'h3' }, true],
        ['disabling', { disabled: true }, true],
        ['a new role', { role: 'admin' as const }, false],
      ])('%s: sessions end = %s', async (_label, change, ends) => {
        const user = await lan();
        await s.team.createSession('t1', user.id, Date.now() + 60_000);
        expect((await s.team.sessionUser('t1', Date.now()))?.name).toBe('Lan');
        expect(await s.team.updateUser(user.id, change)).toMatchObject({ id: user.id });
        expect(await s.team.sessionUser('t1', Date.now())).toEqual(ends ? null : expect.objectContaining({ name: 'Lan' }));
      });

      describe('edge cases', () => {
        it('an expired or deleted session is nobody', async () => {
          const user = await lan();
          await s.team.createSession('t2', user.id, 1000);
          expect(await s.team.sessionUser('t2', 2000)).toBeNull();
          await s.team.createSession('t3', user.id, Date.now() + 60_000);
          await s.team.deleteSession('t3');
          expect(await s.team.sessionUser('t3', Date.now())).toBeNull();
        });
        it('counts failures per key until cleared', async () => {
          expect((await s.team.recordFailure('name:lan', 10)).failures).toBe(1);
          expect(await s.team.recordFailure('name:lan', 20)).toEqual({ failures: 2, lastFailedAt: 20 });
          expect(await s.team.failures('name:lan')).toEqual({ failures: 2, lastFailedAt: 20 });
          await s.team.clearFailures('name:lan');
          expect(await s.team.failures('name:lan')).toBeNull();
        });
        it('an unknown user is not updated', async () => {
          expect(await s.team.updateUser('khong-co', { role: 'admin' })).toBeNull();
        });
      });
    });

    describe('decisions', () => {
      it('keeps every decision; the current status is the latest, and decided counts follow it', async () => {
        const created = await s.team.createUser({ name: 'lan', role: 'reviewer', passwordHash: 'h' });
        if (!created.ok) throw new Error('not created');
        const user = created.user;
        const decide = (target: string, status: DecisionStatus, comment: string) =>
          s.team.addDecision({ subject: SUBJECT, target, status, comment, userId: user.id, userName: user.name });
        const first = await decide('bang-2:3', 'accepted', 'làm tròn');
        expect(first).toMatchObject({ subject: SUBJECT, target: 'bang-2:3', status: 'accepted', userName: 'lan' });
        expect(typeof first.id).toBe('number');
        await decide('bang-2:3', 'confirmed', 'sai phép chia');
        await decide('bang-2:4', 'dismissed', '');
        await decide('bang-2:5', 'confirmed', '');
        await decide('bang-2:5', 'unreviewed', 'xem lại');
        expect((await s.team.decisionHistory(SUBJECT)).map((d) => [d.target, d.status])).toEqual([
          ['bang-2:3', 'accepted'],
          ['bang-2:3', 'confirmed'],
          ['bang-2:4', 'dismissed'],
          ['bang-2:5', 'confirmed'],
          ['bang-2:5', 'unreviewed'],
        ]);
        const current = await s.team.currentDecisions(SUBJECT);
        expect(current.get('bang-2:3')?.comment).toBe('sai phép chia');
        expect(current.get('bang-2:5')?.status).toBe('unreviewed');
        expect((await s.team.decidedCounts('dataset')).get('cao-bang')).toBe(2);
      });

      describe('edge cases', () => {
        it('decisions on another kind of subject are apart', async () => {
          await s.team.addDecision({ subject: { kind: 'document', id: 'cao-bang' }, target: 'x', status: 'confirmed', comment: '', userId: 'u', userName: 'lan' });
          expect(await s.team.decisionHistory(SUBJECT)).toEqual([]);
          expect((await s.team.decidedCounts('dataset')).size).toBe(0);
        });
      });
    });

    describe('audit log', () => {
      it('lists entries newest first with the total', async () => {
        await s.team.appendAudit({ userName: 'lan', action: 'dataset.create', target: 'a', detail: 'Quý 1' });
        await s.team.appendAudit({ userName: null, action: 'sign-in', target: 'x', detail: 'refused (401)' });
        const page = await s.team.auditLog({ offset: 0, limit: 10 });
        expect(page.total).toBe(2);
        expect(page.entries.map((e) => [e.action, e.userName])).toEqual([
          ['sign-in', null],
          ['dataset.create', 'lan'],
        ]);
      });

      describe('edge cases', () => {
        it('a page past the end is empty but keeps the total', async () => {
          await s.team.appendAudit({ userName: 'lan', action: 'decision', target: 'a', detail: '' });
          expect(await s.team.auditLog({ offset: 5, limit: 10 })).toMatchObject({ entries: [], total: 1, offset: 5 });
        });
      });
    });
  });
}
