'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { STORE_STATUS_STRINGS } from './strings';

interface Fault {
  readonly kind: string;
  readonly message: string;
}

/** `/api/health?probe=0` answers 503 `{ store, error }` while the store has a fault, 200 otherwise. */
async function readFault(lang: Lang, signal: AbortSignal): Promise<Fault | null> {
  const response = await fetch(`/api/health?probe=0&lang=${lang}`, { signal, cache: 'no-store' });
  if (response.ok) return null;
  const body: unknown = await response.json().catch(() => null);
  if (typeof body !== 'object' || body === null) return null;
  const kind = 'store' in body && typeof body.store === 'string' ? body.store : 'unavailable';
  const message = 'error' in body && typeof body.error === 'string' ? body.error : '';
  return { kind, message };
}

/**
 * The storage banner of every page, asked for after the page is shown: pages are rendered once
 * (statically) for everyone, so whether the store has a fault now is fetched, not baked in. A page
 * that already carries the server-rendered banner (the upload page) is left alone.
 *
 * @example <StoreFaultBanner lang="vi" /> // nothing, or <div role="alert" class="storage-banner">…</div>
 */
export function StoreFaultBanner({ lang }: { lang: Lang }) {
  const [fault, setFault] = useState<Fault | null>(null);
  useEffect(() => {
    if (document.querySelector('[data-fault][data-rendered="server"]')) return;
    const controller = new AbortController();
    readFault(lang, controller.signal).then(setFault, () => setFault(null));
    return () => controller.abort();
  }, [lang]);
  if (!fault) return null;
  return (
    <div role="alert" className="storage-banner" data-fault={fault.kind}>
      <p>
        <strong>{STORE_STATUS_STRINGS[lang].bannerTitle}.</strong> {fault.message}
      </p>
    </div>
  );
}
