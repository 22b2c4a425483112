'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { STORE_STATUS_STRINGS } from '@/components/store-status/strings';
import type { Lang } from '@/lib/i18n/lang';
import type { DatasetSummary } from '@/lib/upload/types';
import { useSessionUser } from '@/components/account/use-session-user';
import { roleAllows } from '@/lib/team/types';
import { DatasetList } from './dataset-list';
import { UPLOAD_STRINGS } from './strings';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly items: DatasetSummary[]; readonly openFindings: Readonly<Record<string, number>> }
  | { readonly kind: 'unavailable' };

/** `GET /api/datasets` answers `{ datasets: DatasetSummary[], openFindings }`, or an error status when the store cannot be read. */
async function fetchList(signal: AbortSignal): Promise<ListState> {
  const response = await fetch('/api/datasets', { signal, cache: 'no-store' });
  if (!response.ok) return { kind: 'unavailable' };
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('datasets' in body) || !Array.isArray(body.datasets)) {
    return { kind: 'unavailable' };
  }
  const open = 'openFindings' in body && typeof body.openFindings === 'object' && body.openFindings !== null ? (body.openFindings as Record<string, number>) : {};
  return { kind: 'ready', items: body.datasets as DatasetSummary[], openFindings: open };
}

/**
 * The overview's section of uploaded datasets, fetched after first paint: the overview itself is
 * the same for everyone and is served as a static page, while this list changes with every upload.
 * A store that cannot be read says so: the uploads are never silently hidden, which would look
 * like data loss.
 *
 * @example <UploadedDatasetsLive lang="vi" />
 */
export function UploadedDatasetsLive({ lang }: { lang: Lang }) {
  const t = UPLOAD_STRINGS[lang];
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const user = useSessionUser();
  useEffect(() => {
    const controller = new AbortController();
    fetchList(controller.signal).then(setState, (error: unknown) => {
      if (!controller.signal.aborted) setState({ kind: 'unavailable' });
      return error;
    });
    return () => controller.abort();
  }, []);
  return (
    <section aria-labelledby="uploaded-datasets-title" aria-busy={state.kind === 'loading' || undefined}>
      <h2 id="uploaded-datasets-title">{t.listTitle}</h2>
      <p className="muted">
        {t.overviewIntro} <Link href={lang === 'en' ? '/tai-len?lang=en' : '/tai-len'}>{t.uploadLink}</Link>
      </p>
      {state.kind === 'loading' ? <p className="muted">{t.listLoading}</p> : null}
      {state.kind === 'unavailable' ? <p role="alert">{STORE_STATUS_STRINGS[lang].listUnavailable}</p> : null}
      {state.kind === 'ready' ? (
        <DatasetList
          key={state.items.map((d) => `${d.id}:${d.updatedAt}`).join('|')}
          initial={state.items}
          lang={lang}
          canWrite={user !== null && user !== undefined && roleAllows(user.role, 'reviewer')}
          openFindings={state.openFindings}
        />
      ) : null}
    </section>
  );
}
