import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { recheckDocument } from '@/lib/server/documents/documents';
import { guardDocumentWrite } from '@/lib/server/documents/guard-write';
import { getDocumentStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

/** `POST /api/documents/:id/recheck`: checks the stored original file again with this engine. */
export const POST = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const refused = await guardDocumentWrite(request, 'save');
  if (refused) return refused;
  const { id } = await context.params;
  const rechecked = await recheckDocument(getDocumentStore(), id);
  return rechecked.ok ? jsonResponse(200, rechecked.value) : errorResponse(rechecked.error, requestLang(request));
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
