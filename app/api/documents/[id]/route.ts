import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { readDocument } from '@/lib/server/documents/documents';
import { getDocumentStore } from '@/lib/server/store/default-store';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/** `GET /api/documents/:id`: the stored document with its text, claims, checks and table rows. */
export const GET = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const refused = await refuseUnsignedRead(request);
  if (refused) return refused;
  const { id } = await context.params;
  const document = await readDocument(getDocumentStore(), id);
  return document.ok ? jsonResponse(200, document.value) : errorResponse(document.error, requestLang(request));
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
