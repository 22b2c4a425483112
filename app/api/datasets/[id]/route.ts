import { datasetIdFrom } from '@/lib/server/api/dataset-params';
import { readJsonBody } from '@/lib/server/api/read-json';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { datasetPatchSchema } from '@/lib/server/api/schemas';
import { notFoundMessage, readDetail } from '@/lib/server/datasets';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { getReferenceStore, getStore } from '@/lib/server/store/default-store';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize, refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

interface Context {
  readonly params: Promise<{ id: string }>;
}

/** `GET /api/datasets/:id`: summary, recognition, spec §4 results and links to the views. */
export const GET = guard(async (request: Request, context: Context) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const lang = requestLang(request);
  const id = await datasetIdFrom(context.params);
  if (!id.ok) return errorResponse(id.error, lang);
  const detail = await readDetail(getStore(), id.value);
  return detail ? jsonResponse(200, detail) : errorResponse({ status: 404, message: notFoundMessage(id.value) }, lang);
});

/**
 * `PATCH /api/datasets/:id` with JSON `{ "name": "…" }`: renames the dataset (reviewer); with
 * `{ "reference": true | false }`: marks it as a reference series, or unmarks it (admin only).
 */
export const PATCH = guard(async (request: Request, context: Context) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const id = await datasetIdFrom(context.params);
  if (!id.ok) return errorResponse(id.error, lang);
  const body = await readJsonBody(request, datasetPatchSchema);
  if (!body.ok) return errorResponse(body.error, lang);
  if ('reference' in body.value) {
    const admin = await authorize(request, 'admin');
    if (!admin.ok) return admin.response;
    const marked = await getReferenceStore().setReference(id.value, body.value.reference, admin.user.name);
    if (!marked) return errorResponse({ status: 404, message: notFoundMessage(id.value) }, lang);
    await audit(admin.user, 'dataset.reference', id.value, body.value.reference ? 'số liệu gốc' : 'bỏ đánh dấu số liệu gốc');
    return jsonResponse(200, { id: id.value, reference: body.value.reference });
  }
  const summary = await getStore().rename(id.value, body.value.name);
  if (!summary) return errorResponse({ status: 404, message: notFoundMessage(id.value) }, lang);
  await audit(auth.user, 'dataset.rename', id.value, summary.name);
  return jsonResponse(200, summary);
});

/** `DELETE /api/datasets/:id`: removes the dataset and its original files (204). */
export const DELETE = guard(async (request: Request, context: Context) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const id = await datasetIdFrom(context.params);
  if (!id.ok) return errorResponse(id.error, lang);
  const deleted = await getStore().delete(id.value);
  if (!deleted) return errorResponse({ status: 404, message: notFoundMessage(id.value) }, lang);
  await audit(auth.user, 'dataset.delete', id.value, '');
  return new Response(null, { status: 204 });
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET', 'PATCH', 'DELETE']);
export { notAllowed as POST, notAllowed as PUT };
