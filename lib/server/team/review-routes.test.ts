import { afterEach, describe, expect, it, vi } from 'vitest';
import * as datasetDecisions from '@/app/api/datasets/[id]/decisions/route';
import * as datasetSheet from '@/app/api/datasets/[id]/review-sheet/route';
import { POST as createDataset } from '@/app/api/datasets/route';
import * as documentDecisions from '@/app/api/documents/[id]/decisions/route';
import * as documentSheet from '@/app/api/documents/[id]/review-sheet/route';
import { POST as createDocument } from '@/app/api/documents/route';
import type { StoredDocument } from '../../documents/types';
import type { Decision } from '../../team/types';
import { loadDataset } from '../data';
import { multipartRequest, routeContext } from '../testing/api-client';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { useTempDataDir } from '../testing/temp-data-dir';
import { sessionHeadersFor, testSessionHeaders, useSignedInUser } from '../testing/test-session';
import type { RouteHandler } from './review-routes';

/*
 * The decision and review-sheet routes of both kinds of subject (datasets and stored documents),
 * one table of cases run against each: they share their handlers and differ only in how the
 * subject is opened, the GET body and the sheet's file name.
 */

useTempDataDir('soatso-review-routes-');
useSignedInUser('reviewer');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const UNKNOWN_ID = '0123456789abcdef0123456789abcdef';
// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';

/** A stored subject: its id, a finding on it and a claim that matches (no finding). */
interface Subject {
  readonly id: string;
  readonly finding: string;
  readonly match: string;
}

interface Kind {
  readonly name: 'dataset' | 'document';
  readonly path: 'datasets' | 'documents';
  readonly decisions: { readonly GET: RouteHandler; readonly POST: RouteHandler; readonly PUT: RouteHandler };
  readonly sheet: { readonly GET: RouteHandler; readonly POST: RouteHandler };
  /** The keys of the GET /decisions body, in order. */
  readonly keys: readonly string[];
  /** The first words of the 400 for a malformed id and of the 404 for an unknown one. */
  readonly malformed: string;
  readonly unknown: string;
  readonly fileName: (id: string) => string;
  create(): Promise<Subject>;
}

const KINDS: readonly Kind[] = [
  {
    name: 'dataset',
    path: 'datasets',
    decisions: datasetDecisions,
    sheet: datasetSheet,
    keys: ['findings', 'open', 'current', 'history'],
    malformed: 'Mã bộ dữ liệu',
    unknown: 'Không có bộ dữ liệu',
    fileName: (id) => `phieu-ra-soat-${id}.docx`,
    async create() {
      const response = await createDataset(multipartRequest('/api/datasets', 'bang.csv', utf8(SAMPLE_CSV)));
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const claims = (await loadDataset(id))?.claims ?? [];
      const key = (verdict: string): string => claims.find((c) => c.verdict === verdict)?.key ?? '';
      return { id, finding: key('mismatch'), match: key('match') };
    },
  },
  {
    name: 'document',
    path: 'documents',
    decisions: documentDecisions,
    sheet: documentSheet,
    keys: ['findings', 'open', 'counts', 'current', 'history'],
    malformed: 'Mã tài liệu',
    unknown: 'Không tìm thấy tài liệu',
    fileName: (id) => `phieu-ra-soat-tai-lieu-${id}.docx`,
    async create() {
      const response = await createDocument(multipartRequest('/api/documents', 'bao-cao.txt', utf8(`${INVESTMENT}\n\n${BUDGET_WRONG}`), { bundled: '0' }));
      expect(response.status).toBe(201);
      const document = (await response.json()) as StoredDocument;
      const claim = (indicator: string): string => document.claims.find((c) => c.indicator === indicator && c.verdict !== 'none')?.id ?? '';
      return { id: document.summary.id, finding: claim('thu ngân sách'), match: claim('vốn đầu tư') };
    },
  },
];

