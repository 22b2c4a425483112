import 'server-only';
import type { ApiErrorBody } from '../../upload/types';
import { classifyStorageError } from '../store/storage-fault';
import { requestLang, storageErrorResponse } from './storage-response';

/** The statuses an API error may have: never a 5xx. */
export type ErrorStatus = 400 | 404 | 413 | 415;

/** A refused request: a status and one Vietnamese sentence naming file, row and column. */
export interface ApiError {
  readonly status: ErrorStatus;
  readonly message: string;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/**
 * A refusal as a value.
 *
 * @example
 * refuse(413, 'bang.csv: tệp quá lớn') // { ok: false, error: { status: 413, message: 'bang.csv: tệp quá lớn' } }
 */
export function refuse<T>(status: ErrorStatus, message: string): ApiResult<T> {
  return { ok: false, error: { status, message } };
}

const NO_STORE = { 'cache-control': 'no-store' };

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
 * The JSON error body `{ "error": "…" }` with its status.
 *
 * @example
 * errorResponse({ status: 415, message: 'bang.pdf: đây là tệp PDF…' })
 */
export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = { error: error.message };
  return jsonResponse(error.status, body);
}

const UNEXPECTED =
  'Máy chủ không xử lý được yêu cầu này. Số liệu đã lưu không bị thay đổi; hãy kiểm tra lại tệp và thử lại.';

/**
 * Wraps a route handler so that nothing it throws becomes a stack trace: a storage fault
 * (corrupt file, read-only, disk full) answers 503 saying the server is at fault; anything else
 * is logged on the server and the client gets a 400 with a Vietnamese sentence.
 *
 * @example
 * export const POST = guard(async (request) => jsonResponse(200, await check(request)));
 */
export function guard<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      const fault = classifyStorageError(error);
      if (fault) return storageErrorResponse(fault, requestLang(args.find((a): a is Request => a instanceof Request)));
      console.error('[soatso api]', error);
      return errorResponse({ status: 400, message: UNEXPECTED });
    }
  };
}
