import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { roleAllows, type Role, type User } from '../../team/types';
import { getTeamStore } from '../store/default-store';
import { publicRead } from './public-read';
import { hashSessionToken, SESSION_COOKIE, sessionTokenFrom } from './session-token';

/**
 * The signed-in user of the page being rendered (its session cookie), or null. A store that
 * cannot be read counts as nobody signed in (the banner says why).
 *
 * @example
 * const user = await pageUser(); // { name: 'lan', role: 'reviewer', … } or null
 */
export async function pageUser(): Promise<User | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  const token = value === undefined ? null : sessionTokenFrom(`${SESSION_COOKIE}=${value}`);
  if (!token) return null;
  try {
    return await getTeamStore().sessionUser(hashSessionToken(token), Date.now());
  } catch (error) {
    console.error('[soatso auth] the session could not be read', error);
    return null;
  }
}

/**
 * The sign-in page's address that comes back to `path` afterwards.
 *
 * @example
 * signInHref('/kiem-tra?verdict=mismatch') // '/dang-nhap?next=%2Fkiem-tra%3Fverdict%3Dmismatch'
 */
export function signInHref(path: string): string {
  return `/dang-nhap?next=${encodeURIComponent(path)}`;
}

/**
 * For a page that reads: the signed-in user (or null); when reading is not public
 * (`SOATSO_PUBLIC_READ=0`) and nobody is signed in, redirects to the sign-in page, which comes
 * back to `path`.
 *
 * @example
 * const user = await requireReader('/kiem-tra');
 */
export async function requireReader(path: string): Promise<User | null> {
  const user = await pageUser();
  if (!user && !publicRead()) redirect(signInHref(path));
  return user;
}

/**
 * For a page that only users of `role` may open (the admin pages, the account page): the user,
 * or a redirect to the sign-in page. A signed-in user whose role is too low gets null (the page
 * says so).
 *
 * @example
 * const admin = await requireRole('admin', '/quan-tri');
 */
export async function requireRole(role: Role, path: string): Promise<User | null> {
  const user = await pageUser();
  if (!user) redirect(signInHref(path));
  return roleAllows(user.role, role) ? user : null;
}

/**
 * Whether the user may write (upload, save, decide): a reviewer or an admin.
 *
 * @example
 * canWrite({ role: 'viewer', … }) // false
 */
export function canWrite(user: User | null): boolean {
  return user !== null && roleAllows(user.role, 'reviewer');
}
