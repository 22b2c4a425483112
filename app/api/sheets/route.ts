import { errorResponse, guard, jsonResponse } from '@/lib/server/api/respond';
import { readLimits } from '@/lib/server/config';
import { listXlsxSheets } from '@/lib/server/read-xlsx';
import { xlsxStatusOf } from '@/lib/server/upload/analyse-upload';
import { detectUploadFormat } from '@/lib/server/upload/detect-format';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';

export const runtime = 'nodejs';

/** `POST /api/sheets`: the sheet names of an uploaded .xlsx file, for the sheet chooser. */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'check');
  if (refused) return refused;
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error);
  const file = upload.value.files[0];
  if (!file) return errorResponse({ status: 400, message: 'Thiếu tệp: cần trường "file".' });
  const format = detectUploadFormat(file.name, file.bytes);
  if (!format.ok) return errorResponse(format.error);
  if (format.value !== 'xlsx') return jsonResponse(200, { file: file.name, sheets: [] });
  const sheets = await listXlsxSheets(file.bytes, file.name, { maxInflatedBytes: limits.maxUploadBytes * 10 });
  if (!sheets.ok) return errorResponse({ status: xlsxStatusOf(sheets.error), message: sheets.error.message });
  return jsonResponse(200, { file: file.name, sheets: sheets.value });
});
