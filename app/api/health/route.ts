import { healthResponse, requestLang } from '@/lib/server/api/storage-response';
import { getStore } from '@/lib/server/store/default-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * `GET /api/health`: 200 `{ "store": "ok" }` when the store can be read and written (a probe row
 * is written), else 503 `{ "store": "<corrupt|read-only|full|unavailable>", "detail", "error" }`.
 * @example curl -s http://localhost:3000/api/health // {"store":"ok"}
 */
export async function GET(request: Request): Promise<Response> {
  return healthResponse(await getStore().health(), requestLang(request));
}
