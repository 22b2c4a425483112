import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize } from '@/lib/server/auth/authorize';
import { hashPassword, passwordProblem } from '@/lib/server/auth/password';
import { userNameProblem } from '@/lib/server/auth/user-name';
import { getTeamStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

const newUserSchema = z
  .object({
    name: z.string().max(64, 'Tên đăng nhập dài quá 64 ký tự.'),
    role: z.enum(['viewer', 'reviewer', 'admin'], 'Vai trò phải là viewer, reviewer hoặc admin.'),
    password: z.string().max(1024, 'Mật khẩu dài quá.'),
  })
  .strict();

/** `GET /api/users` (admins): every account `{ users: [{ id, name, role, disabled, … }] }`, never a hash. */
export const GET = guard(async (request: Request) => {
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  return jsonResponse(200, { users: await getTeamStore().users() });
});

/** `POST /api/users` (admins) with `{ "name", "role", "password" }`: 201 `{ user }`; 409 when the name is taken. */
export const POST = guard(async (request: Request) => {
  const lang = requestLang(request);
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request, newUserSchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const problem = userNameProblem(body.value.name) ?? passwordProblem(body.value.password);
  if (problem) return errorResponse({ status: 400, message: problem }, lang);
  const created = await getTeamStore().createUser({ name: body.value.name, role: body.value.role, passwordHash: await hashPassword(body.value.password) });
  if (!created.ok) {
    return errorResponse({ status: 409, message: { vi: `Tên ${body.value.name} đã có.`, en: `The name ${body.value.name} is taken.` } }, lang);
  }
  await audit(auth.user, 'user.create', created.user.name, `role ${created.user.role}`);
  return jsonResponse(201, { user: created.user });
});

const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
