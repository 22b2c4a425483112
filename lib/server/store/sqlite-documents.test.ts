import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDocumentResult } from '../../documents/document-result';
import type { DocumentCheckResult } from '../../documents/types';
import { checkProse } from '../../extract/check-prose';
import { displayProse } from '../../extract/text/display-prose';
import { newDatasetId } from './dataset-id';
import type { NewDocument } from './document-store';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';

let dir: string;
let store: SqliteDatasetStore;

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const TEXT = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';

function result(text: string): DocumentCheckResult {
  const report = checkProse(text);
  return toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] });
}

function document(overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    id: newDatasetId(),
    versionOf: null,
    name: 'bao-cao.txt',
    format: 'txt',
    bytes: new TextEncoder().encode(TEXT),
    text: TEXT,
    pages: null,
    options: { bundled: false, dataset: null },
    result: result(TEXT),
    ...overrides,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-documents-'));
  store = openSqliteStore(join(dir, 'soatso.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('stored documents', () => {
  it('keeps the bytes, the text and every finding under its id', async () => {
    const input = document();
    const summary = await store.documents.createDocument(input);
    expect(summary).toMatchObject({ id: input.id, seriesId: input.id, version: 1, name: 'bao-cao.txt', format: 'txt', characters: TEXT.length, claimCount: 1 });
    const stored = await store.documents.getDocument(input.id);
    expect(stored?.text).toBe(TEXT);
    expect(stored?.claims).toEqual(input.result.claims);
    expect(stored?.display).toEqual(input.result.display);
    expect((await store.documents.documentFile(input.id))?.bytes).toEqual(input.bytes);
  });

  it('numbers the versions of a document and lists them oldest first', async () => {
    const first = document();
    await store.documents.createDocument(first);
    const second = document({ versionOf: first.id });
    const third = document({ versionOf: second.id });
    expect(await store.documents.createDocument(second)).toMatchObject({ seriesId: first.id, version: 2 });
    expect(await store.documents.createDocument(third)).toMatchObject({ seriesId: first.id, version: 3 });
    expect((await store.documents.documentVersions(third.id)).map((v) => v.id)).toEqual([first.id, second.id, third.id]);
    expect((await store.documents.listDocuments()).map((d) => d.version).sort()).toEqual([1, 2, 3]);
  });

  it('replaces the findings after a re-check', async () => {
    const input = document();
    await store.documents.createDocument(input);
    const fixed = result(TEXT.replace('60%', '50%'));
    await store.documents.replaceDocumentCheck(input.id, fixed);
    expect((await store.documents.getDocument(input.id))?.claims.map((c) => c.verdict)).toEqual(fixed.claims.map((c) => c.verdict));
  });
});

describe('edge cases', () => {
  it('a version of an unknown document is not stored', async () => {
    expect(await store.documents.createDocument(document({ versionOf: newDatasetId() }))).toBeNull();
    expect(await store.documents.listDocuments()).toEqual([]);
  });

  it('a write that fails half-way leaves nothing behind', async () => {
    const input = document();
    const claim = input.result.claims[0];
    if (claim === undefined) throw new Error('no claim');
    // Two findings under one id break the unique index after the document row is written.
    const broken = { ...input, result: { ...input.result, claims: [claim, claim] } };
    await expect(store.documents.createDocument(broken)).rejects.toThrow();
    expect(await store.documents.listDocuments()).toEqual([]);
    expect(await store.documents.getDocument(input.id)).toBeNull();
    expect(store.checkIntegrity()).toBe('ok');
  });

  it('unknown ids read as nothing', async () => {
    const id = newDatasetId();
    expect(await store.documents.getDocument(id)).toBeNull();
    expect(await store.documents.documentVersions(id)).toEqual([]);
    expect(await store.documents.documentFile(id)).toBeNull();
    expect(await store.documents.replaceDocumentCheck(id, result(TEXT))).toBeNull();
  });
});
