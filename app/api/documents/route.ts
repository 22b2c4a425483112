import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { createDocument } from '@/lib/server/documents/documents';
import { guardDocumentWrite } from '@/lib/server/documents/guard-write';
import { audit, refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { getDocumentStore, getTeamStore } from '@/lib/server/store/default-store';
import { carryDecisionsOver, type CarryOverResult } from '@/lib/server/team/carry-over';
import { documentOpenCounts } from '@/lib/server/team/document-open-counts';

export const runtime = 'nodejs';

/**
 * `GET /api/documents`: every stored document version, newest first, and `open`: per document id,
 * how many of its findings nobody has reviewed and how many there are (`{ open, total }`).
 */
export const GET = guard(async (request: Request) => {
  const refused = await refuseUnsignedRead(request);
  if (refused) return refused;
  const documents = await getDocumentStore().listDocuments();
  const open = Object.fromEntries(await documentOpenCounts(documents));
  return jsonResponse(200, { documents, open });
});

/**
 * `POST /api/documents` (a signed-in reviewer): multipart `file` (.txt, .docx or .pdf) and optional `versionOf` (the id of a
 * stored version: this file becomes its next version), `bundled` (0 to skip the bundled tables) and
 * `dataset`. Checks the file and stores it whole: `201` with the document, its claims, checks and table
 * rows, each with a stable `id` (and a `page` for a PDF). A new version takes over the decisions on the
 * findings it keeps `còn nguyên` from the version before: `carried` says how many (`null` for a version 1).
 */
export const POST = guard(async (request: Request) => {
  const gate = await guardDocumentWrite(request, 'upload');
  if (!gate.ok) return gate.response;
  const lang = requestLang(request);
  const created = await createDocument(getDocumentStore(), request);
  if (!created.ok) return errorResponse(created.error, lang);
  const { summary } = created.value;
  await audit(gate.user, 'document.save', summary.id, summary.version > 1 ? `${summary.name} (phiên bản ${summary.version})` : summary.name);
  let carried: CarryOverResult | null = null;
  try {
    carried = summary.version > 1 ? await carryDecisionsOver(getDocumentStore(), getTeamStore(), created.value) : null;
  } catch (error) {
    // The version is stored; the decisions stay on the earlier version (one transaction: none were copied).
    console.error('[soatso review] decisions could not be carried over', error);
  }
  if (carried !== null && carried.decisions > 0) {
    await audit(
      gate.user,
      'decision.carry',
      summary.id,
      `${carried.decisions} quyết định trên ${carried.findings} phát hiện còn nguyên, từ phiên bản ${carried.fromVersion ?? ''} (${carried.from ?? ''})`,
    );
  }
  const response = jsonResponse(201, { ...created.value, carried });
  response.headers.set('location', `/api/documents/${created.value.summary.id}`);
  return response;
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
