import { methodNotAllowed } from '@/lib/server/api/methods';
import { orgName } from '@/lib/server/config';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * `GET /api/export/org`: `{ org }`, the issuing office (`SOATSO_ORG_NAME`, or null), which the chart
 * export buttons print under each image. Asked when exporting, so that the pages themselves can be
 * static while the office is set when the server starts.
 * @example curl http://localhost:3000/api/export/org // → {"org":"Cục Thống kê tỉnh Cao Bằng"}
 */
export function GET(): Response {
  return Response.json({ org: orgName() }, { headers: { 'cache-control': 'no-store' } });
}

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
