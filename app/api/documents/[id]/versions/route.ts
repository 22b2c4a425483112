import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { documentVersions } from '@/lib/server/documents/documents';
import { getDocumentStore } from '@/lib/server/store/default-store';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/**
 * `GET /api/documents/:id/versions`: every version of the document, oldest first, and each compared
 * with the one before: `{ versions, comparisons: [{ from, to, comparison: { entries, counts } }] }`.
 */
export const GET = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const refused = await refuseUnsignedRead(request);
  if (refused) return refused;
  const { id } = await context.params;
  const versions = await documentVersions(getDocumentStore(), id);
  return versions.ok ? jsonResponse(200, versions.value) : errorResponse(versions.error, requestLang(request));
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
