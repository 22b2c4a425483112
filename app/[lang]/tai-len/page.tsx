import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { StorageBanner } from '@/components/store-status/storage-banner';
import { UploadForm } from '@/components/upload/upload-form';
import { StoredDocuments } from '@/components/documents/stored-documents';
import { UploadedDatasets } from '@/components/upload/uploaded-datasets';
import { UPLOAD_STRINGS } from '@/components/upload/strings';
import { readLimits } from '@/lib/server/config';
import { canWrite, requireReader, signInHref } from '@/lib/server/auth/page-user';
import Link from 'next/link';
import { ACCOUNT_STRINGS } from '@/components/account/strings';
import { ReferenceAdmin } from '@/components/reference/reference-admin';

/**
 * The upload page's title in the page's language.
 * @example await generateMetadata({ params: Promise.resolve({ lang: 'en' }) }) // → { title: 'Upload a table' }
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: UPLOAD_STRINGS[lang].pageTitle };
}

/** `/tai-len`: upload a CSV/TSV/XLSX table, see what was recognised and its verdicts; list, rename, delete uploads. */
export default async function UploadPage({ params }: { params: LangParams }) {
  await connection();
  const lang = await getPageLang(params);
  const user = await requireReader('/tai-len');
  const t = UPLOAD_STRINGS[lang];
  return (
    <>
      <StorageBanner lang={lang} />
      <header className="page-head">
        <p className="page-head__eyebrow">{t.eyebrow}</p>
        <h1>{t.pageTitle}</h1>
        <p>{t.intro}</p>
      </header>
      {canWrite(user) ? (
        <UploadForm lang={lang} maxBytes={readLimits().maxUploadBytes} />
      ) : (
        <p className="note">
          {user ? ACCOUNT_STRINGS[lang].needsReviewer : <Link href={signInHref('/tai-len')}>{ACCOUNT_STRINGS[lang].signInToWrite}</Link>}
        </p>
      )}
      <UploadedDatasets lang={lang} showUploadLink={false} canWrite={canWrite(user)} />
      <ReferenceAdmin lang={lang} isAdmin={user !== null && user.role === 'admin'} />
      <StoredDocuments lang={lang} />
    </>
  );
}
