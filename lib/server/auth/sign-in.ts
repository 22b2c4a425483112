import 'server-only';
import type { Localized } from '../../i18n/lang';
import type { User } from '../../team/types';
import type { ApiError } from '../api/respond';
import type { TeamStore } from '../store/team-types';
import { verifyDecoy, verifyPassword } from './password';
import { hashSessionToken, newSessionToken, SESSION_SECONDS } from './session-token';
import { CLIENT_THROTTLE, NAME_THROTTLE, throttleWait } from './sign-in-throttle';
import { nameKey } from '../store/team-rows';

export type SignInResult =
  | { readonly ok: true; readonly user: User; readonly token: string }
  | { readonly ok: false; readonly error: ApiError; readonly userName: string };

const WRONG: Localized = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khoá).',
  en: 'Wrong user name or password (or the account is disabled).',
};

function slowedDown(seconds: number): ApiError {
  return {
    status: 429,
    retryAfter: seconds,
    message: {
      vi: `Đăng nhập sai nhiều lần liên tiếp. Hãy thử lại sau ${seconds} giây.`,
      en: `Too many failed sign-ins in a row. Try again in ${seconds} seconds.`,
    },
  };
}

/**
 * Checks a name and password. Consecutive failures under the name (and, with a higher
 * allowance, from the client) are slowed down: within the wait the attempt is refused with 429
 * and `Retry-After` before the password is even checked. An unknown or disabled name takes as
 * long as a wrong password. A success clears the name's failures and opens a 12-hour session.
 *
 * @example
 * await signIn(store, 'lan', 'mật khẩu đúng', '10.0.0.7') // { ok: true, user, token }
 */
export async function signIn(store: TeamStore, name: string, password: string, client: string, now: number = Date.now()): Promise<SignInResult> {
  const nameFailures = `name:${nameKey(name)}`;
  const clientFailures = `client:${client}`;
  const wait = Math.max(
    throttleWait(NAME_THROTTLE, await store.failures(nameFailures), now),
    throttleWait(CLIENT_THROTTLE, await store.failures(clientFailures), now),
  );
  if (wait > 0) return { ok: false, error: slowedDown(wait), userName: name };
  const user = await store.userByName(name);
  const good = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password);
  if (!user || !good) {
    await store.recordFailure(nameFailures, now);
    await store.recordFailure(clientFailures, now);
    return { ok: false, error: { status: 401, message: WRONG }, userName: name };
  }
  await store.clearFailures(nameFailures);
  await store.clearFailures(clientFailures);
  const token = newSessionToken();
  await store.createSession(hashSessionToken(token), user.id, now + SESSION_SECONDS * 1000);
  const { passwordHash: _hash, ...plain } = user;
  return { ok: true, user: plain, token };
}
