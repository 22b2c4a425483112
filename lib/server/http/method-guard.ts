import 'server-only';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Localized } from '../../i18n/lang';

/**
 * Answers methods Next.js cannot take (TRACE, TRACK, any unknown token) with 405 JSON before
 * Next sees them: Next builds a web `Request` for every route handler, and the fetch standard
 * forbids TRACE there, so without this guard such a request ends in a 500.
 */

/** The methods Next route handlers and pages handle. */
const HANDLED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const GUARD_KEY = Symbol.for('soatso.method-guard');

function refusal(method: string): Localized {
  return {
    vi: `Máy chủ không nhận phương thức ${method}; chỉ nhận ${ALLOW}.`,
    en: `The server does not accept the ${method} method; it accepts ${ALLOW}.`,
  };
}

/**
 * True when a request's method is one Next handles.
 *
 * @example
 * isHandledMethod('TRACE') // false
 */
export function isHandledMethod(method: string | undefined): boolean {
  return method !== undefined && HANDLED.has(method);
}

/**
 * Answers a request whose method Next cannot take: 405 JSON `{ error }` with `Allow`.
 *
 * @example
 * refuseMethod(request, response) // 405 {"error":"Máy chủ không nhận phương thức TRACE; …"}
 */
export function refuseMethod(request: IncomingMessage, response: ServerResponse): void {
  const method = (request.method ?? '').slice(0, 16);
  const body = JSON.stringify({ error: refusal(method).vi });
  response.writeHead(405, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    allow: ALLOW,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
  request.resume();
}

/**
 * Installs the guard on every HTTP server of this process, once (called from instrumentation.ts
 * at start-up, so it covers the server `next start` and `next dev` create).
 *
 * @example
 * installMethodGuard(); // TRACE / → 405 JSON from now on
 */
export function installMethodGuard(): void {
  const proto = Server.prototype as Server & { [GUARD_KEY]?: true };
  if (proto[GUARD_KEY]) return;
  proto[GUARD_KEY] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (!isHandledMethod(request.method)) {
        refuseMethod(request, response);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as Server['emit'];
}
