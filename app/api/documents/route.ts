import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { createDocument } from '@/lib/server/documents/documents';
import { guardDocumentWrite } from '@/lib/server/documents/guard-write';
import { audit, refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { getDocumentStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

/** `GET /api/documents`: every stored document version, newest first. */
export const GET = guard(async (request: Request) => {
  const refused = await refuseUnsignedRead(request);
  if (refused) return refused;
  const documents = await getDocumentStore().listDocuments();
  return jsonResponse(200, { documents });
});

/**
 * `POST /api/documents` (a signed-in reviewer): multipart `file` (.txt, .docx or .pdf) and optional `versionOf` (the id of a
 * stored version: this file becomes its next version), `bundled` (0 to skip the bundled tables) and
 * `dataset`. Checks the file and stores it whole: `201` with the document, its claims, checks and table
 * rows, each with a stable `id` (and a `page` for a PDF).
 */
export const POST = guard(async (request: Request) => {
  const gate = await guardDocumentWrite(request, 'upload');
  if (!gate.ok) return gate.response;
  const lang = requestLang(request);
  const created = await createDocument(getDocumentStore(), request);
  if (!created.ok) return errorResponse(created.error, lang);
  await audit(gate.user, 'document.save', created.value.summary.id, created.value.summary.name);
  const response = jsonResponse(201, created.value);
  response.headers.set('location', `/api/documents/${created.value.summary.id}`);
  return response;
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
