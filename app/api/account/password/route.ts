import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize } from '@/lib/server/auth/authorize';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/server/auth/password';
import { getTeamStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

const bodySchema = z
  .object({
    current: z.string().min(1, 'Hãy nhập mật khẩu hiện tại.').max(1024, 'Mật khẩu dài quá.'),
    password: z.string().max(1024, 'Mật khẩu dài quá.'),
  })
  .strict();

/**
 * `POST /api/account/password` with `{ "current", "password" }`: any signed-in user changes their
 * own password (200 `{ user }`); their other sessions end, this one is closed too, so they sign in again.
 */
export const POST = guard(async (request: Request) => {
  const lang = requestLang(request);
  const auth = await authorize(request, 'viewer');
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request, bodySchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const problem = passwordProblem(body.value.password);
  if (problem) return errorResponse({ status: 400, message: problem }, lang);
  const store = getTeamStore();
  const stored = await store.userById(auth.user.id);
  if (!stored || !(await verifyPassword(stored.passwordHash, body.value.current))) {
    return errorResponse({ status: 403, message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' } }, lang);
  }
  const user = await store.updateUser(auth.user.id, { passwordHash: await hashPassword(body.value.password) });
  await audit(auth.user, 'user.password', auth.user.name, 'own password');
  return jsonResponse(200, { user });
});

const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
