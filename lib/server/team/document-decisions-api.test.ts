import { describe, expect, it } from 'vitest';
import { GET as decisionsOf, POST as decide } from '@/app/api/documents/[id]/decisions/route';
import { GET as reviewSheet } from '@/app/api/documents/[id]/review-sheet/route';
import { GET as list, POST as save } from '@/app/api/documents/route';
import type { StoredDocument } from '../../documents/types';
import type { Decision } from '../../team/types';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_SECONDS } from '../auth/session-token';
import { multipartRequest, routeContext } from '../testing/api-client';
import { useTempDataDir } from '../testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from '../testing/test-session';
import { getTeamStore } from '../store/default-store';
import { readDocxText } from '../prose/docx-text';
import { readZipDirectory } from '../xlsx/zip-directory';

useTempDataDir('soatso-document-decisions-');
useSignedInUser('reviewer');

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
const FIRMS_WRONG = 'Năm 2018 số doanh nghiệp đạt 1.000 doanh nghiệp. Năm 2022 số doanh nghiệp đạt 1.500 doanh nghiệp, tăng 40% so với năm 2018.';
const FIRMS_FIXED = FIRMS_WRONG.replace('tăng 40%', 'tăng 50%');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

type Saved = StoredDocument & { readonly carried: { readonly decisions: number; readonly findings: number; readonly fromVersion: number } | null };

async function upload(paragraphs: readonly string[], versionOf?: string): Promise<Saved> {
  const response = await save(multipartRequest('/api/documents', 'bao-cao.txt', utf8(paragraphs.join('\n\n')), { bundled: '0', ...(versionOf ? { versionOf } : {}) }));
  expect(response.status).toBe(201);
  return (await response.json()) as Saved;
}

function claimId(document: StoredDocument, indicator: string): string {
  const claim = document.claims.find((c) => c.indicator === indicator && c.verdict !== 'none');
  if (!claim) throw new Error(`no claim about ${indicator}`);
  return claim.id;
}

