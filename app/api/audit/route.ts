import { guard, jsonResponse } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { authorize } from '@/lib/server/auth/authorize';
import { getTeamStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

/** How many entries one page of the log holds. */
const PAGE = 200;

/**
 * `GET /api/audit?page=N` (admins only): the audit log, newest first, 200 entries a page:
 * `{ entries: [{ at, userName, action, target, detail }], total, offset }`.
 */
export const GET = guard(async (request: Request) => {
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  const page = Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get('page') ?? '1')) || 1);
  return jsonResponse(200, await getTeamStore().auditLog({ offset: (page - 1) * PAGE, limit: PAGE }));
});

const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
