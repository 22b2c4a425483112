import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { searchIndicators } from '@/lib/server/indicators';

export const runtime = 'nodejs';

/** Longest query kept. */
const MAX_QUERY = 200;

/**
 * `GET /api/indicators?q=thu ngân sách`: every stored series (the bundled one included) whose name contains the
 * query once folded, or whose matcher key does: `{ indicators: [{ dataset, indicator, name, unit, priceBase, … }] }`.
 */
export const GET = guard(async (request: Request) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim();
  if (q === '' || q.length > MAX_QUERY) {
    return errorResponse(
      { status: 400, message: { vi: `Hãy nhập tên chỉ tiêu cần tìm (q, 1–${MAX_QUERY} ký tự).`, en: `Give the indicator name to search for (q, 1–${MAX_QUERY} characters).` } },
      requestLang(request),
    );
  }
  return jsonResponse(200, { indicators: await searchIndicators(q) });
});

const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
