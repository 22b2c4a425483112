import { readJsonBody } from '@/lib/server/api/read-json';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { answerBodySchema } from '@/lib/server/api/schemas';
import { audit, authorize } from '@/lib/server/auth/authorize';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { matchRules } from '@/lib/server/references';
import { getReferenceStore } from '@/lib/server/store/default-store';
import { indicatorKey } from '@/lib/verify/indicator-key';

export const runtime = 'nodejs';

/**
 * `POST /api/indicators/answers` with `{ "printed": "thu ngan sach", "choice": "Thu ngân sách nhà nước trên địa bàn" }`
 * (reviewer): answers an ambiguous match; `choice: null` says no reference series is this indicator. The answer is
 * stored under the printed name's key and reused by every later check.
 */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const body = await readJsonBody(request, answerBodySchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const { synonyms } = await matchRules();
  const printed = indicatorKey(body.value.printed, synonyms);
  if (printed === '') return errorResponse({ status: 400, message: { vi: 'Thiếu tên chỉ tiêu.', en: 'The indicator name is missing.' } }, lang);
  const choice = body.value.choice === null ? null : indicatorKey(body.value.choice, synonyms);
  await getReferenceStore().saveAnswer({ printed, choice }, auth.user.name);
  await audit(auth.user, 'indicator.answer', printed, choice ?? 'không chỉ tiêu nào');
  return jsonResponse(200, { printed, choice });
});

const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
