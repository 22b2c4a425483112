import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { getLogger } from '../log/logger';
import { apiRoute, isApiPath } from './api-route';

/**
 * One JSON log line per API request: request id, route pattern, method, status and duration. The
 * line is written when the response finishes (or the client goes away), from the HTTP server, so
 * every API answer is covered (route handlers, Next's own 404/405, the method guard) in one place.
 * Only these named fields are logged: never the body, the query, headers or cookies.
 */

/** What a request logs: the fields of its one line. */
export interface RequestLine {
  readonly event: 'request';
  readonly requestId: string;
  readonly route: string;
  readonly method: string;
  readonly status: number;
  readonly durationMs: number;
  /** True when the client closed the connection before the answer was complete. */
  readonly aborted: boolean;
}

/*
 * A request id given by a load balancer or proxy is kept when it is short and plain:
 *
 *   id := [A-Za-z0-9._:-]{1,64}
 *
 *   "4f1c2a9e-0b7d-4c55-9d7e-2f1a6b3c8d90" → kept;  "lb-7:42" → kept;  "a b" or 65 characters → a new UUID
 */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request id: the incoming `x-request-id` when plain (see the grammar above), else a new UUID.
 *
 * @example
 * requestIdOf('lb-7:42') // 'lb-7:42'
 * requestIdOf(undefined) // '0b3e…' (a random UUID)
 */
export function requestIdOf(given: string | readonly string[] | undefined): string {
  return typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
}

/** The request id of the request being handled, for log lines written while handling it. */
const CONTEXT_KEY = Symbol.for('soatso.request-context');
type Context = AsyncLocalStorage<{ readonly requestId: string }>;

function requestContext(): Context {
  const holder = globalThis as { [CONTEXT_KEY]?: Context };
  holder[CONTEXT_KEY] ??= new AsyncLocalStorage();
  return holder[CONTEXT_KEY];
}

/**
 * The id of the API request this code runs for, or undefined outside one.
 *
 * @example
 * getLogger().error({ requestId: currentRequestId(), err: describeError(error) }, 'unexpected error')
 */
export function currentRequestId(): string | undefined {
  return requestContext().getStore()?.requestId;
}

function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  return path.slice(0, 512);
}

/**
 * Starts tracing one request: for an API path, sets `x-request-id` on the response and logs its
 * line when the response ends; then calls `next` inside the request's context. Other paths
 * (pages, static files) just call `next`.
 *
 * @example
 * http.createServer((req, res) => traceRequest(req, res, logger, () => handler(req, res)))
 * // → {"level":30,…,"event":"request","requestId":"…","route":"/api/health","method":"GET","status":200,"durationMs":3.1,"aborted":false}
 */
export function traceRequest<T>(request: IncomingMessage, response: ServerResponse, logger: Logger, next: () => T): T {
  const path = pathOf(request.url);
  if (!isApiPath(path)) return next();
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(request.headers['x-request-id']);
  response.setHeader('x-request-id', requestId);
  let logged = false;
  const log = (aborted: boolean): void => {
    if (logged) return;
    logged = true;
    const line: RequestLine = {
      event: 'request',
      requestId,
      route: apiRoute(path),
      method: (request.method ?? '').slice(0, 16),
      status: response.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 10_000) / 100,
      aborted,
    };
    if (line.status >= 500) logger.warn(line, 'request');
    else logger.info(line, 'request');
  };
  response.once('finish', () => log(false));
  response.once('close', () => log(!response.writableFinished));
  return requestContext().run({ requestId }, next);
}

const LOG_KEY = Symbol.for('soatso.request-log');
const OPEN_KEY = Symbol.for('soatso.open-requests');
const counter = globalThis as { [OPEN_KEY]?: number };

/**
 * Requests (any path) the servers of this process are answering now; graceful shutdown waits for
 * them. Counted once installRequestLog has run; 0 before.
 *
 * @example
 * openRequestCount() // 3
 */
export function openRequestCount(): number {
  return counter[OPEN_KEY] ?? 0;
}

function countOpen(response: ServerResponse): void {
  counter[OPEN_KEY] = openRequestCount() + 1;
  response.once('close', () => (counter[OPEN_KEY] = Math.max(0, openRequestCount() - 1)));
}

/**
 * Installs the request log on every HTTP server of this process, once (instrumentation.ts, at
 * start-up, after the method guard, so the guard's 405 answers are logged too). It also counts the
 * requests being answered, for graceful shutdown.
 *
 * @example
 * installRequestLog(); // every /api request now logs one line and answers with x-request-id
 */
export function installRequestLog(logger: Logger = getLogger()): void {
  const proto = Server.prototype as Server & { [LOG_KEY]?: true };
  if (proto[LOG_KEY]) return;
  proto[LOG_KEY] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function loggedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [request, response] = args as [IncomingMessage, ServerResponse];
    countOpen(response);
    return traceRequest(request, response, logger, () => emit.call(this, event, ...args));
  } as Server['emit'];
}