function post(kind: Kind, id: string, body: unknown, headers: Record<string, string> = testSessionHeaders(), query = ''): Promise<Response> {
  const request = new Request(`http://localhost/api/${kind.path}/${id}/decisions${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  return kind.decisions.POST(request, routeContext(id));
}

function get(handler: RouteHandler, path: string, id: string, headers: Record<string, string> = {}): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, { headers }), routeContext(id));
}

async function history(kind: Kind, id: string): Promise<{ findings: number; open: number; current: Decision[]; history: Decision[] }> {
  const response = await get(kind.decisions.GET, `/api/${kind.path}/${id}/decisions`, id);
  expect(response.status).toBe(200);
  return (await response.json()) as { findings: number; open: number; current: Decision[]; history: Decision[] };
}

const SAVED_ENV = { SOATSO_PUBLIC_READ: process.env.SOATSO_PUBLIC_READ, SOATSO_RATE_LIMITS: process.env.SOATSO_RATE_LIMITS, SOATSO_RATE_SAVE: process.env.SOATSO_RATE_SAVE };
afterEach(() => {
  vi.useRealTimers();
  for (const [name, value] of Object.entries(SAVED_ENV)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe.each(KINDS)('/api/$path/:id/decisions and /review-sheet', (kind) => {
  it('GET counts the findings and the open ones; POST answers 201 with the decision; the history keeps both, the current the latest', async () => {
    const subject = await kind.create();
    const before = await history(kind, subject.id);
    expect(Object.keys(before)).toEqual(kind.keys);
    expect(before).toMatchObject({ findings: before.open, current: [], history: [] });
    expect(before.findings).toBeGreaterThan(0);

    const first = await post(kind, subject.id, { target: subject.finding, status: 'chấp nhận', comment: '  làm tròn  ' });
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const { decision } = (await first.json()) as { decision: Decision };
    expect(decision).toMatchObject({ subject: { kind: kind.name, id: subject.id }, target: subject.finding, status: 'accepted', comment: 'làm tròn', userName: 'test-reviewer' });
    expect((await post(kind, subject.id, { target: subject.finding, status: 'confirmed' })).status).toBe(201);

    const after = await history(kind, subject.id);
    expect(after.open).toBe(before.open - 1);
    expect(after.history.map((d) => [d.status, d.comment])).toEqual([
      ['accepted', 'làm tròn'],
      ['confirmed', ''],
    ]);
    expect(after.current.map((d) => d.status)).toEqual(['confirmed']);
  });

  it('the review sheet is a .docx named after the subject, never cached', async () => {
    const subject = await kind.create();
    await post(kind, subject.id, { target: subject.finding, status: 'confirmed', comment: 'sai tỷ lệ' });
    const response = await get(kind.sheet.GET, `/api/${kind.path}/${subject.id}/review-sheet`, subject.id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': DOCX,
      'content-disposition': `attachment; filename="${kind.fileName(subject.id)}"`,
      'cache-control': 'no-store',
    });
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 2)).toEqual(utf8('PK'));
  });
});

describe.each(KINDS)('edge cases: $name', (kind) => {
  it.each<[string, (kind: Kind, subject: Subject) => Promise<Response>, number, string]>([
    ['no session', (k, s) => post(k, s.id, { target: s.finding, status: 'confirmed' }, {}), 401, 'đăng nhập'],
    ['another site', (k, s) => post(k, s.id, { target: s.finding, status: 'confirmed' }, { ...testSessionHeaders(), origin: 'http://evil.example' }), 403, 'trang khác'],
    ['a viewer', async (k, s) => post(k, s.id, { target: s.finding, status: 'confirmed' }, await sessionHeadersFor('viewer')), 403, 'chỉ được xem'],
    ['an unknown status', (k, s) => post(k, s.id, { target: s.finding, status: 'xong' }), 400, 'Trạng thái phải là một trong: chưa xem, xác nhận sai'],
    ['an unknown status, ?lang=en', (k, s) => post(k, s.id, { target: s.finding, status: 'xong' }, testSessionHeaders(), '?lang=en'), 400, 'The status must be one of: unreviewed'],
    ['an unknown status, Accept-Language: en', (k, s) => post(k, s.id, { target: s.finding, status: 'xong' }, { ...testSessionHeaders(), 'accept-language': 'en-GB,en;q=0.9' }), 400, 'The status must be one of'],
    ['no target', (k, s) => post(k, s.id, { target: '', status: 'confirmed' }), 400, 'Hãy cho biết phát hiện (target).'],
    ['an unknown field', (k, s) => post(k, s.id, { target: s.finding, status: 'confirmed', who: 'x' }), 400, ''],
    ['a claim that matches', (k, s) => post(k, s.id, { target: s.match, status: 'confirmed' }), 404, 'Không có phát hiện'],
    ['POST to a malformed id', (k, s) => post(k, 'khong-co!', { target: s.finding, status: 'confirmed' }), 400, kind.malformed],
    ['POST to an unknown id', (k, s) => post(k, UNKNOWN_ID, { target: s.finding, status: 'confirmed' }), 404, kind.unknown],
    ['GET a malformed id', (k) => get(k.decisions.GET, `/api/${k.path}/khong-co!/decisions`, 'khong-co!'), 400, kind.malformed],
    ['GET an unknown id', (k) => get(k.decisions.GET, `/api/${k.path}/${UNKNOWN_ID}/decisions`, UNKNOWN_ID), 404, kind.unknown],
    ['the sheet of a malformed id', (k) => get(k.sheet.GET, `/api/${k.path}/khong-co!/review-sheet`, 'khong-co!'), 400, kind.malformed],
    ['the sheet of an unknown id', (k) => get(k.sheet.GET, `/api/${k.path}/${UNKNOWN_ID}/review-sheet`, UNKNOWN_ID), 404, kind.unknown],
  ])('%s: refused, nothing recorded', async (_name, send, status, message) => {
    const subject = await kind.create();
    const response = await send(kind, subject);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect((await history(kind, subject.id)).history).toEqual([]);
  });

  it.each<[string, (kind: Kind, id: string) => Promise<Response>, string]>([
    ['PUT /decisions', (k, id) => k.decisions.PUT(new Request(`http://localhost/api/${k.path}/${id}/decisions`, { method: 'PUT' }), routeContext(id)), 'GET, HEAD, POST, OPTIONS'],
    ['POST /review-sheet', (k, id) => k.sheet.POST(new Request(`http://localhost/api/${k.path}/${id}/review-sheet`, { method: 'POST' }), routeContext(id)), 'GET, HEAD, OPTIONS'],
  ])('%s: 405 with Allow', async (_name, send, allow) => {
    const response = await send(kind, UNKNOWN_ID);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
  });

  it.each<[string, (kind: Kind, id: string, headers: Record<string, string>) => Promise<Response>]>([
    ['GET /decisions', (k, id, headers) => get(k.decisions.GET, `/api/${k.path}/${id}/decisions`, id, headers)],
    ['GET /review-sheet', (k, id, headers) => get(k.sheet.GET, `/api/${k.path}/${id}/review-sheet`, id, headers)],
  ])('%s without a session, where reading needs one: 401; with one: 200', async (_name, send) => {
    const subject = await kind.create();
    process.env.SOATSO_PUBLIC_READ = '0';
    expect((await send(kind, subject.id, {})).status).toBe(401);
    expect((await send(kind, subject.id, testSessionHeaders())).status).toBe(200);
  });

  it('a second POST past the save limit: 429 with Retry-After, before the subject is looked at', async () => {
    // Counters use fixed windows; the clock is pinned to a window's start so the two calls share one.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Math.ceil(Date.now() / 60_000) * 60_000);
    process.env.SOATSO_RATE_LIMITS = 'on';
    process.env.SOATSO_RATE_SAVE = '1/60';
    const client = { ...testSessionHeaders(), 'x-forwarded-for': `10.8.0.${KINDS.indexOf(kind) + 1}` };
    expect((await post(kind, UNKNOWN_ID, { target: 'x', status: 'confirmed' }, client)).status).toBe(404);
    const refused = await post(kind, UNKNOWN_ID, { target: 'x', status: 'confirmed' }, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
