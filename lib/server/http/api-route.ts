/**
 * The route pattern an API path is served by (app/api/…/route.ts), so that logs group requests by
 * route rather than by dataset id. Kept in step with app/api by api-route.test.ts.
 */
export const API_ROUTES = [
  '/api/account/password',
  '/api/audit',
  '/api/datasets',
  '/api/datasets/[id]',
  '/api/datasets/[id]/decisions',
  '/api/datasets/[id]/recheck',
  '/api/datasets/[id]/review-sheet',
  '/api/documents',
  '/api/documents/[id]',
  '/api/documents/[id]/decisions',
  '/api/documents/[id]/recheck',
  '/api/documents/[id]/review-sheet',
  '/api/documents/[id]/versions',
  '/api/export/csv',
  '/api/export/font-face',
  '/api/export/org',
  '/api/export/xlsx',
  '/api/health',
  '/api/indicators',
  '/api/indicators/answers',
  '/api/indicators/differences',
  '/api/indicators/synonyms',
  '/api/indicators/values',
  '/api/prose',
  '/api/recognise',
  '/api/session',
  '/api/sheets',
  '/api/template',
  '/api/users',
  '/api/users/[id]',
  '/api/verify',
] as const;

/** The catch-all route answering 404 for every other `/api/…` path. */
export const API_FALLBACK_ROUTE = '/api/[...rest]';

function matches(pattern: string, segments: readonly string[]): boolean {
  const parts = pattern.split('/');
  return parts.length === segments.length && parts.every((part, i) => part === '[id]' || part === segments[i]);
}

/**
 * The route pattern serving `pathname` (no query): a literal route first, then one with `[id]`,
 * else the catch-all.
 *
 * @example
 * apiRoute('/api/datasets/cao-bang/decisions') // '/api/datasets/[id]/decisions'
 * apiRoute('/api/datasets') // '/api/datasets'
 * apiRoute('/api/khong-co') // '/api/[...rest]'
 */
export function apiRoute(pathname: string): string {
  const segments = pathname.split('/');
  while (segments.length > 1 && segments.at(-1) === '') segments.pop();
  const literal = API_ROUTES.find((route) => route === segments.join('/'));
  return literal ?? API_ROUTES.find((route) => matches(route, segments)) ?? API_FALLBACK_ROUTE;
}

/**
 * True for a path the API serves: `/api` itself or anything under `/api/`.
 *
 * @example
 * isApiPath('/api/health') // true
 * isApiPath('/apis') // false
 */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
