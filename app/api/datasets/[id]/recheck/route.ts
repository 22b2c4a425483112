import { datasetIdFrom } from '@/lib/server/api/dataset-params';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readLimits } from '@/lib/server/config';
import { recheckDataset } from '@/lib/server/datasets';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { getStore } from '@/lib/server/store/default-store';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/** `POST /api/datasets/:id/recheck`: checks the stored original files again with this engine. */
export const POST = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const id = await datasetIdFrom(context.params);
  if (!id.ok) return errorResponse(id.error, lang);
  const rechecked = await recheckDataset(getStore(), id.value, readLimits());
  if (!rechecked.ok) return errorResponse(rechecked.error, lang);
  await audit(auth.user, 'dataset.recheck', id.value, '');
  return jsonResponse(200, rechecked.value);
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
