import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getPageLang } from '@/components/layout/page-lang';
import { UploadForm } from '@/components/upload/upload-form';
import { StoredDocuments } from '@/components/documents/stored-documents';
import { UploadedDatasets } from '@/components/upload/uploaded-datasets';
import { UPLOAD_STRINGS } from '@/components/upload/strings';
import { readLimits } from '@/lib/server/config';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const lang = await getPageLang(searchParams);
  return { title: UPLOAD_STRINGS[lang].pageTitle };
}

/** `/tai-len`: upload a CSV/TSV/XLSX table, see what was recognised and its verdicts; list, rename, delete uploads. */
export default async function UploadPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const lang = await getPageLang(searchParams);
  const t = UPLOAD_STRINGS[lang];
  return (
    <>
      <header className="page-head">
        <p className="page-head__eyebrow">{t.eyebrow}</p>
        <h1>{t.pageTitle}</h1>
        <p>{t.intro}</p>
      </header>
      <UploadForm lang={lang} maxBytes={readLimits().maxUploadBytes} />
      <UploadedDatasets lang={lang} showUploadLink={false} />
      <StoredDocuments lang={lang} />
    </>
  );
}
