import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getPageLang } from '@/components/layout/page-lang';
import { DocumentHeader } from '@/components/overview/document-header';
import { HeadlineCard } from '@/components/overview/headline-card';
import { buildHeadlineCards, HEADLINE_CARD_SPECS } from '@/components/overview/headline-cards';
import styles from '@/components/overview/overview.module.css';
import { ReviewList } from '@/components/overview/review-list';
import { OVERVIEW_STRINGS } from '@/components/overview/strings';
import { TableList } from '@/components/overview/table-list';
import { UploadedDatasets } from '@/components/upload/uploaded-datasets';
import { VerdictSummary } from '@/components/overview/verdict-summary';
import { orgName } from '@/lib/server/config';
import { getDataset } from '@/lib/server/data';
import { canWrite, requireReader } from '@/lib/server/auth/page-user';
import { OpenFindings } from '@/components/decisions/open-findings';
import { openCounts } from '@/lib/server/team/open-counts';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The overview's page title in the page's language.
 * @example await generateMetadata({ searchParams: Promise.resolve({}) }) // → { title: '…' } in Vietnamese
 */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const lang = await getPageLang(searchParams);
  return { title: OVERVIEW_STRINGS[lang].pageTitle };
}

/**
 * The overview (/): the document, the verification summary, key indicators and the tables.
 * @example GET /?lang=en
 */
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const lang = await getPageLang(searchParams);
  const user = await requireReader('/');
  const t = OVERVIEW_STRINGS[lang];
  const dataset = getDataset();
  if (!dataset) notFound();
  const cards = buildHeadlineCards(dataset.indicators, HEADLINE_CARD_SPECS, lang);
  const open = (await openCounts([dataset])).get(dataset.id);
  return (
    <>
      <DocumentHeader document={dataset.document} lang={lang} />
      {open ? <OpenFindings datasetId={dataset.id} open={open.open} total={open.total} lang={lang} /> : null}
      <ReviewList claims={dataset.claims} lang={lang} />
      <VerdictSummary counts={dataset.counts} lang={lang} documentTitle={dataset.document.title} org={orgName()} />
      {cards.length > 0 ? (
        <section aria-labelledby="key-indicators-title">
          <h2 id="key-indicators-title">{t.keyIndicators}</h2>
          <p className="muted">{t.keyIndicatorsIntro}</p>
          <ul className={styles.cards}>
            {cards.map((card) => (
              <li key={card.key}>
                <HeadlineCard card={card} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TableList tables={dataset.tables} lang={lang} />
      {/* The per-user part (the store's list) streams in after the report: it never holds back the first paint. */}
      <Suspense fallback={null}>
        <UploadedDatasets lang={lang} canWrite={canWrite(user)} />
      </Suspense>
      {dataset.document.notes ? (
        <details className={styles.notes}>
          <summary>{t.notes}</summary>
          <p>{dataset.document.notes}</p>
        </details>
      ) : null}
    </>
  );
}
