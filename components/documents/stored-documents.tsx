import type { DocumentSummary } from '@/lib/documents/types';
import type { Lang } from '@/lib/i18n/lang';
import { getDocumentStore } from '@/lib/server/store/default-store';
import { documentOpenCounts } from '@/lib/server/team/document-open-counts';
import type { DocumentOpenCount } from '@/lib/team/document-findings';
import { DocumentList } from './document-list';
import { DOCUMENT_STRINGS } from './strings';

async function readList(): Promise<{ items: DocumentSummary[]; open: Record<string, DocumentOpenCount> } | null> {
  try {
    const items = await getDocumentStore().listDocuments();
    return { items, open: Object.fromEntries(await documentOpenCounts(items)) };
  } catch (error) {
    console.error('[soatso] stored documents could not be listed', error);
    return null;
  }
}

/**
 * The saved documents (server component, for a page rendered per request such as /tai-len), listed
 * beside the uploaded datasets. A store that cannot be read says so.
 * @example <StoredDocuments lang="vi" />
 */
export async function StoredDocuments({ lang }: { lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const list = await readList();
  return (
    <section aria-labelledby="stored-documents-title">
      <h2 id="stored-documents-title">{t.listTitle}</h2>
      <p className="muted">{t.listIntro}</p>
      {list === null ? <p role="alert">{t.listUnavailable}</p> : <DocumentList items={list.items} open={list.open} lang={lang} />}
    </section>
  );
}
