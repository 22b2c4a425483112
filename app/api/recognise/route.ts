import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { readLimits } from '@/lib/server/config';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { analyseInPool } from '@/lib/server/upload/analyse-in-pool';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import { recognisePreview } from '@/lib/server/upload/recognise-preview';
import { analyseWithSavedRoles } from '@/lib/server/upload/reuse-corrections';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { getStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';

/**
 * `POST /api/recognise`: the upload of `POST /api/datasets` (multipart `file`, `sheet`, `roles`, `headerRows`, `declined`),
 * read and checked in the worker pool but not stored: `200 { tables: [{ table, headerRows,
 * years, columns: [{ index, header, role, year }], rows, … }], series }` for the "Đã nhận ra"
 * preview, `reused` on a table read with a correction saved with an earlier dataset of the same folded header,
 * `skipped` for the sheets without a table. Refusals are those of `POST /api/datasets`.
 */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'check');
  if (refused) return refused;
  const lang = requestLang(request);
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error, lang);
  // Saved corrections name their datasets: they are looked up only for a reader allowed to see datasets.
  const store = (await refuseUnsignedRead(request)) === null ? getStore() : null;
  const analysis = await analyseWithSavedRoles(upload.value.files, upload.value.declined, limits, store, analyseInPool);
  if (!analysis.ok) return errorResponse(analysis.error, lang);
  return jsonResponse(200, recognisePreview(analysis.value));
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
