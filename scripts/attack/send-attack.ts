import { request } from 'node:http';
import type { Attack } from './payloads';
import { scriptHeaders } from '../script-session';

export interface AttackAnswer {
  readonly name: string;
  /** The HTTP status, or 0 when the connection failed before an answer. */
  readonly status: number;
  readonly ms: number;
  /** The start of the answer's body (the error sentence). */
  readonly body: string;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/**
 * Sends one attack with node:http (a streamed body is written chunk by chunk, no Content-Length,
 * and writing stops as soon as the server answers) and times the answer.
 *
 * @example
 * await sendAttack('http://127.0.0.1:3103', attack) // { name: '…', status: 413, ms: 230, body: '{"error":"…"}' }
 */
export function sendAttack(base: string, attack: Attack): Promise<AttackAnswer> {
  const started = performance.now();
  const url = new URL(attack.path, base);
  return new Promise((resolve) => {
    let answered = false;
    const finish = (status: number, body: string): void => {
      if (answered) return;
      answered = true;
      resolve({ name: attack.name, status, ms: Math.round(performance.now() - started), body: body.slice(0, 160) });
    };
    // Signed in (scripts/script-session.ts), so that the uploads reach the readers they attack.
    const headers: Record<string, string> = { 'content-type': attack.contentType, ...scriptHeaders() };
    if (attack.body.kind === 'bytes') headers['content-length'] = String(attack.body.bytes.byteLength);
    const req = request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < 1000) body += chunk;
      });
      res.on('end', () => finish(res.statusCode ?? 0, body));
      res.on('error', () => finish(res.statusCode ?? 0, body));
    });
    req.on('error', (error) => finish(0, String(error)));
    if (attack.body.kind === 'bytes') {
      req.end(attack.body.bytes);
      return;
    }
    let sent = 0;
    const total = attack.body.size;
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
