'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { REFERENCE_STRINGS } from './strings';

/**
 * On the static overview, fetched after first paint: how many figures (the bundled data's values, the stored
 * documents' levels) differ from the reference series. Nothing is shown while loading or when the store cannot
 * be read.
 * @example <ReferenceCountLive lang="vi" />
 */
export function ReferenceCountLive({ lang }: { lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/indicators/differences', { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => {
        const body: unknown = response.ok ? await response.json() : null;
        if (typeof body === 'object' && body !== null && typeof (body as { total?: unknown }).total === 'number') setTotal((body as { total: number }).total);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  if (total === null) return null;
  return (
    <p className="note" data-testid="reference-differences">
      <strong>{t.columnTitle}:</strong> {total === 0 ? t.overviewNone : t.overviewDiffers(total)}
    </p>
  );
}
