import Link from 'next/link';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { formatUploadDate } from '@/components/upload/format-date';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { DocumentSummary } from '@/lib/documents/types';
import type { Lang } from '@/lib/i18n/lang';
import { getDocumentStore } from '@/lib/server/store/default-store';
import styles from './documents.module.css';
import { DOCUMENT_STRINGS } from './strings';

async function readList(): Promise<DocumentSummary[] | null> {
  try {
    return await getDocumentStore().listDocuments();
  } catch (error) {
    console.error('[soatso] stored documents could not be listed', error);
    return null;
  }
}

/**
 * The saved documents (server component), listed beside the uploaded datasets: name, version, date and
 * verdict counts, each linking to `/tai-lieu/[id]`. A store that cannot be read says so.
 * @example <StoredDocuments lang="vi" />
 */
export async function StoredDocuments({ lang }: { lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const items = await readList();
  const langQuery = lang === 'en' ? '?lang=en' : '';
  return (
    <section aria-labelledby="stored-documents-title">
      <h2 id="stored-documents-title">{t.listTitle}</h2>
      <p className="muted">{t.listIntro}</p>
      {items === null ? (
        <p role="alert">{t.listUnavailable}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t.listEmpty}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((d) => (
            <li key={d.id} className={styles.item}>
              <Link href={`/tai-lieu/${d.id}${langQuery}`}>{d.name}</Link> <span className="muted small">· {t.version(d.version)}</span>
              <ul className={`${styles.meta} small muted`}>
                <li>
                  {t.savedAt}: {formatUploadDate(d.createdAt, lang)}
                </li>
                <li>{d.format.toUpperCase()}</li>
                {d.pages !== null ? <li>{t.pages(d.pages)}</li> : null}
                <li>{t.checkedClaims(d.claimCount)}</li>
              </ul>
              <ul className={styles.counts} aria-label={t.checkedClaims(d.claimCount)}>
                {claimVerdicts(d.counts).map((verdict) => (
                  <li key={verdict}>
                    <VerdictBadge verdict={verdict} lang={lang} /> <span className="num">{new Intl.NumberFormat('vi-VN').format(d.counts[verdict])}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
