import 'server-only';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether pages and the read API are open without signing in: yes unless `SOATSO_PUBLIC_READ=0`.
 * Checking without saving (/van-ban, POST /api/prose, POST /api/verify) is open either way.
 *
 * @example
 * publicRead({}) // true
 * publicRead({ SOATSO_PUBLIC_READ: '0' }) // false
 */
export function publicRead(env: Env = process.env): boolean {
  return env.SOATSO_PUBLIC_READ?.trim() !== '0';
}
