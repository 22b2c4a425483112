import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DELETE, PATCH } from '@/app/api/datasets/[id]/route';
import { POST as recheck } from '@/app/api/datasets/[id]/recheck/route';
import { POST as create } from '@/app/api/datasets/route';
import { POST as decideDocument } from '@/app/api/documents/[id]/decisions/route';
import { POST as recheckDocument } from '@/app/api/documents/[id]/recheck/route';
import { POST as createDocument } from '@/app/api/documents/route';
import { POST as prose } from '@/app/api/prose/route';
import { POST as verify } from '@/app/api/verify/route';
import { routeContext } from '../testing/api-client';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { useTempDataDir } from '../testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from '../testing/test-session';

useTempDataDir('soatso-rate-');
useSignedInUser('reviewer');

const ID = '0123456789abcdef0123456789abcdef';
let address = 0;
/** A fresh client per test, so that tests do not share counters. */
const nextClient = (): string => `10.9.0.${++address}`;

function request(path: string, method: string, client: string, body?: string, contentType = 'text/csv'): Request {
  const headers: Record<string, string> = { 'x-forwarded-for': client, ...testSessionHeaders() };
  if (body !== undefined) headers['content-type'] = contentType;
  return new Request(`http://localhost${path}`, { method, headers, body });
}

const savedSwitch = process.env.SOATSO_RATE_LIMITS;
beforeEach(() => {
  process.env.SOATSO_RATE_LIMITS = 'on';
  process.env.SOATSO_RATE_UPLOAD = '2/60';
  process.env.SOATSO_RATE_SAVE = '2/60';
  process.env.SOATSO_RATE_CHECK = '2/60';
});
afterEach(() => {
  process.env.SOATSO_RATE_LIMITS = savedSwitch;
  delete process.env.SOATSO_RATE_UPLOAD;
  delete process.env.SOATSO_RATE_SAVE;
  delete process.env.SOATSO_RATE_CHECK;
});

type Call = (client: string) => Promise<Response>;

const CALLS: ReadonlyArray<readonly [string, Call]> = [
  ['POST /api/datasets', (c) => create(request('/api/datasets', 'POST', c, SAMPLE_CSV))],
  ['PATCH /api/datasets/:id', (c) => PATCH(request(`/api/datasets/${ID}`, 'PATCH', c, '{"name":"x"}', 'application/json'), routeContext(ID))],
  ['DELETE /api/datasets/:id', (c) => DELETE(request(`/api/datasets/${ID}`, 'DELETE', c), routeContext(ID))],
  ['POST /api/datasets/:id/recheck', (c) => recheck(request(`/api/datasets/${ID}/recheck`, 'POST', c), routeContext(ID))],
  ['POST /api/verify', (c) => verify(request('/api/verify', 'POST', c, SAMPLE_CSV))],
  ['POST /api/prose', (c) => prose(request('/api/prose', 'POST', c, 'GDP tăng 5%.', 'text/plain'))],
  ['POST /api/documents', (c) => createDocument(request('/api/documents', 'POST', c, 'GDP tăng 5%.', 'text/plain'))],
  ['POST /api/documents/:id/recheck', (c) => recheckDocument(request(`/api/documents/${ID}/recheck`, 'POST', c), routeContext(ID))],
  [
    'POST /api/documents/:id/decisions',
    (c) => decideDocument(request(`/api/documents/${ID}/decisions`, 'POST', c, '{"target":"c-1","status":"confirmed"}', 'application/json'), routeContext(ID)),
  ],
];

describe('rate-limited routes', () => {
  it.each(CALLS)('%s answers 429 with Retry-After past the limit, and never before', async (_name, call) => {
    const client = nextClient();
    for (let i = 0; i < 2; i++) expect((await call(client)).status).not.toBe(429);
    const refused = await call(client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/thử lại sau \d+ giây/);
    expect((await call(nextClient())).status).not.toBe(429);
  });
});
