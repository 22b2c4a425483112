import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import { listUploadedDatasets } from '@/lib/server/data';
import type { DatasetSummary } from '@/lib/upload/types';
import { STORE_STATUS_STRINGS } from '@/components/store-status/strings';
import { DatasetList } from './dataset-list';
import { openCounts } from '@/lib/server/team/open-counts';
import { UPLOAD_STRINGS } from './strings';

async function readList(): Promise<DatasetSummary[] | null> {
  try {
    return await listUploadedDatasets();
  } catch (error) {
    console.error('[soatso] uploaded datasets could not be listed', error);
    return null;
  }
}

/**
 * The overview's section of uploaded datasets (server component): name, date and verdict
 * summary, with rename and delete. A store that cannot be read says so: the uploads are never
 * silently hidden, which would look like data loss.
 */
export async function UploadedDatasets({
  lang,
  headingLevel = 2,
  showUploadLink = true,
  canWrite,
}: {
  lang: Lang;
  headingLevel?: 2 | 3;
  /** The link to /tai-len (off on the upload page itself). */
  showUploadLink?: boolean;
  /** Whether the signed-in user may rename and delete (a reviewer or admin). */
  canWrite: boolean;
}) {
  const t = UPLOAD_STRINGS[lang];
  const items = await readList();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (items === null) {
    return (
      <section aria-labelledby="uploaded-datasets-title">
        <Heading id="uploaded-datasets-title">{t.listTitle}</Heading>
        <p role="alert">{STORE_STATUS_STRINGS[lang].listUnavailable}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="uploaded-datasets-title">
      <Heading id="uploaded-datasets-title">{t.listTitle}</Heading>
      <p className="muted">
        {t.overviewIntro}{' '}
        {showUploadLink ? <Link href={lang === 'en' ? '/tai-len?lang=en' : '/tai-len'}>{t.uploadLink}</Link> : null}
      </p>
      <DatasetList
        key={items.map((d) => `${d.id}:${d.updatedAt}`).join('|')}
        initial={items}
        lang={lang}
        canWrite={canWrite}
        openFindings={Object.fromEntries([...(await openCounts(items)).entries()].map(([id, c]) => [id, c.open]))}
      />
    </section>
  );
}