function post(id: string, body: unknown, headers: Record<string, string> = testSessionHeaders()): Promise<Response> {
  const request = new Request(`http://localhost/api/documents/${id}/decisions`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  return decide(request, routeContext(id));
}

async function history(id: string, target?: string): Promise<{ open: number; findings: number; history: Decision[] }> {
  const query = target ? `?target=${target}` : '';
  const response = await decisionsOf(new Request(`http://localhost/api/documents/${id}/decisions${query}`), routeContext(id));
  expect(response.status).toBe(200);
  return (await response.json()) as { open: number; findings: number; history: Decision[] };
}

async function viewerCookie(): Promise<Record<string, string>> {
  const store = getTeamStore();
  const created = await store.createUser({ name: 'test-viewer', role: 'viewer', passwordHash: 'no-password' });
  const user = created.ok ? created.user : await store.userByName('test-viewer');
  if (!user) throw new Error('no viewer');
  const token = newSessionToken();
  await store.createSession(hashSessionToken(token), user.id, Date.now() + SESSION_SECONDS * 1000);
  return { cookie: `${SESSION_COOKIE}=${token}` };
}

describe('/api/documents/:id/decisions', () => {
  it('keeps every decision: the history holds the old and the new status, the open count follows the latest', async () => {
    const v1 = await upload([INVESTMENT, BUDGET_WRONG, FIRMS_WRONG]);
    const budget = claimId(v1, 'thu ngân sách');
    expect(await history(v1.summary.id)).toMatchObject({ findings: 2, open: 2, history: [] });
    expect((await post(v1.summary.id, { target: budget, status: 'chấp nhận', comment: 'làm tròn' })).status).toBe(201);
    expect((await post(v1.summary.id, { target: budget, status: 'xác nhận sai', comment: 'phải là tăng 50%' })).status).toBe(201);
    const after = await history(v1.summary.id, budget);
    expect(after.open).toBe(1);
    expect(after.history.map((d) => [d.status, d.comment, d.userName])).toEqual([
      ['accepted', 'làm tròn', 'test-reviewer'],
      ['confirmed', 'phải là tăng 50%', 'test-reviewer'],
    ]);
    const listed = (await (await list(new Request('http://localhost/api/documents'))).json()) as { open: Record<string, { open: number; total: number }> };
    expect(listed.open[v1.summary.id]).toEqual({ open: 1, total: 2 });
  });

  it('version 2 takes over the decisions on a finding left as it was (còn nguyên), marked as carried', async () => {
    const v1 = await upload([INVESTMENT, BUDGET_WRONG, FIRMS_WRONG]);
    await post(v1.summary.id, { target: claimId(v1, 'thu ngân sách'), status: 'confirmed', comment: 'phải là tăng 50%' });
    await post(v1.summary.id, { target: claimId(v1, 'số doanh nghiệp'), status: 'confirmed', comment: 'phải là tăng 50%' });
    const v2 = await upload([INVESTMENT, FIRMS_FIXED, BUDGET_WRONG], v1.summary.id);
    expect(v2.carried).toMatchObject({ decisions: 1, findings: 1, fromVersion: 1 });
    const carried = await history(v2.summary.id);
    expect(carried.open).toBe(0);
    expect(carried.history).toHaveLength(1);
    expect(carried.history[0]).toMatchObject({
      target: claimId(v2, 'thu ngân sách'),
      status: 'confirmed',
      comment: 'phải là tăng 50%',
      userName: 'test-reviewer',
      carriedFrom: { subjectId: v1.summary.id, target: claimId(v1, 'thu ngân sách') },
    });
    // The earlier version keeps its own decisions.
    expect((await history(v1.summary.id)).history).toHaveLength(2);
  });

  it('the review sheet (.docx) gives each confirmed finding its line, printed text, arithmetic, suggestion and comment', async () => {
    const v1 = await upload([INVESTMENT, BUDGET_WRONG, FIRMS_WRONG]);
    await post(v1.summary.id, { target: claimId(v1, 'thu ngân sách'), status: 'confirmed', comment: 'ngân sách: in sai tỷ lệ' });
    await post(v1.summary.id, { target: claimId(v1, 'số doanh nghiệp'), status: 'dismissed', comment: 'doanh nghiệp: bỏ qua' });
    const response = await reviewSheet(new Request(`http://localhost/api/documents/${v1.summary.id}/review-sheet`), routeContext(v1.summary.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.docx');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const directory = readZipDirectory(bytes);
    const read = directory.ok ? await readDocxText(bytes, directory.entries, { maxChars: 100_000, maxInflatedBytes: 1 << 22 }) : null;
    const text = read?.ok ? `${read.text}\n${read.tables.flatMap((t) => t.rows.flat()).join('\n')}` : '';
    for (const part of ['PHIẾU RÀ SOÁT SỐ LIỆU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'dòng 3', 'tăng 60% so với năm 2015', '1.563,7 / 1.042,5 − 1 = 50,00%', 'tăng 50%', 'ngân sách: in sai tỷ lệ']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('doanh nghiệp: bỏ qua');
  });

  it('every decision goes to the audit log', async () => {
    const v1 = await upload([BUDGET_WRONG]);
    await post(v1.summary.id, { target: claimId(v1, 'thu ngân sách'), status: 'confirmed', comment: 'ghi vào nhật ký' });
    const { entries } = await getTeamStore().auditLog({ offset: 0, limit: 10 });
    expect(entries.find((e) => e.action === 'decision' && e.target.startsWith(v1.summary.id))?.detail).toContain('ghi vào nhật ký');
  });
});

describe('edge cases: refused, and nothing recorded', () => {
  it.each<[string, (id: string, target: string) => Promise<Response>, number, string]>([
    ['no session', (id, target) => post(id, { target, status: 'confirmed' }, {}), 401, 'đăng nhập'],
    ['another site', (id, target) => post(id, { target, status: 'confirmed' }, { ...testSessionHeaders(), origin: 'http://evil.example' }), 403, 'trang khác'],
    ['a viewer', async (id, target) => post(id, { target, status: 'confirmed' }, await viewerCookie()), 403, 'chỉ được xem'],
    ['an unknown status', (id, target) => post(id, { target, status: 'xong' }), 400, 'Trạng thái phải là'],
    ['an id that is no finding of the document', (id) => post(id, { target: 'c-00000000-1', status: 'confirmed' }), 404, 'Không có phát hiện'],
    ['an unknown field', (id, target) => post(id, { target, status: 'confirmed', who: 'x' }), 400, ''],
    ['an unknown document', (_id, target) => post('0123456789abcdef0123456789abcdef', { target, status: 'confirmed' }), 404, 'Không tìm thấy tài liệu'],
  ])('%s', async (_name, send, status, message) => {
    const v1 = await upload([INVESTMENT, BUDGET_WRONG]);
    const response = await send(v1.summary.id, claimId(v1, 'thu ngân sách'));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect((await history(v1.summary.id)).history).toEqual([]);
  });

  it('a match is not decided on', async () => {
    const v1 = await upload([INVESTMENT]);
    const response = await post(v1.summary.id, { target: claimId(v1, 'vốn đầu tư'), status: 'confirmed' });
    expect(response.status).toBe(404);
  });
});
