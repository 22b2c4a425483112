import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/datasets/[id]/route';
import { POST as create } from '@/app/api/datasets/route';
import { GET as search } from '@/app/api/indicators/route';
import { POST as answer } from '@/app/api/indicators/answers/route';
import { DELETE as removeSynonym, GET as synonyms, POST as addSynonym } from '@/app/api/indicators/synonyms/route';
import { GET as values } from '@/app/api/indicators/values/route';
import { POST as prose } from '@/app/api/prose/route';
import { POST as saveDocument } from '@/app/api/documents/route';
import { GET as differences } from '@/app/api/indicators/differences/route';
import type { DatasetDetail } from '../upload/types';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_SECONDS } from './auth/session-token';
import { getReferenceStore, getTeamStore } from './store/default-store';
import { jsonRequest, multipartRequest, rawRequest, routeContext } from './testing/api-client';
import { useTempDataDir } from './testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from './testing/test-session';

useTempDataDir('soatso-reference-');
useSignedInUser('admin');

// The real Nam Định yearbook 2022, table 30 (lib/extract/reference/testing/README.md).
const YEARBOOK = new Uint8Array(readFileSync('lib/extract/reference/testing/nien-giam-nam-dinh-2022.csv'));
const ORIGIN = 'http://localhost';

async function upload(): Promise<DatasetDetail> {
  const response = await create(multipartRequest('/api/datasets', 'nien-giam-nam-dinh-2022.csv', YEARBOOK, { name: 'Niên giám Nam Định 2022' }));
  expect(response.status).toBe(201);
  return (await response.json()) as DatasetDetail;
}

async function reviewerCookie(): Promise<string> {
  const store = getTeamStore();
  const created = await store.createUser({ name: 'lan-reviewer', role: 'reviewer', passwordHash: 'no-password' });
  const user = created.ok ? created.user : await store.userByName('lan-reviewer');
  if (!user) throw new Error('no reviewer');
  const token = newSessionToken();
  await store.createSession(hashSessionToken(token), user.id, Date.now() + SESSION_SECONDS * 1000);
  return `${SESSION_COOKIE}=${token}`;
}

