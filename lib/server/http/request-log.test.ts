import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentRequestId, requestIdOf, traceRequest } from './request-log';

const lines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

/** Answers after reading the whole body; echoes the request id it sees in its context. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const status = req.url?.startsWith('/api/datasets') ? 201 : 200;
    res.writeHead(status, { 'content-type': 'application/json', 'set-cookie': 'soatso-session=SESSION-SECRET' });
    res.end(JSON.stringify({ seen: currentRequestId() ?? null, bytes: Buffer.concat(chunks).length }));
  });
}

const server = createServer((req, res) => traceRequest(req, res, logger, () => handle(req, res)));
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void lines.splice(0));

interface Answer {
  readonly status: number;
  readonly requestId: string | undefined;
  readonly body: { readonly seen: string | null };
}

function send(method: string, path: string, body = '', headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const id = res.headers['x-request-id'];
        resolve({ status: res.statusCode ?? 0, requestId: typeof id === 'string' ? id : undefined, body: JSON.parse(text) as Answer['body'] });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The log lines written so far, parsed (the line is written when the response finishes). */
async function logged(): Promise<Record<string, unknown>[]> {
  await new Promise((resolve) => setImmediate(resolve));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

// A multipart upload as a browser sends it: a CSV file, a password field and the session cookie.
const SECRET_UPLOAD = [
  '--b',
  'Content-Disposition: form-data; name="file"; filename="bang-bi-mat.csv"',
  '',
  'STT;Chỉ tiêu;Năm 2015;Năm 2020\n1;NOI-DUNG-TEP-BI-MAT;12,5;13,1',
  '--b',
  'Content-Disposition: form-data; name="password"',
  '',
  'mat-khau-rat-dai-123',
  '--b--',
].join('\r\n');

describe('traceRequest', () => {
  it.each([
    ['GET', '/api/health', '/api/health', 200],
    ['POST', '/api/datasets?lang=en', '/api/datasets', 201],
    ['DELETE', '/api/datasets/cao-bang-2', '/api/datasets/[id]', 201],
    ['GET', '/api/documents/abc/versions', '/api/documents/[id]/versions', 200],
    ['GET', '/api/khong-co', '/api/[...rest]', 200],
  ])('%s %s logs one line for route %s, status %i', async (method, path, route, status) => {
    const answer = await send(method, path);
    const [line, ...more] = await logged();
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 30, event: 'request', route, method, status, aborted: false, msg: 'request' });
    expect(line?.requestId).toBe(answer.requestId);
    expect(answer.body.seen).toBe(answer.requestId);
    expect(typeof line?.durationMs === 'number' && line.durationMs >= 0).toBe(true);
  });

  it('logs no body, password, cookie, file name or query', async () => {
    await send('POST', '/api/datasets?lang=en&token=QUERY-SECRET', SECRET_UPLOAD, {
      'content-type': 'multipart/form-data; boundary=b',
      cookie: 'soatso-session=SESSION-SECRET',
    });
    const [line] = await logged();
    expect(Object.keys(line ?? {}).sort()).toEqual(
      ['aborted', 'durationMs', 'event', 'hostname', 'level', 'method', 'msg', 'pid', 'requestId', 'route', 'status', 'time'].sort(),
    );
    const text = lines.join('');
    for (const secret of ['NOI-DUNG-TEP-BI-MAT', 'bang-bi-mat', 'mat-khau-rat-dai-123', 'SESSION-SECRET', 'QUERY-SECRET', 'multipart']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('edge cases', () => {
  it('a page or static file is not logged and gets no request id', async () => {
    const answer = await send('GET', '/kiem-tra');
    expect(answer.requestId).toBeUndefined();
    expect(await logged()).toEqual([]);
  });

  it.each([
    ['lb-7:42', 'lb-7:42'],
    ['4f1c2a9e-0b7d-4c55-9d7e-2f1a6b3c8d90', '4f1c2a9e-0b7d-4c55-9d7e-2f1a6b3c8d90'],
    ['a b', null],
    ['x'.repeat(65), null],
    ['<script>', null],
  ])('an incoming x-request-id %j is kept only when plain', async (given, kept) => {
    const answer = await send('GET', '/api/health', '', { 'x-request-id': given });
    if (kept === null) expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    else expect(answer.requestId).toBe(kept);
  });

  it('requestIdOf makes a fresh UUID for each request without one', () => {
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
    expect(requestIdOf(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a client that goes away before the answer is logged as aborted', async () => {
    const slow = createServer((req, res) => traceRequest(req, res, logger, () => req.on('close', () => res.destroy())));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const address = slow.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port: address.port, method: 'POST', path: '/api/verify' });
      req.on('error', () => resolve());
      req.write('partial');
      setTimeout(() => req.destroy(), 50);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise<void>((resolve) => slow.close(() => resolve()));
    expect(await logged()).toEqual([expect.objectContaining({ route: '/api/verify', method: 'POST', aborted: true })]);
  });
});
