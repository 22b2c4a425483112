import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { DocumentHeader } from '@/components/overview/document-header';
import { HeadlineCard } from '@/components/overview/headline-card';
import { buildHeadlineCards, HEADLINE_CARD_SPECS } from '@/components/overview/headline-cards';
import styles from '@/components/overview/overview.module.css';
import { ReviewList } from '@/components/overview/review-list';
import { OVERVIEW_STRINGS } from '@/components/overview/strings';
import { TableList } from '@/components/overview/table-list';
import { StoredDocumentsLive } from '@/components/documents/stored-documents-live';
import { UploadedDatasetsLive } from '@/components/upload/uploaded-datasets-live';
import { OpenFindingsLive } from '@/components/decisions/open-findings-live';
import { VerdictSummary } from '@/components/overview/verdict-summary';
import { getDataset } from '@/lib/server/data';
import { ReferenceCountLive } from '@/components/reference/reference-count-live';


/**
 * The overview's page title in the page's language.
 * @example await generateMetadata({ params: Promise.resolve({ lang: 'vi' }) }) // → { title: '…' } in Vietnamese
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: OVERVIEW_STRINGS[lang].pageTitle };
}

/**
 * The overview (/): the document, the verification summary, key indicators and the tables.
 * @example GET /?lang=en
 */
export default async function OverviewPage({ params }: { params: LangParams }) {
  const lang = await getPageLang(params);
  const t = OVERVIEW_STRINGS[lang];
  const dataset = getDataset();
  if (!dataset) notFound();
  const cards = buildHeadlineCards(dataset.indicators, HEADLINE_CARD_SPECS, lang);
  return (
    <>
      <DocumentHeader document={dataset.document} lang={lang} />
      <OpenFindingsLive datasetId={dataset.id} lang={lang} />
      <ReviewList claims={dataset.claims} lang={lang} />
      <VerdictSummary counts={dataset.counts} lang={lang} documentTitle={dataset.document.title} />
      <ReferenceCountLive lang={lang} />
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
      {/* The part that changes with every upload is fetched after first paint: the page itself is static. */}
      <UploadedDatasetsLive lang={lang} />
      <StoredDocumentsLive lang={lang} />
      {dataset.document.notes ? (
        <details className={styles.notes}>
          <summary>{t.notes}</summary>
          <p>{dataset.document.notes}</p>
        </details>
      ) : null}
    </>
  );
}
