import 'server-only';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How many reverse proxies in front of the server append to X-Forwarded-For:
 * `SOATSO_TRUSTED_PROXIES` (default 0: clients reach `next start` directly).
 *
 * @example
 * trustedProxies({ SOATSO_TRUSTED_PROXIES: '1' }) // 1
 */
export function trustedProxies(env: Env = process.env): number {
  const n = Number(env.SOATSO_TRUSTED_PROXIES ?? '0');
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

/**
 * The client a request is counted against. `next start` writes the socket's address into
 * `X-Forwarded-For` when the request has none, and each trusted proxy appends the address it saw.
 * So the client is the entry `proxies - 1` places from the right (the rightmost one when there is
 * no proxy or one); entries further left were written by the client and are not trusted. A request
 * without the header (a handler called in a test) counts as `unknown`.
 *
 * @example
 * clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.7' }), 0) // '10.0.0.7'
 * clientAddress(new Headers({ 'x-forwarded-for': 'forged, 10.0.0.7, 10.0.0.2' }), 2) // '10.0.0.7'
 */
export function clientAddress(headers: Headers, proxies: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const index = entries.length - Math.max(1, proxies);
  return entries[Math.max(0, index)] ?? 'unknown';
}
