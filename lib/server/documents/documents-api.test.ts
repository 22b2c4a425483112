import { describe, expect, it } from 'vitest';
import { POST as recheck } from '@/app/api/documents/[id]/recheck/route';
import { GET as getOne } from '@/app/api/documents/[id]/route';
import { GET as versions } from '@/app/api/documents/[id]/versions/route';
import { GET as list, POST } from '@/app/api/documents/route';
import type { StoredDocument } from '../../documents/types';
import type { DocumentVersions } from './documents';
import { multipartRequest, rawRequest, routeContext } from '../testing/api-client';
import { makePdf, textPdf } from '../testing/make-pdf';
import { useTempDataDir } from '../testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from '../testing/test-session';

useTempDataDir('soatso-documents-api-');
useSignedInUser('reviewer');

const listRequest = (): Request => new Request('http://localhost/api/documents');

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
const FIRMS_WRONG = 'Năm 2018 số doanh nghiệp đạt 1.000 doanh nghiệp. Năm 2022 số doanh nghiệp đạt 1.500 doanh nghiệp, tăng 40% so với năm 2018.';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function upload(name: string, bytes: Uint8Array, fields: Record<string, string> = {}): Promise<StoredDocument> {
  const response = await POST(multipartRequest('/api/documents', name, bytes, { bundled: '0', ...fields }));
  expect(response.status).toBe(201);
  return (await response.json()) as StoredDocument;
}

describe('/api/documents', () => {
  it('stores a checked PDF: every claim has a stable id and its page; it reads back the same', async () => {
    const created = await upload('bao-cao.pdf', textPdf([[INVESTMENT.slice(0, 38)], [INVESTMENT.slice(39)]]));
    expect(created.summary).toMatchObject({ version: 1, format: 'pdf', pages: 2, name: 'bao-cao.pdf' });
    expect(created.claims.map((c) => [c.page, typeof c.id])).toEqual([
      [1, 'string'],
      [2, 'string'],
      [2, 'string'],
    ]);
    const again = await getOne(new Request(`http://localhost/api/documents/${created.summary.id}`), routeContext(created.summary.id));
    expect(again.status).toBe(200);
    expect(((await again.json()) as StoredDocument).claims).toEqual(created.claims);
    const listed = (await (await list(listRequest())).json()) as { documents: { id: string }[] };
    expect(listed.documents.map((d) => d.id)).toContain(created.summary.id);
  });

  it('re-checks a stored document and keeps the ids of the same findings', async () => {
    const created = await upload('bao-cao.txt', utf8(BUDGET_WRONG));
    const response = await recheck(
      new Request(`http://localhost/api/documents/${created.summary.id}/recheck`, { method: 'POST', headers: testSessionHeaders() }),
      routeContext(created.summary.id),
    );
    expect(response.status).toBe(200);
    const rechecked = (await response.json()) as StoredDocument;
    expect(rechecked.claims.map((c) => c.id)).toEqual(created.claims.map((c) => c.id));
  });

  it('compares version 2 with version 1: one fixed, the rest unchanged, one new', async () => {
    const v1 = await upload('bao-cao.txt', utf8([INVESTMENT, BUDGET_WRONG].join('\n\n')));
    // Without `bundled`, version 2 is checked against the same sources as version 1 (none here).
    const v2Request = multipartRequest('/api/documents', 'bao-cao-v2.txt', utf8([INVESTMENT, BUDGET_WRONG.replace('60%', '50%'), FIRMS_WRONG].join('\n\n')), { versionOf: v1.summary.id });
    const v2Response = await POST(v2Request);
    expect(v2Response.status).toBe(201);
    const v2 = (await v2Response.json()) as StoredDocument;
    expect(v2.sources).toEqual([]);
    expect(v2.summary).toMatchObject({ seriesId: v1.summary.id, version: 2 });
    const response = await versions(new Request(`http://localhost/api/documents/${v2.summary.id}/versions`), routeContext(v2.summary.id));
    const body = (await response.json()) as DocumentVersions;
    expect(body.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(body.comparisons[0]?.comparison.counts).toEqual({ fixed: 1, unchanged: 1, new: 1 });
  });
});

describe('edge cases: refusals name the file, nothing is stored', () => {
  it.each<[string, () => Request, number, string]>([
    ['a scanned PDF', () => multipartRequest('/api/documents', 'quet.pdf', makePdf([{ image: true }])), 422, 'quet.pdf: tệp PDF không có lớp chữ'],
    ['no file', () => multipartRequest('/api/documents', 'rong.txt', new Uint8Array(0)), 400, 'Chưa có tệp'],
    ['a raw body', () => rawRequest('/api/documents', 'Năm 2022 tăng 5%.', 'text/plain'), 415, 'Chưa có tệp'],
    ['a bad versionOf', () => multipartRequest('/api/documents', 'a.txt', utf8(INVESTMENT), { versionOf: '../x' }), 400, 'Mã tài liệu "../x" không hợp lệ'],
    ['an unknown versionOf', () => multipartRequest('/api/documents', 'a.txt', utf8(INVESTMENT), { versionOf: '0123456789abcdef0123456789abcdef' }), 404, 'Không tìm thấy tài liệu'],
    ['a body over the upload limit', () => rawRequest('/api/documents', 'x', 'multipart/form-data; boundary=x', { 'content-length': String(50 * 1024 * 1024) }), 413, 'quá lớn'],
  ])('%s', async (_name, request, status, message) => {
    const before = ((await (await list(listRequest())).json()) as { documents: unknown[] }).documents.length;
    const response = await POST(request());
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect(((await (await list(listRequest())).json()) as { documents: unknown[] }).documents).toHaveLength(before);
  });

  it('a re-check without a signed-in reviewer is refused with 401 and changes nothing', async () => {
    const created = await upload('bao-cao.txt', utf8(INVESTMENT));
    const response = await recheck(new Request(`http://localhost/api/documents/${created.summary.id}/recheck`, { method: 'POST' }), routeContext(created.summary.id));
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toContain('đăng nhập');
  });

  it.each([
    ['an unknown id', '0123456789abcdef0123456789abcdef', 404],
    ['a malformed id', 'abc', 400],
  ])('GET %s is %i', async (_name, id, status) => {
    expect((await getOne(new Request(`http://localhost/api/documents/${id}`), routeContext(id))).status).toBe(status);
    expect((await versions(new Request(`http://localhost/api/documents/${id}/versions`), routeContext(id))).status).toBe(status);
  });
});
