import 'server-only';
import type { Lang } from '../../i18n/lang';
import { faultMessage, type StorageFault, type StoreHealth } from '../store/storage-fault';
import type { StoreKind } from '../store/store-kind';

export { requestLang } from './request-lang';

/**
 * 503 for a storage fault: the server, not the user's file, is at fault; says so in the asked
 * language, with the fault's kind as a stable `reason`.
 *
 * @example
 * storageErrorResponse({ kind: 'full', detail: 'SQLITE_FULL' }, 'vi')
 * // 503 { error: 'Lỗi ở máy chủ, không phải ở tệp của bạn: ổ đĩa của máy chủ đã đầy. …', reason: 'full' }
 */
export function storageErrorResponse(fault: StorageFault, lang: Lang): Response {
  return Response.json(
    { error: faultMessage(fault.kind)[lang], reason: fault.kind },
    { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '60' } },
  );
}

/**
 * `GET /api/health`: 200 `{ store: 'ok', database }` when the store can be read and written, else
 * 503 with the fault's kind, the driver's detail and the sentence in the asked language. `database`
 * names what was checked: `sqlite` (the file) or `postgres` (the server of DATABASE_URL).
 *
 * @example
 * healthResponse({ ok: false, fault: { kind: 'corrupt', detail: 'SQLITE_NOTADB' } }, 'en', 'sqlite')
 * // 503 { store: 'corrupt', database: 'sqlite', detail: 'SQLITE_NOTADB', error: 'A server fault, not a problem with your file: …' }
 */
export function healthResponse(health: StoreHealth, lang: Lang, database: StoreKind): Response {
  const headers = { 'cache-control': 'no-store' };
  if (health.ok) return Response.json({ store: 'ok', database }, { status: 200, headers });
  const { kind, detail } = health.fault;
  return Response.json({ store: kind, database, detail, error: faultMessage(kind)[lang] }, { status: 503, headers });
}
