/**
 * Builds requests for the route handler tests: multipart uploads, raw bodies and streams that
 * count how much of themselves was read.
 */

import { testSessionHeaders } from './test-session';

const ORIGIN = 'http://localhost';

/**
 * A multipart POST with field `file` (and optional text fields).
 *
 * @example
 * multipartRequest('/api/datasets', 'bang.csv', bytes, { name: 'Quý 1' })
 */
export function multipartRequest(
  path: string,
  fileName: string,
  bytes: Uint8Array,
  fields: Readonly<Record<string, string>> = {},
): Request {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return new Request(`${ORIGIN}${path}`, { method: 'POST', body: form, headers: testSessionHeaders() });
}

/**
 * A POST whose body is the file itself.
 *
 * @example
 * rawRequest('/api/verify', bytes, 'text/csv')
 */
export function rawRequest(path: string, bytes: Uint8Array | string, contentType: string | null, headers: Record<string, string> = {}): Request {
  const all = new Headers({ ...testSessionHeaders(), ...headers });
  if (contentType !== null) all.set('content-type', contentType);
  const body = typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>);
  return new Request(`${ORIGIN}${path}`, { method: 'POST', body, headers: all });
}

/**
 * A JSON request (PATCH, …).
 *
 * @example
 * jsonRequest('/api/datasets/…', 'PATCH', { name: 'Mới' })
 */
export function jsonRequest(path: string, method: string, body: unknown, contentType = 'application/json'): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': contentType, ...testSessionHeaders() },
  });
}

export interface CountingStream {
  readonly stream: ReadableStream<Uint8Array>;
  /** Bytes handed out so far. */
  pulled(): number;
}

/**
 * A lazily generated body of `total` bytes (text-like, in 64 KB chunks) that records how much
 * was pulled, to prove a handler stops reading at the limit.
 *
 * @example
 * const big = countingStream(50 * 1024 * 1024);
 */
export function countingStream(total: number, chunkSize = 64 * 1024): CountingStream {
  let sent = 0;
  const line = new TextEncoder().encode('1;Chỉ tiêu;Tấn;10,6;39,8;Tăng 3,8 lần\n');
  const chunk = new Uint8Array(chunkSize);
  for (let i = 0; i < chunkSize; i++) chunk[i] = line[i % line.length] ?? 0x20;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunkSize, total - sent);
      sent += size;
      controller.enqueue(chunk.slice(0, size));
    },
  });
  return { stream, pulled: () => sent };
}

/**
 * A POST whose body is a stream (no Content-Length, as chunked uploads arrive).
 *
 * @example
 * streamRequest('/api/datasets?filename=big.csv', countingStream(1e8).stream, 'text/csv')
 */
export function streamRequest(path: string, stream: ReadableStream<Uint8Array>, contentType: string): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    body: stream,
    headers: { 'content-type': contentType, ...testSessionHeaders() },
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}

/**
 * The route context Next passes to a dynamic route handler.
 *
 * @example
 * await GET(request, routeContext(id))
 */
export function routeContext(id: string): { params: Promise<{ id: string }> } {
  return { params: Promise.resolve({ id }) };
}
