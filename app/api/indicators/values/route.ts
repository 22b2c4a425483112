import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { indicatorValues } from '@/lib/server/indicators';

export const runtime = 'nodejs';

// Grammar: id := [a-z0-9-]{1,120} (a dataset's store id, `cao-bang`, or an indicator's slug).
// Example: "thu-ngan-sach-tren-dia-ban" and "3f2b8c0e9d7a4b1c8e5f6a7b8c9d0e1f" pass; "../x" does not.
const ID = /^[a-z0-9-]{1,120}$/u;

/**
 * `GET /api/indicators/values?dataset=…&indicator=…`: every source of each year's value of one series, across
 * stored documents and references: `{ dataset, indicator, name, unit, years: [{ year, disagree, sources }] }`.
 */
export const GET = guard(async (request: Request) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const lang = requestLang(request);
  const params = new URL(request.url).searchParams;
  const dataset = params.get('dataset') ?? '';
  const indicator = params.get('indicator') ?? '';
  if (!ID.test(dataset) || !ID.test(indicator)) {
    return errorResponse({ status: 400, message: { vi: 'Cần tham số dataset và indicator (mã bộ dữ liệu, mã chỉ tiêu).', en: 'Give the dataset and indicator parameters (their ids).' } }, lang);
  }
  const values = await indicatorValues(dataset, indicator);
  if (values === null) {
    return errorResponse({ status: 404, message: { vi: `Không tìm thấy chỉ tiêu “${indicator}” trong bộ dữ liệu “${dataset}”.`, en: `No indicator “${indicator}” in the dataset “${dataset}”.` } }, lang);
  }
  return jsonResponse(200, values);
});

const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
