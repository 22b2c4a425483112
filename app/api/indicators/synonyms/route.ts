import { readJsonBody } from '@/lib/server/api/read-json';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { synonymBodySchema } from '@/lib/server/api/schemas';
import { audit, authorize, refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { DEFAULT_SYNONYMS } from '@/lib/server/references';
import { getReferenceStore } from '@/lib/server/store/default-store';
import { synonymPhrase } from '@/lib/verify/indicator-key';

export const runtime = 'nodejs';

/** `GET /api/indicators/synonyms`: the built-in synonyms and the admin's: `{ builtIn: […], synonyms: […] }`. */
export const GET = guard(async (request: Request) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  return jsonResponse(200, { builtIn: DEFAULT_SYNONYMS, synonyms: await getReferenceStore().synonyms() });
});

/** `POST /api/indicators/synonyms` with `{ "from": "Thu NSNN", "to": "thu ngân sách nhà nước" }` (admin): adds a synonym. */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const body = await readJsonBody(request, synonymBodySchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const from = synonymPhrase(body.value.from);
  const to = synonymPhrase(body.value.to);
  if (from === '' || to === '' || from === to) {
    return errorResponse({ status: 400, message: { vi: 'Hai cụm từ phải có chữ và khác nhau.', en: 'The two phrases must have words and differ.' } }, lang);
  }
  const stored = await getReferenceStore().addSynonym({ from, to }, auth.user.name);
  await audit(auth.user, 'indicator.synonym', from, `${from} → ${to}`);
  return jsonResponse(201, stored);
});

/** `DELETE /api/indicators/synonyms?from=thu nsnn` (admin): removes a synonym (204). */
export const DELETE = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'admin');
  if (!auth.ok) return auth.response;
  const from = synonymPhrase(new URL(request.url).searchParams.get('from') ?? '');
  const removed = from !== '' && (await getReferenceStore().removeSynonym(from));
  if (!removed) return errorResponse({ status: 404, message: { vi: `Không có từ đồng nghĩa “${from}”.`, en: `There is no synonym “${from}”.` } }, requestLang(request));
  await audit(auth.user, 'indicator.synonym', from, `bỏ ${from}`);
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed(['GET', 'POST', 'DELETE']);
export { notAllowed as PUT, notAllowed as PATCH };
