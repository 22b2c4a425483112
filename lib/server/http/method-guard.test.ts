import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installMethodGuard, isHandledMethod } from './method-guard';

installMethodGuard();
const server = createServer((_req, res) => {
  res.end('handled');
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: '/api/verify' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('installMethodGuard', () => {
  it.each(['TRACE', 'PROPFIND', 'LOCK'])('%s is answered 405 JSON before the app', async (method) => {
    const answer = await send(method);
    expect(answer.status).toBe(405);
    expect(answer.allow).toContain('GET');
    expect(JSON.parse(answer.body)).toEqual({ error: expect.stringContaining(method) });
  });

  it('the methods Next handles reach the app', async () => {
    expect((await send('POST')).body).toBe('handled');
  });
});

describe('edge cases', () => {
  it.each([
    ['GET', true],
    ['OPTIONS', true],
    ['TRACE', false],
    ['get', false],
    [undefined, false],
  ] as const)('isHandledMethod(%s) is %s', (method, handled) => {
    expect(isHandledMethod(method)).toBe(handled);
  });
});
