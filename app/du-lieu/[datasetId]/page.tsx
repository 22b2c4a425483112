import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ComparisonChart, VerdictSummaryChart } from '@/components/charts/lazy-charts';
import { buildComparison } from '@/components/charts/comparison-points';
import { DataExportButtons } from '@/components/export/data-export-buttons';
import { getPageLang } from '@/components/layout/page-lang';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { toReportRows } from '@/components/tables/report-rows';
import { ReportTable } from '@/components/tables/report-table';
import { formatUploadDate } from '@/components/upload/format-date';
import { RecheckButton } from '@/components/upload/recheck-button';
import { UPLOAD_STRINGS } from '@/components/upload/strings';
import styles from '@/components/upload/upload.module.css';
import { FindingsTable, RecognitionList, VerdictCountTable } from '@/components/upload/upload-result';
import { isDatasetId } from '@/lib/server/store/dataset-id';
import { getStore } from '@/lib/server/store/default-store';
import { resultsOf } from '@/lib/server/datasets';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { slugify } from '@/lib/dataset/slugify';
import { getIndicator } from '@/lib/server/data';

type Params = Promise<{ datasetId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readStored(id: string) {
  return isDatasetId(id) ? getStore().getSync(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const { datasetId } = await params;
  return { title: readStored(datasetId)?.summary.name ?? datasetId };
}

/** `/du-lieu/[datasetId]`: an uploaded dataset: verdict summary, recognition, its tables as charts and tables, every finding. */
export default async function UploadedDatasetPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const { datasetId } = await params;
  const lang = await getPageLang(searchParams);
  const t = UPLOAD_STRINGS[lang];
  const stored = readStored(datasetId);
  if (!stored) notFound();
  const { summary, dataset } = stored;
  const results = resultsOf(dataset);
  const verdicts = claimVerdicts(summary.counts);
  const bars = verdicts.map((v) => ({
    verdict: v,
    count: summary.counts[v],
    word: VERDICT_LABELS[v].word[lang],
    symbol: VERDICT_LABELS[v].symbol,
    tone: VERDICT_LABELS[v].tone,
  }));
  const chartLabel = t.summaryChartLabel(bars.map((b) => `${b.word} ${b.count}`).join(', '));
  const langQuery = lang === 'en' ? '?lang=en' : '';

  return (
    <>
      <nav aria-label={t.breadcrumbLabel} className={`small muted ${styles.breadcrumb}`}>
        <Link href={`/${langQuery}`}>{t.breadcrumbHome}</Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/tai-len${langQuery}`}>{t.breadcrumbUploads}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{summary.name}</span>
      </nav>
      <header className="page-head">
        <p className="page-head__eyebrow">{t.eyebrow}</p>
        <h1>{summary.name}</h1>
        <dl className="page-head__meta">
          <div>
            <dt>{t.datasetMeta.created}</dt>
            <dd>
              <time dateTime={summary.createdAt}>{formatUploadDate(summary.createdAt, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.datasetMeta.checked}</dt>
            <dd>
              <time dateTime={summary.checkedAt}>{formatUploadDate(summary.checkedAt, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.datasetMeta.files}</dt>
            <dd>{summary.files.map((f) => (f.sheet ? `${f.name} (${f.sheet})` : f.name)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t.datasetMeta.claims}</dt>
            <dd>{summary.claimCount}</dd>
          </div>
        </dl>
      </header>

      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t.summaryTitle}</h2>
        {bars.length > 0 ? (
          <div className={styles.summaryGrid}>
            <figure className="chart-figure">
              <VerdictSummaryChart bars={bars} label={chartLabel} />
            </figure>
            <VerdictCountTable counts={summary.counts} lang={lang} />
          </div>
        ) : (
          <p>{t.noClaims}</p>
        )}
        <div className={styles.toolbar}>
          {summary.claimCount > 0 ? (
            <DataExportButtons source={{ kind: 'findings' }} visibleKeys={null} total={summary.claimCount} lang={lang} datasetId={summary.id} />
          ) : null}
          <a className="button button--secondary" href={`/api/datasets/${summary.id}`} download={`${summary.id}.json`}>
            {t.exportJson}
          </a>
          <RecheckButton datasetId={summary.id} lang={lang} />
        </div>
        <RecognitionList recognised={summary.recognised} lang={lang} />
      </section>

      {dataset.tables.map((table) => {
        const rows = toReportRows(table.rows, (row) => {
          const indicatorId = row.indicatorId ?? slugify(row.indicator);
          return getIndicator(dataset, indicatorId) ? `${indicatorId}?ds=${encodeURIComponent(summary.id)}` : null;
        });
        return (
          <section key={table.id} aria-labelledby={`table-${table.id}`}>
            <h2 id={`table-${table.id}`}>{table.title}</h2>
            <h3>{t.chartHeading(table.title)}</h3>
            <ComparisonChart data={buildComparison(rows, lang)} lang={lang} />
            <h3>{t.tableHeading(table.title)}</h3>
            <ReportTable rows={rows} years={[...table.years]} lang={lang} caption={t.tableCaption(table.title)} />
          </section>
        );
      })}

      {summary.claimCount > 0 ? (
        <section aria-labelledby="findings-title">
          <h2 id="findings-title">{t.findingsTitle}</h2>
          <FindingsTable results={results} lang={lang} />
        </section>
      ) : null}
    </>
  );
}
