import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, requestUser } from '@/lib/server/auth/authorize';
import { isSameOrigin } from '@/lib/server/auth/origin';
import { clearedSessionCookie, hashSessionToken, isSecureRequest, sessionCookie, sessionTokenFrom } from '@/lib/server/auth/session-token';
import { signIn } from '@/lib/server/auth/sign-in';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { clientAddress, trustedProxies } from '@/lib/server/rate-limit/client-address';
import { getTeamStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

const signInSchema = z
  .object({
    name: z.string().min(1, 'Hãy nhập tên đăng nhập.').max(64, 'Tên đăng nhập dài quá 64 ký tự.'),
    password: z.string().min(1, 'Hãy nhập mật khẩu.').max(1024, 'Mật khẩu dài quá.'),
  })
  .strict();

const CROSS_ORIGIN = {
  vi: 'Yêu cầu đăng nhập này đến từ một trang khác, nên không được thực hiện.',
  en: 'This sign-in request comes from another site, so it was not carried out.',
};

/** `GET /api/session`: the signed-in user `{ user: { name, role, … } }`, or 401. */
export const GET = guard(async (request: Request) => {
  const user = await requestUser(request);
  if (!user) return errorResponse({ status: 401, message: { vi: 'Chưa đăng nhập.', en: 'Not signed in.' } }, requestLang(request));
  return jsonResponse(200, { user });
});

/**
 * `POST /api/session` with `{ "name", "password" }`: 200 `{ user }` and the httpOnly session
 * cookie; 401 for a wrong name or password; 429 with `Retry-After` after five failures in a row.
 */
export const POST = guard(async (request: Request) => {
  const lang = requestLang(request);
  if (!isSameOrigin(request)) return errorResponse({ status: 403, message: CROSS_ORIGIN }, lang);
  const limited = await limitRequest(request, 'sign-in');
  if (limited) return limited;
  const body = await readJsonBody(request, signInSchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const store = getTeamStore();
  const client = clientAddress(request.headers, trustedProxies());
  const result = await signIn(store, body.value.name, body.value.password, client);
  if (!result.ok) {
    await audit(null, 'sign-in', result.userName.slice(0, 64), `refused (${result.error.status}) from ${client}`, store);
    return errorResponse(result.error, lang);
  }
  await audit(result.user, 'sign-in', result.user.name, `from ${client}`, store);
  const response = jsonResponse(200, { user: result.user });
  response.headers.append('set-cookie', sessionCookie(result.token, isSecureRequest(request)));
  return response;
});

/** `DELETE /api/session`: signs out (204), ending the session on the server too. */
export const DELETE = guard(async (request: Request) => {
  const lang = requestLang(request);
  if (!isSameOrigin(request)) return errorResponse({ status: 403, message: CROSS_ORIGIN }, lang);
  const store = getTeamStore();
  const token = sessionTokenFrom(request.headers.get('cookie'));
  if (token) {
    const user = await requestUser(request, store);
    await store.deleteSession(hashSessionToken(token));
    if (user) await audit(user, 'sign-out', user.name, '', store);
  }
  const response = new Response(null, { status: 204 });
  response.headers.append('set-cookie', clearedSessionCookie(isSecureRequest(request)));
  return response;
});

const notAllowed = methodNotAllowed(['GET', 'POST', 'DELETE']);
export { notAllowed as PUT, notAllowed as PATCH };
