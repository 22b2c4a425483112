import type { Metadata } from 'next';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { ProseChecker, type DatasetOption } from '@/components/prose/prose-checker';
import styles from '@/components/prose/prose.module.css';
import { PROSE_STRINGS } from '@/components/prose/strings';
import { getDataset, listUploadedDatasets } from '@/lib/server/data';


/**
 * The /van-ban page title in the page's language.
 * @example await generateMetadata({ params: Promise.resolve({ lang: 'en' }) }) // → { title: '…' } in English
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: PROSE_STRINGS[lang].pageTitle };
}

/** Uploaded datasets for the "compare with" list; a store that cannot be read leaves the list empty. */
async function uploadedDatasets(): Promise<DatasetOption[]> {
  try {
    return (await listUploadedDatasets()).map((d) => ({ id: d.id, name: d.name }));
  } catch (error) {
    console.error('[soatso /van-ban] uploaded datasets could not be listed', error);
    return [];
  }
}

/**
 * /van-ban: check the figures of a pasted or uploaded text against the tables.
 * @example GET /van-ban?lang=en renders it in English
 */
export default async function ProsePage({ params }: { params: LangParams }) {
  const lang = await getPageLang(params);
  const t = PROSE_STRINGS[lang];
  const bundledTitle = getDataset()?.document.place ?? getDataset()?.document.title ?? '';
  return (
    <>
      <header className="page-head">
        <h1>{t.pageTitle}</h1>
        <p className={`muted ${styles.intro}`}>{t.intro}</p>
      </header>
      <ProseChecker lang={lang} bundledTitle={bundledTitle} datasets={await uploadedDatasets()} />
    </>
  );
}
