import { errorResponse, guard, jsonResponse } from '@/lib/server/api/respond';
import { readLimits } from '@/lib/server/config';
import { listSheetsInPool } from '@/lib/server/upload/analyse-in-pool';
import { detectUploadFormat } from '@/lib/server/upload/detect-format';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/** `POST /api/sheets`: the sheet names of an uploaded .xlsx file, for the sheet chooser. */
export const POST = guard(async (request: Request) => {
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error);
  const file = upload.value.files[0];
  if (!file) return errorResponse({ status: 400, message: 'Thiếu tệp: cần trường "file".' });
  const format = detectUploadFormat(file.name, file.bytes);
  if (!format.ok) return errorResponse(format.error);
  if (format.value !== 'xlsx') return jsonResponse(200, { file: file.name, sheets: [] });
  const sheets = await listSheetsInPool(file, limits.maxUploadBytes * 10);
  if (!sheets.ok) return errorResponse(sheets.error);
  return jsonResponse(200, { file: file.name, sheets: sheets.value });
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
