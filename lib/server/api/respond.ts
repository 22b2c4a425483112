import 'server-only';
import { localize, type Lang, type Localized } from '../../i18n/lang';
import type { ApiErrorBody } from '../../upload/types';

/** The statuses an API error may have: never a 5xx. */
export type ErrorStatus = 400 | 404 | 413 | 415;

/** A refused request: a status and one sentence in both languages, naming file, row and column. */
export interface ApiError {
  readonly status: ErrorStatus;
  readonly message: Localized;
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
  return jsonResponse(error.status, body);
}

// Grammar: a language range of Accept-Language ("en", "en-GB", "EN-us") at the start of the header.
// Example: "en-GB,en;q=0.9,vi;q=0.8" → English; "vi-VN,vi;q=0.9,en;q=0.8" → Vietnamese.
const ENGLISH_FIRST = /^\s*en(?:-[a-z0-9]+)*\s*(?:[;,]|$)/i;

/**
 * The language an API request asks for: `?lang=en` or `?lang=vi` wins, else English when
 * `Accept-Language` puts English first, else Vietnamese.
 *
 * @example
 * requestLang(new Request('http://x/api/verify?lang=en')) // 'en'
 * requestLang(new Request('http://x/api/verify', { headers: { 'accept-language': 'en-US,en;q=0.9' } })) // 'en'
 * requestLang(new Request('http://x/api/verify')) // 'vi'
 */
export function requestLang(request: Request): Lang {
  const param = new URL(request.url).searchParams.get('lang');
  if (param === 'en' || param === 'vi') return param;
  return ENGLISH_FIRST.test(request.headers.get('accept-language') ?? '') ? 'en' : 'vi';
}

const UNEXPECTED: Localized = {
  vi: 'Máy chủ không xử lý được yêu cầu này. Số liệu đã lưu không bị thay đổi; hãy kiểm tra lại tệp và thử lại.',
  en: 'The server could not handle this request. No stored data was changed; check the file and try again.',
};

/**
 * Wraps a route handler so that nothing it throws becomes a 5xx or a stack trace: the error is
 * logged on the server and the client gets a 400 with one sentence in the request's language
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
      console.error('[soatso api]', error);
      const first = args[0];
      return errorResponse({ status: 400, message: UNEXPECTED }, first instanceof Request ? requestLang(first) : 'vi');
    }
  };
}
