/**
 * One HTTP request on a fresh connection (no keep-alive pool): a long benchmark round must not
 * reuse a socket the server has meanwhile closed after its keep-alive timeout.
 */
import { request } from 'node:http';
import { scriptHeaders } from '../scripts/script-session';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * @example await httpCall('POST', 'http://127.0.0.1:3105/api/datasets?filename=b.csv', bytes, 'text/csv') // { status: 201, body: '{…}' }
 */
export function httpCall(method: 'POST' | 'DELETE', url: string, body?: Uint8Array, contentType?: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { connection: 'close', ...scriptHeaders() };
    if (body) {
      headers['content-type'] = contentType ?? 'application/octet-stream';
      headers['content-length'] = body.byteLength;
    }
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : undefined);
  });
}

/**
 * Stores the bytes as a dataset (raw CSV body) and returns its id; throws with the server's message otherwise.
 * @example await storeTable(base, bytes, 'bench.csv') // '3f2b…'
 */
export async function storeTable(base: string, bytes: Uint8Array, fileName: string): Promise<string> {
  const answer = await httpCall('POST', `${base}/api/datasets?filename=${encodeURIComponent(fileName)}`, bytes, 'text/csv');
  if (answer.status !== 201) throw new Error(`POST /api/datasets (${fileName}): ${answer.status} ${answer.body.slice(0, 300)}`);
  const id = (JSON.parse(answer.body) as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('POST /api/datasets: no id in the answer');
  return id;
}
