import type { Lang } from '@/lib/i18n/lang';
import { getStore } from '@/lib/server/store/default-store';
import { faultMessage } from '@/lib/server/store/storage-fault';
import { STORE_STATUS_STRINGS } from './strings';

/**
 * A banner (server-rendered, for pages rendered per request) while the store has a fault (found by the start-up integrity check or
 * by the last failed write): it says, in both languages, that the server is at fault and that
 * nothing can be saved. Nothing is drawn while the store is sound.
 *
 * @example
 * <StorageBanner lang="vi" /> // <div role="alert" class="storage-banner">…</div> or nothing
 */
export async function StorageBanner({ lang }: { lang: Lang }) {
  const status = await getStore().fault();
  if (status.ok) return null;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const message = faultMessage(status.fault.kind);
  return (
    <div role="alert" className="storage-banner" data-fault={status.fault.kind} data-rendered="server">
      <p>
        <strong>{STORE_STATUS_STRINGS[lang].bannerTitle}.</strong> {message[lang]}
      </p>
      <p lang={other} className="small">
        <strong>{STORE_STATUS_STRINGS[other].bannerTitle}.</strong> {message[other]}
      </p>
    </div>
  );
}
