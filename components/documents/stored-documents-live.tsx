'use client';

import { useEffect, useState } from 'react';
import type { DocumentSummary } from '@/lib/documents/types';
import type { Lang } from '@/lib/i18n/lang';
import type { DocumentOpenCount } from '@/lib/team/document-findings';
import { DocumentList } from './document-list';
import { DOCUMENT_STRINGS } from './strings';

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly items: DocumentSummary[]; readonly open: Readonly<Record<string, DocumentOpenCount>> }
  | { readonly kind: 'unavailable' };

/** `GET /api/documents` answers `{ documents: DocumentSummary[], open }`, or an error status when the store cannot be read. */
async function fetchList(signal: AbortSignal): Promise<ListState> {
  const response = await fetch('/api/documents', { signal, cache: 'no-store' });
  if (!response.ok) return { kind: 'unavailable' };
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('documents' in body) || !Array.isArray(body.documents)) return { kind: 'unavailable' };
  const open = 'open' in body && typeof body.open === 'object' && body.open !== null ? (body.open as Record<string, DocumentOpenCount>) : {};
  return { kind: 'ready', items: body.documents as DocumentSummary[], open };
}

/**
 * The saved documents on the static overview, fetched after first paint (like the uploaded datasets
 * beside them). A store that cannot be read says so.
 * @example <StoredDocumentsLive lang="vi" />
 */
export function StoredDocumentsLive({ lang }: { lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchList(controller.signal).then(setState, (error: unknown) => {
      if (!controller.signal.aborted) setState({ kind: 'unavailable' });
      return error;
    });
    return () => controller.abort();
  }, []);
  return (
    <section aria-labelledby="stored-documents-title" aria-busy={state.kind === 'loading' || undefined}>
      <h2 id="stored-documents-title">{t.listTitle}</h2>
      <p className="muted">{t.listIntro}</p>
      {state.kind === 'loading' ? <p className="muted">{t.listLoading}</p> : null}
      {state.kind === 'unavailable' ? <p role="alert">{t.listUnavailable}</p> : null}
      {state.kind === 'ready' ? <DocumentList items={state.items} open={state.open} lang={lang} /> : null}
    </section>
  );
}
