import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import styles from '@/components/account/team.module.css';
import { ADMIN_STRINGS } from '@/components/admin/strings';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { formatUploadDate } from '@/components/upload/format-date';
import { formatNumber } from '@/lib/numbers/format-number';
import { requireRole } from '@/lib/server/auth/page-user';
import { getTeamStore } from '@/lib/server/store/default-store';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Entries per page. */
const PAGE = 200;

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: ADMIN_STRINGS[lang].auditTitle };
}

/** `/quan-tri/nhat-ky` (admins): the audit log, newest first, 200 entries a page (`?page=2`). */
export default async function AuditPage({ params: route, searchParams }: { params: LangParams; searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const lang = await getPageLang(route);
  const t = ADMIN_STRINGS[lang];
  const admin = await requireRole('admin', '/quan-tri/nhat-ky');
  if (!admin) {
    return (
      <header className="page-head">
        <h1>{t.auditTitle}</h1>
        <p role="alert">{ACCOUNT_STRINGS[lang].needsAdmin}</p>
      </header>
    );
  }
  const pageParam = typeof params.page === 'string' ? Math.floor(Number(params.page)) : 1;
  const page = Number.isSafeInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const log = await getTeamStore().auditLog({ offset: (page - 1) * PAGE, limit: PAGE });
  const hasOlder = log.offset + log.entries.length < log.total;
  return (
    <>
      <header className="page-head">
        <h1>{t.auditTitle}</h1>
        <p>{t.auditIntro}</p>
        <p>
          <Link href="/quan-tri">{t.backToUsers}</Link>
        </p>
      </header>
      {log.entries.length === 0 ? (
        <p className="panel">{t.auditEmpty}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              {t.auditCaption} · {t.auditCount(formatNumber(log.entries.length, 0), formatNumber(log.total, 0))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.target}</th>
                <th scope="col">{t.detail}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatUploadDate(entry.at, lang)}</time>
                  </td>
                  <td>{entry.userName ?? t.nobody}</td>
                  <td>{t.actionWords[entry.action]}</td>
                  <td>{entry.target}</td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className={styles.row}>
        {page > 1 ? <Link href={`/quan-tri/nhat-ky?page=${page - 1}`}>{t.newerPage}</Link> : null}
        {hasOlder ? <Link href={`/quan-tri/nhat-ky?page=${page + 1}`}>{t.olderPage}</Link> : null}
      </p>
    </>
  );
}
