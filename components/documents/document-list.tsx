import Link from 'next/link';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { formatUploadDate } from '@/components/upload/format-date';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { DocumentSummary } from '@/lib/documents/types';
import { latestOpenTotal, type DocumentOpenCount } from '@/lib/team/document-findings';
import type { Lang } from '@/lib/i18n/lang';
import styles from './documents.module.css';
import { DECISION_STRINGS } from '@/components/decisions/strings';
import { DOCUMENT_STRINGS } from './strings';

/**
 * Saved documents as a list: name (a link to `/tai-lieu/[id]`), version, date, format, pages,
 * verdict counts in words and symbols, and how many findings are still open (with the total over
 * the latest versions above the list). Renders on the server or the client alike.
 * @example <DocumentList items={documents} open={{ [id]: { open: 2, total: 3 } }} lang="vi" />
 */
export function DocumentList({ items, open, lang }: { items: readonly DocumentSummary[]; open: Readonly<Record<string, DocumentOpenCount>>; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const d = DECISION_STRINGS[lang];
  const langQuery = lang === 'en' ? '?lang=en' : '';
  const number = new Intl.NumberFormat('vi-VN');
  if (items.length === 0) return <p className="muted">{t.listEmpty}</p>;
  const total = latestOpenTotal(items, open);
  return (
    <>
      <p className={`note ${styles.openLink}`}>{d.documentsOpenTotal(number.format(total.open), number.format(total.documents))}</p>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item}>
            <Link href={`/tai-lieu/${item.id}${langQuery}`}>{item.name}</Link> <span className="muted small">· {t.version(item.version)}</span>
            <ul className={`${styles.meta} small muted`}>
              <li>
                {t.savedAt}: {formatUploadDate(item.createdAt, lang)}
              </li>
              <li>{item.format.toUpperCase()}</li>
              {item.pages !== null ? <li>{t.pages(item.pages)}</li> : null}
              <li>{t.checkedClaims(item.claimCount)}</li>
              {open[item.id] ? (
                <li>
                  <Link href={`/tai-lieu/${item.id}?status=unreviewed${lang === 'en' ? '&lang=en' : ''}#document-review-title`}>
                    {d.openFindingsShort(number.format(open[item.id]?.open ?? 0))}
                  </Link>
                </li>
              ) : null}
            </ul>
            <ul className={styles.counts} aria-label={t.checkedClaims(item.claimCount)}>
              {claimVerdicts(item.counts).map((verdict) => (
                <li key={verdict}>
                  <VerdictBadge verdict={verdict} lang={lang} /> <span className="num">{number.format(item.counts[verdict])}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
