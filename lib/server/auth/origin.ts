import 'server-only';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The origins a state-changing request may come from: the server's own (the scheme and the
 * `Host` the browser sent) and those listed in `SOATSO_ORIGINS` (comma-separated, for a proxy
 * that rewrites `Host`).
 *
 * @example
 * allowedOrigins(new Request('http://127.0.0.1:3000/api/session', { headers: { host: '127.0.0.1:3000' } }), {})
 * // ['http://127.0.0.1:3000']
 */
export function allowedOrigins(request: Request, env: Env = process.env): string[] {
  const url = new URL(request.url);
  const forwardedProto = request.headers.get('x-forwarded-proto');
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.replace(':', '');
  const host = request.headers.get('host') ?? url.host;
  const listed = (env.SOATSO_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o !== '');
  return [`${scheme}://${host}`, ...listed];
}

/**
 * Whether a state-changing request comes from this site. A browser sends `Origin` with every
 * POST, PATCH and DELETE (and `Sec-Fetch-Site`): a request whose `Origin` is another site, or
 * `null` (a sandboxed or file page), or whose `Sec-Fetch-Site` says `cross-site`, is refused.
 * A request without either header is not a browser's (curl, the scripts): it cannot carry a
 * victim's cookie, so it is judged by its session alone.
 *
 * @example
 * isSameOrigin(new Request('http://a/api/datasets', { method: 'POST', headers: { host: 'a', origin: 'http://evil' } })) // false
 * isSameOrigin(new Request('http://a/api/datasets', { method: 'POST', headers: { host: 'a', origin: 'http://a' } })) // true
 */
export function isSameOrigin(request: Request, env: Env = process.env): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  return allowedOrigins(request, env).includes(origin);
}
