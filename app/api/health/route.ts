import { healthResponse, requestLang } from '@/lib/server/api/storage-response';
import { getStore, getStoreKind } from '@/lib/server/store/default-store';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * `GET /api/health`: 200 `{ "store": "ok", "database": "sqlite" }` when the store can be read and
 * written (a probe row is written: in the SQLite file, or in PostgreSQL when DATABASE_URL is set,
 * which checks the database server is reachable and writable), else 503 `{ "store": "<corrupt|read-only|full|unavailable>", "detail", "error" }`.
 * `?probe=0` writes nothing and reports the fault already known (found at start-up or by the last
 * failed operation): the pages' storage banner asks this after every page load.
 * @example curl -s http://localhost:3000/api/health // {"store":"ok","database":"sqlite"}
 */
export async function GET(request: Request): Promise<Response> {
  const store = getStore();
  const probe = new URL(request.url).searchParams.get('probe') !== '0';
  return healthResponse(await (probe ? store.health() : store.fault()), requestLang(request), getStoreKind());
}

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
