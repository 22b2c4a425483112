import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { checkProseRequest } from '@/lib/server/prose/prose-request';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';

export const runtime = 'nodejs';

/**
 * `POST /api/prose`: checks the numeric claims of a report text. Body: multipart/form-data with `file`
 * (.txt or .docx) or `text`, plus optional `bundled` (0 to skip the bundled tables) and `dataset` (an uploaded
 * dataset's id, searched after them); or JSON `{ text, bundled?, dataset? }`; or the text itself as
 * text/plain. Answers `{ claims, checks, counts, display, input, sources }`, or `{ error }` with a 4xx status.
 */
export const POST = guard(async (request: Request) => {
  const refused = await limitRequest(request, 'check');
  if (refused) return refused;
  const lang = requestLang(request);
  const answer = await checkProseRequest(request);
  return answer.ok ? jsonResponse(200, answer.value) : errorResponse(answer.error, lang);
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