describe('reference datasets through the API', () => {
  it('an admin marks and unmarks a dataset as a reference; it is audited', async () => {
    const dataset = await upload();
    const marked = await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', { reference: true }), routeContext(dataset.id));
    expect(marked.status).toBe(200);
    expect(await getReferenceStore().referenceIds()).toContain(dataset.id);
    const log = await getTeamStore().auditLog({ offset: 0, limit: 10 });
    expect(log.entries[0]).toMatchObject({ action: 'dataset.reference', target: dataset.id });
    const unmarked = await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', { reference: false }), routeContext(dataset.id));
    expect(unmarked.status).toBe(200);
    expect(await getReferenceStore().referenceIds()).not.toContain(dataset.id);
  });

  it('checks a pasted report against a marked reference, with basis and differs-from-reference', async () => {
    const dataset = await upload();
    await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', { reference: true }), routeContext(dataset.id));
    const text = 'Năm 2020, giá trị tăng thêm khu vực dịch vụ tăng 5,2% so với năm 2019. Năm 2021, giá trị tăng thêm khu vực dịch vụ đạt 28.841,4 tỷ đồng.';
    const response = await prose(jsonRequest('/api/prose', 'POST', { text, bundled: false }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { claims: { verdict: string; basis: unknown }[]; checks: { kind: string }[] };
    expect(body.claims[0]).toMatchObject({ verdict: 'match', basis: { reference: dataset.id } });
    expect(body.checks.map((c) => c.kind)).toContain('differs-from-reference');
  });

  it('searches series and gives every source of a value', async () => {
    const dataset = await upload();
    await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', { reference: true }), routeContext(dataset.id));
    const found = await search(rawRequest('/api/indicators?q=GDP', '', null));
    const hits = ((await found.json()) as { indicators: { dataset: string; indicator: string; unit: string; priceBase: string | null }[] }).indicators;
    expect(hits).toContainEqual(expect.objectContaining({ dataset: dataset.id, indicator: 'tong-san-pham', unit: 'Triệu đồng', priceBase: 'giá hiện hành' }));
    const response = await values(rawRequest(`/api/indicators/values?dataset=cao-bang&indicator=thu-ngan-sach-tren-dia-ban`, '', null));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { years: { year: number; sources: { kind: string }[] }[] };
    expect(body.years.find((y) => y.year === 2022)?.sources[0]?.kind).toBe('dataset');
  });

  it('counts the stored documents’ figures that differ from the reference, for the overview', async () => {
    const before = (await (await differences(rawRequest('/api/indicators/differences', '', null))).json()) as { documents: number; total: number };
    const dataset = await upload();
    await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', { reference: true }), routeContext(dataset.id));
    const text = 'Năm 2021, giá trị tăng thêm khu vực dịch vụ đạt 28.841,4 tỷ đồng.';
    const saved = await saveDocument(multipartRequest('/api/documents', 'bao-cao.txt', new TextEncoder().encode(text), { bundled: '0' }));
    expect(saved.status).toBe(201);
    const after = (await (await differences(rawRequest('/api/indicators/differences', '', null))).json()) as { documents: number; total: number };
    expect(after.documents).toBe(before.documents + 1);
    expect(after.total).toBe(before.total + 1);
  });

  it('keeps the admin’s synonyms and the users’ answers', async () => {
    const added = await addSynonym(jsonRequest('/api/indicators/synonyms', 'POST', { from: 'Thu NSNN', to: 'thu ngân sách nhà nước' }));
    expect(added.status).toBe(201);
    const listed = (await (await synonyms(rawRequest('/api/indicators/synonyms', '', null))).json()) as { synonyms: { from: string; to: string }[] };
    expect(listed.synonyms).toContainEqual(expect.objectContaining({ from: 'thu nsnn', to: 'thu ngan sach nha nuoc' }));
    const answered = await answer(jsonRequest('/api/indicators/answers', 'POST', { printed: 'thu ngân sách', choice: null }));
    expect(answered.status).toBe(200);
    expect(await getReferenceStore().answers()).toContainEqual({ printed: 'thu ngan sach', choice: null });
    const removed = await removeSynonym(new Request(`${ORIGIN}/api/indicators/synonyms?from=thu%20nsnn`, { method: 'DELETE', headers: { cookie: (testSessionHeaders().cookie ?? '') } }));
    expect(removed.status).toBe(204);
  });

  describe('edge cases', () => {
    it.each([
      ['a reviewer', async () => ({ cookie: await reviewerCookie() }), 403],
      ['another site', async () => ({ cookie: testSessionHeaders().cookie ?? '', origin: 'https://evil.example' }), 403],
      ['nobody', async () => ({}), 401],
    ])('refuses marking by %s', async (_who, headers, status) => {
      const dataset = await upload();
      const request = new Request(`${ORIGIN}/api/datasets/${dataset.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ reference: true }),
        headers: { 'content-type': 'application/json', ...(await headers()) },
      });
      expect((await PATCH(request, routeContext(dataset.id))).status).toBe(status);
      expect(await getReferenceStore().referenceIds()).not.toContain(dataset.id);
    });

    it.each([
      [{ reference: 'yes' }, 400],
      [{ reference: true, name: 'x' }, 400],
    ])('refuses the body %j', async (body, status) => {
      const dataset = await upload();
      expect((await PATCH(jsonRequest(`/api/datasets/${dataset.id}`, 'PATCH', body), routeContext(dataset.id))).status).toBe(status);
    });

    it('answers 404 for an unknown dataset and 400 for a bad query', async () => {
      const unknown = '0123456789abcdef0123456789abcdef';
      expect((await PATCH(jsonRequest(`/api/datasets/${unknown}`, 'PATCH', { reference: true }), routeContext(unknown))).status).toBe(404);
      expect((await search(rawRequest('/api/indicators?q=', '', null))).status).toBe(400);
      expect((await values(rawRequest('/api/indicators/values?dataset=../x&indicator=a', '', null))).status).toBe(400);
    });
  });
});
