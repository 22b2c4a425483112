import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { recheckDocument } from '@/lib/server/documents/documents';
import { guardDocumentWrite } from '@/lib/server/documents/guard-write';
import { audit } from '@/lib/server/auth/authorize';
import { getDocumentStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

/** `POST /api/documents/:id/recheck` (a signed-in reviewer): checks the stored original file again with this engine. */
export const POST = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const gate = await guardDocumentWrite(request, 'save');
  if (!gate.ok) return gate.response;
  const { id } = await context.params;
  const rechecked = await recheckDocument(getDocumentStore(), id);
  if (!rechecked.ok) return errorResponse(rechecked.error, requestLang(request));
  await audit(gate.user, 'document.recheck', id, '');
  return jsonResponse(200, rechecked.value);
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
