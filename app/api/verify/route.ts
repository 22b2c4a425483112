import { analyseInPool } from '@/lib/server/upload/analyse-in-pool';
import { readLimits } from '@/lib/server/config';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import type { VerifyResponse } from '@/lib/upload/types';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/**
 * `POST /api/verify`: a stateless check. Body: the table itself (`text/csv`,
 * `text/tab-separated-values`, .xlsx) or multipart field `file`. Returns spec §4
 * `{ results: […] }` plus what was recognised; nothing is stored.
 */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'check');
  if (refused) return refused;
  const lang = requestLang(request);
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error, lang);
  const analysis = await analyseInPool(upload.value.files, limits);
  if (!analysis.ok) return errorResponse(analysis.error, lang);
  const body: VerifyResponse = { results: analysis.value.results, recognised: analysis.value.recognised };
  return jsonResponse(200, body);
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
