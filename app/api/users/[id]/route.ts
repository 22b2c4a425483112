import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize } from '@/lib/server/auth/authorize';
import { hashPassword, passwordProblem } from '@/lib/server/auth/password';
import { getTeamStore } from '@/lib/server/store/default-store';
import type { AuditAction } from '@/lib/team/types';

export const runtime = 'nodejs';

const changeSchema = z
  .object({
    role: z.enum(['viewer', 'reviewer', 'admin'], 'Vai trò phải là viewer, reviewer hoặc admin.').optional(),
    disabled: z.boolean().optional(),
    password: z.string().max(1024, 'Mật khẩu dài quá.').optional(),
  })
  .strict();

/**
 * `PATCH /api/users/:id` (admins) with any of `{ "role", "disabled", "password" }`: changes the
 * role, disables or enables the account, or resets the password (the user's sessions end).
 * An admin cannot disable or demote themself (someone must stay able to manage users).
 */
export const PATCH = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const lang = requestLang(request);
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  const { id } = await context.params;
  const body = await readJsonBody(request, changeSchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const { role, disabled, password } = body.value;
  if (id === auth.user.id && (disabled === true || (role !== undefined && role !== 'admin'))) {
    return errorResponse(
      { status: 400, message: { vi: 'Bạn không thể tự khoá hay tự hạ quyền của mình.', en: 'You cannot disable or demote yourself.' } },
      lang,
    );
  }
  const problem = password === undefined ? null : passwordProblem(password);
  if (problem) return errorResponse({ status: 400, message: problem }, lang);
  const store = getTeamStore();
  const user = await store.updateUser(id.slice(0, 64), {
    role,
    disabled,
    passwordHash: password === undefined ? undefined : await hashPassword(password),
  });
  if (!user) return errorResponse({ status: 404, message: { vi: 'Không có tài khoản này.', en: 'There is no such account.' } }, lang);
  const actions: [AuditAction, string][] = [];
  if (role !== undefined) actions.push(['user.role', `role ${role}`]);
  if (disabled !== undefined) actions.push([disabled ? 'user.disable' : 'user.enable', '']);
  if (password !== undefined) actions.push(['user.password', 'reset by an admin']);
  for (const [action, detail] of actions) await audit(auth.user, action, user.name, detail);
  return jsonResponse(200, { user });
});

const notAllowed = methodNotAllowed(['PATCH']);
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT, notAllowed as DELETE };
