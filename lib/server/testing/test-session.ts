import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../team/types';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_SECONDS } from '../auth/session-token';
import { getTeamStore } from '../store/default-store';

let cookie: string | null = null;

/**
 * The Cookie header of the test file's signed-in user (see useSignedInUser), or nothing.
 * @example new Request(url, { method: 'DELETE', headers: testSessionHeaders() })
 */
export function testSessionHeaders(): Record<string, string> {
  return cookie === null ? {} : { cookie };
}

/**
 * Signs a user of `role` in for the calling test file: after its data directory is set
 * (call after useTempDataDir), a user and a session are created in the store, and every request
 * built by testing/api-client carries the session cookie. The user has no usable password.
 * @example useTempDataDir('soatso-api-'); useSignedInUser('reviewer');
 */
export function useSignedInUser(role: Role = 'reviewer'): void {
  beforeAll(async () => {
    cookie = (await sessionHeadersFor(role)).cookie;
  });
  afterAll(() => {
    cookie = null;
  });
}

/**
 * The Cookie header of a new session for user `test-<role>` (created the first time), for a test
 * that needs a second user beside the file's signed-in one. Call once the data directory is set.
 * @example const viewer = await sessionHeadersFor('viewer'); // { cookie: 'soatso_session=…' }
 */
export async function sessionHeadersFor(role: Role): Promise<{ readonly cookie: string }> {
  const store = getTeamStore();
  const created = await store.createUser({ name: `test-${role}`, role, passwordHash: 'no-password' });
  const user = created.ok ? created.user : await store.userByName(`test-${role}`);
  if (!user) throw new Error('the test user could not be created');
  const token = newSessionToken();
  await store.createSession(hashSessionToken(token), user.id, Date.now() + SESSION_SECONDS * 1000);
  return { cookie: `${SESSION_COOKIE}=${token}` };
}
