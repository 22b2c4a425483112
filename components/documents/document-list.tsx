import Link from 'next/link';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { formatUploadDate } from '@/components/upload/format-date';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { DocumentSummary } from '@/lib/documents/types';
import type { Lang } from '@/lib/i18n/lang';
import styles from './documents.module.css';
import { DOCUMENT_STRINGS } from './strings';

/**
 * Saved documents as a list: name (a link to `/tai-lieu/[id]`), version, date, format, pages and
 * verdict counts in words and symbols. Renders on the server or the client alike.
 * @example <DocumentList items={documents} lang="vi" />
 */
export function DocumentList({ items, lang }: { items: readonly DocumentSummary[]; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const langQuery = lang === 'en' ? '?lang=en' : '';
  const number = new Intl.NumberFormat('vi-VN');
  if (items.length === 0) return <p className="muted">{t.listEmpty}</p>;
  return (
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
                <VerdictBadge verdict={verdict} lang={lang} /> <span className="num">{number.format(d.counts[verdict])}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
