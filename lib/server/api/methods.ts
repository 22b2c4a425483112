import 'server-only';
import { localize, type Localized } from '../../i18n/lang';
import { requestLang } from './request-lang';
import { jsonResponse } from './respond';

/** The methods Next.js route handlers can export. */
export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';

/**
 * The `Allow` header for a route with these handlers (HEAD comes with GET, OPTIONS always).
 *
 * @example
 * allowHeader(['GET', 'POST']) // 'GET, HEAD, POST, OPTIONS'
 */
export function allowHeader(methods: readonly Method[]): string {
  const all = new Set<Method>(methods);
  if (all.has('GET')) all.add('HEAD');
  all.add('OPTIONS');
  const order: readonly Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  return order.filter((m) => all.has(m)).join(', ');
}

function notAllowedText(method: string, allow: string): Localized {
  return {
    vi: `Địa chỉ này không nhận phương thức ${method}; chỉ nhận ${allow}.`,
    en: `This address does not accept the ${method} method; it accepts ${allow}.`,
  };
}

/**
 * A handler answering 405 JSON `{ error }` with `Allow`, exported by a route for the methods it
 * does not implement (Next's own 405 has no body).
 *
 * @example
 * const notAllowed = methodNotAllowed(['POST']);
 * export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
 */
export function methodNotAllowed(methods: readonly Method[]): (request: Request) => Promise<Response> {
  const allow = allowHeader(methods);
  return async (request) => {
    const response = jsonResponse(405, { error: localize(notAllowedText(request.method.slice(0, 16), allow), requestLang(request)) });
    response.headers.set('allow', allow);
    return response;
  };
}

/**
 * 404 JSON for an `/api/…` path no route serves (see app/api/[...rest]/route.ts).
 *
 * @example
 * await apiNotFound(new Request('http://x/api/khong-co')) // 404 { error: 'Không có API …' }
 */
export async function apiNotFound(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.slice(0, 200);
  const text: Localized = {
    vi: `Không có API ở địa chỉ ${path}. Xem danh sách API trong README.`,
    en: `There is no API at ${path}. See the API list in the README.`,
  };
  return jsonResponse(404, { error: localize(text, requestLang(request)) });
}
