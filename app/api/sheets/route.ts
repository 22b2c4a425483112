import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readLimits } from '@/lib/server/config';
import { listSheetsInPool } from '@/lib/server/upload/analyse-in-pool';
import { detectUploadFormat } from '@/lib/server/upload/detect-format';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/** `POST /api/sheets`: the sheet names of an uploaded .xlsx file, for the sheet chooser. */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'check');
  if (refused) return refused;
  const lang = requestLang(request);
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error, lang);
  const file = upload.value.files[0];
  if (!file) return errorResponse({ status: 400, message: { vi: 'Thiếu tệp: cần trường "file".', en: 'No file: a "file" field is needed.' } }, lang);
  const format = detectUploadFormat(file.name, file.bytes);
  if (!format.ok) return errorResponse(format.error, lang);
  if (format.value !== 'xlsx') return jsonResponse(200, { file: file.name, sheets: [] });
  const sheets = await listSheetsInPool(file, limits.maxUploadBytes * 10);
  if (!sheets.ok) return errorResponse(sheets.error, lang);
  return jsonResponse(200, { file: file.name, sheets: sheets.value });
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
