import 'server-only';
import { localize, type Lang, type Localized } from '../../i18n/lang';
import type { ApiErrorBody } from '../../upload/types';
import { currentRequestId } from '../http/request-log';
import { describeError, getLogger } from '../log/logger';
import { classifyStorageError } from '../store/storage-fault';
import { requestLang } from './request-lang';
import { storageErrorResponse } from './storage-response';

export { requestLang };

/** The statuses an API error may have: never a 5xx, except 503 "busy, retry later". */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503;

/** A refused request: a status and one sentence in both languages, naming file, row and column. */
export interface ApiError {
  readonly status: ErrorStatus;
  readonly message: Localized;
  /** Seconds to wait before retrying (sent as `Retry-After` with a 503). */
  readonly retryAfter?: number;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/**
 * A refusal as a value; the route answers it in the request's language (see errorResponse).
 *
 * @example
 * refuse(413, { vi: 'bang.csv: tệp quá lớn', en: 'bang.csv: the file is too large' })
 * // { ok: false, error: { status: 413, message: { vi: 'bang.csv: tệp quá lớn', en: 'bang.csv: the file is too large' } } }
 */
export function refuse<T>(status: ErrorStatus, message: Localized): ApiResult<T> {
  return { ok: false, error: { status, message } };
}

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * A file to download: `attachment` with its (ASCII) file name, never cached; `headers` adds to them.
 *
 * @example
 * attachmentResponse(bytes, 'text/csv; charset=utf-8', 'mau-bang.csv') // 200, content-disposition: attachment; filename="mau-bang.csv"
 */
export function attachmentResponse(
  body: BodyInit,
  contentType: string,
  fileName: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/**
 * A JSON response that is never cached.
 *
 * @example
 * jsonResponse(201, { id }) // Response 201 application/json
 */
export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/**
 * The JSON error body `{ "error": "…" }` with its status, in the request's language.
 *
 * @example
 * errorResponse({ status: 415, message: { vi: 'bang.pdf: đây là tệp PDF…', en: 'bang.pdf: this is a PDF file…' } }, 'en')
 * // 415 {"error":"bang.pdf: this is a PDF file…"}
 */
export function errorResponse(error: ApiError, lang: Lang): Response {
  const body: ApiErrorBody = { error: localize(error.message, lang) };
  const response = jsonResponse(error.status, body);
  if (error.retryAfter !== undefined) response.headers.set('retry-after', String(error.retryAfter));
  return response;
}

const UNEXPECTED: Localized = {
  vi: 'Máy chủ không xử lý được yêu cầu này. Số liệu đã lưu không bị thay đổi; hãy kiểm tra lại tệp và thử lại.',
  en: 'The server could not handle this request. No stored data was changed; check the file and try again.',
};

/**
 * Wraps a route handler so that nothing it throws becomes a stack trace: a storage fault
 * (corrupt file, read-only, disk full) answers 503 saying the server is at fault; anything else
 * is logged on the server (its class, message and stack, with the request id) and the client gets
 * a 400. Both answer in the request's language
 * (Next passes the request as the first argument).
 *
 * @example
 * export const POST = guard(async (request: Request) => {
 *   const lang = requestLang(request);
 *   const body = await readBody(request);
 *   return body.ok ? jsonResponse(200, body.value) : errorResponse(body.error, lang);
 * });
 */
export function guard<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      const lang = requestLang(args.find((a): a is Request => a instanceof Request));
      const fault = classifyStorageError(error);
      if (fault) return storageErrorResponse(fault, lang);
      getLogger().error({ event: 'unexpected-error', requestId: currentRequestId(), err: describeError(error) }, 'route handler failed');
      return errorResponse({ status: 400, message: UNEXPECTED }, lang);
    }
  };
}
