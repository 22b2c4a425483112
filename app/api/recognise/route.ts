import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { readLimits } from '@/lib/server/config';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { analyseInPool } from '@/lib/server/upload/analyse-in-pool';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import { recognisePreview } from '@/lib/server/upload/recognise-preview';

export const runtime = 'nodejs';

/**
 * `POST /api/recognise`: the upload of `POST /api/datasets` (multipart `file`, `sheet`, `roles`),
 * read and checked in the worker pool but not stored: `200 { tables: [{ table, headerRows,
 * years, columns: [{ index, header, role, year }], rows, … }], series }` for the "Đã nhận ra"
 * preview. Refusals are those of `POST /api/datasets`.
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
  return jsonResponse(200, recognisePreview(analysis.value));
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
