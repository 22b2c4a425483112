import { readLimits } from '@/lib/server/config';
import { createDataset } from '@/lib/server/datasets';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { getStore } from '@/lib/server/store/default-store';
import { openCounts } from '@/lib/server/team/open-counts';
import { parseUploadRequest } from '@/lib/server/upload/parse-upload';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { audit, authorize, refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/** `GET /api/datasets`: every stored dataset, newest first, with its verdict summary, and per id how many findings nobody has reviewed (`openFindings`). */
export const GET = guard(async (request: Request) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const datasets = await getStore().list();
  const open = await openCounts(datasets);
  return jsonResponse(200, { datasets, openFindings: Object.fromEntries([...open.entries()].map(([id, c]) => [id, c.open])) });
});

/**
 * `POST /api/datasets` (a signed-in reviewer): multipart `file` (and optional `name`, `sheet`, `roles`, `headerRows`, `declined`),
 * or a raw body. Checks the file and stores it whole with its role and header-rows corrections; corrections saved with an earlier dataset
 * of the same folded header are reused unless the table is in `declined`. `201 { id, name, createdAt, counts, recognised, results, … }`.
 */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'upload');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const limits = readLimits();
  const upload = await parseUploadRequest(request, limits);
  if (!upload.ok) return errorResponse(upload.error, lang);
  const created = await createDataset(getStore(), upload.value.files, upload.value.name, limits, upload.value.declined);
  if (!created.ok) return errorResponse(created.error, lang);
  await audit(auth.user, 'dataset.create', created.value.id, `${created.value.name} (${created.value.files.map((f) => f.name).join(', ')})`);
  const response = jsonResponse(201, created.value);
  response.headers.set('location', `/api/datasets/${created.value.id}`);
  return response;
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
