import 'server-only';
import type { Localized } from '../../i18n/lang';
import { roleAllows, type AuditAction, type Role, type User } from '../../team/types';
import { errorResponse } from '../api/respond';
import { requestLang } from '../api/request-lang';
import { getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';
import { isSameOrigin } from './origin';
import { publicRead } from './public-read';
import { hashSessionToken, sessionTokenFrom } from './session-token';

export type Authorized = { readonly ok: true; readonly user: User } | { readonly ok: false; readonly response: Response };

const CROSS_ORIGIN: Localized = {
  vi: 'Yêu cầu này đến từ một trang khác, nên không được thực hiện. Hãy thao tác ngay trên trang soát số.',
  en: 'This request comes from another site, so it was not carried out. Do it on the soatso pages themselves.',
};
const SIGN_IN_FIRST: Localized = {
  vi: 'Cần đăng nhập để làm việc này.',
  en: 'Sign in to do this.',
};
const NEEDS_ROLE: Readonly<Record<Role, Localized>> = {
  viewer: { vi: 'Cần đăng nhập để xem.', en: 'Sign in to read.' },
  reviewer: {
    vi: 'Tài khoản của bạn chỉ được xem; cần quyền người soát (reviewer) để lưu, sửa, xoá hay quyết định.',
    en: 'Your account may only read; saving, changing, deleting and deciding need the reviewer role.',
  },
  admin: { vi: 'Chỉ quản trị viên (admin) được làm việc này.', en: 'Only an admin may do this.' },
};

/**
 * The signed-in user of a request (its session cookie), or null.
 *
 * @example
 * await requestUser(request) // { name: 'lan', role: 'reviewer', … } or null
 */
export async function requestUser(request: Request, store: TeamStore = getTeamStore()): Promise<User | null> {
  const token = sessionTokenFrom(request.headers.get('cookie'));
  if (!token) return null;
  return store.sessionUser(hashSessionToken(token), Date.now());
}

/**
 * Lets a write through only from this site (`Origin`), with a session, for a user whose role
 * allows it: 403 for another site, 401 without a session, 403 for a role too low. Answers in the
 * request's language.
 *
 * @example
 * const auth = await authorize(request, 'reviewer');
 * if (!auth.ok) return auth.response;
 */
export async function authorize(request: Request, needed: Role, store: TeamStore = getTeamStore()): Promise<Authorized> {
  const lang = requestLang(request);
  if (!isSameOrigin(request)) return { ok: false, response: errorResponse({ status: 403, message: CROSS_ORIGIN }, lang) };
  const user = await requestUser(request, store);
  if (!user) return { ok: false, response: errorResponse({ status: 401, message: SIGN_IN_FIRST }, lang) };
  if (!roleAllows(user.role, needed)) return { ok: false, response: errorResponse({ status: 403, message: NEEDS_ROLE[needed] }, lang) };
  return { ok: true, user };
}

/**
 * For a read: null when reading is public (the default) or the request has a session; else 401.
 *
 * @example
 * const refused = await refuseUnsignedRead(request);
 * if (refused) return refused;
 */
export async function refuseUnsignedRead(request: Request, store: TeamStore = getTeamStore()): Promise<Response | null> {
  if (publicRead()) return null;
  const user = await requestUser(request, store);
  return user ? null : errorResponse({ status: 401, message: NEEDS_ROLE.viewer }, requestLang(request));
}

/**
 * Writes one line of the audit log: who did what to which target.
 *
 * @example
 * await audit(user, 'dataset.rename', id, 'Báo cáo quý 1 → Báo cáo quý 2');
 */
export async function audit(user: User | null, action: AuditAction, target: string, detail: string, store: TeamStore = getTeamStore()): Promise<void> {
  await store.appendAudit({ userName: user?.name ?? null, action, target, detail });
}
