import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CopyLinkButton } from '@/components/export/copy-link-button';
import { DataExportButtons } from '@/components/export/data-export-buttons';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { buildFilterOptions, claimIndicatorId, filterClaims, readFilters, type SearchParamsRecord } from '@/components/report/filter-claims';
import { Finding } from '@/components/report/finding';
import { ReportFilters } from '@/components/report/report-filters';
import styles from '@/components/report/report.module.css';
import { REPORT_STRINGS } from '@/components/report/strings';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { loadDataset } from '@/lib/server/data';
import { canWrite } from '@/lib/server/auth/page-user';
import { countStatuses, readReviewState } from '@/lib/server/team/review-state';
import { DecisionPanel } from '@/components/decisions/decision-panel';
import { DECISION_STRINGS } from '@/components/decisions/strings';
import { Pagination } from '@/components/pagination/pagination';
import { pageWindow } from '@/components/pagination/page-window';
import { PAGINATION_STRINGS } from '@/components/pagination/strings';
import { DECISION_STATUSES, readDecisionStatus } from '@/lib/team/types';
import { formatNumber } from '@/lib/numbers/format-number';
import { requireReader } from '@/lib/server/auth/page-user';

type SearchParams = Promise<SearchParamsRecord>;

/**
 * The report's page title in the page's language.
 * @example await generateMetadata({ searchParams: Promise.resolve({ lang: 'en' }) }) // → { title: '…' } in English
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: REPORT_STRINGS[lang].pageTitle };
}

/** Claims per page. */
const CLAIMS_PER_PAGE = 200;

/**
 * /kiem-tra: every checked claim, worst first, filtered by the URL's verdict, table, indicator
 * and review status; each finding with its decision (and, for a reviewer, the form to decide).
 * `?ds=<id>` shows an uploaded dataset instead of the bundled report; 200 claims a page (`?page=`).
 * @example GET /kiem-tra?verdict=mismatch&table=so-sanh-2015-2022&status=unreviewed
 */
export default async function ReportPage({ params: route, searchParams }: { params: LangParams; searchParams: SearchParams }) {
  const params = await searchParams;
  const lang = await getPageLang(route);
  const dsParam = typeof params.ds === 'string' ? params.ds : undefined;
  const user = await requireReader(dsParam ? `/kiem-tra?ds=${encodeURIComponent(dsParam)}` : '/kiem-tra');
  const t = REPORT_STRINGS[lang];
  const d = DECISION_STRINGS[lang];
  const dataset = await loadDataset(dsParam);
  if (!dataset) notFound();
  const uploadedId = dsParam === undefined || dataset.id !== dsParam ? null : dataset.id;
  const review = await readReviewState(dataset.id);
  const statusCounts = countStatuses(dataset.claims, review);
  const status = readDecisionStatus(typeof params.status === 'string' ? params.status : null);
  const mayDecide = canWrite(user);

  const options = buildFilterOptions(dataset.claims, dataset.tables, dataset.indicators, (v) => VERDICT_LABELS[v].word[lang]);
  const requested = readFilters(params);
  // A table or indicator that is not in the data would silently empty the list: drop it and say so.
  const ignored: string[] = [];
  const filters = {
    verdict: requested.verdict,
    table: requested.table !== null && options.tables.some((o) => o.value === requested.table) ? requested.table : null,
    indicator:
      requested.indicator !== null && options.indicators.some((o) => o.value === requested.indicator) ? requested.indicator : null,
  };
  if (requested.table !== null && filters.table === null) ignored.push(`${t.table}: ${requested.table}`);
  if (requested.indicator !== null && filters.indicator === null) ignored.push(`${t.indicator}: ${requested.indicator}`);

  const filtered = filterClaims(dataset.claims, filters);
  const allRows = status === null ? filtered : filtered.filter((row) => review.statusOf(row) === status);
  const window = pageWindow(params, 'page', allRows.length, CLAIMS_PER_PAGE);
  const rows = allRows.slice(window.offset, window.offset + window.pageSize);
  const tableTitles = new Map(dataset.tables.map((tb) => [tb.id, tb.title]));
  const indicatorIds = new Set(dataset.indicators.map((i) => i.id));
  const langParam = typeof params.lang === 'string' && (params.lang === 'vi' || params.lang === 'en') ? params.lang : null;
  // The print view gets the same filters and language.
  const printParams = new URLSearchParams();
  if (filters.verdict) printParams.set('verdict', filters.verdict);
  if (filters.table) printParams.set('table', filters.table);
  if (filters.indicator) printParams.set('indicator', filters.indicator);
  if (langParam) printParams.set('lang', langParam);
  const sheetQuery = langParam ? `?lang=${langParam}` : '';
  const printHref = `/kiem-tra/in${printParams.size > 0 ? `?${printParams.toString()}` : ''}`;

  return (
    <>
      <header className="page-head">
        <h1>{t.pageTitle}</h1>
        <p className={`muted ${styles.intro}`}>{t.intro}</p>
      </header>
      <p className="note">
        {d.openFindings(formatNumber(statusCounts.unreviewed, 0), formatNumber(DECISION_STATUSES.reduce((n, s) => n + statusCounts[s], 0), 0))}
        {' · '}
        <Link href={`/phieu-ra-soat/${dataset.id}${sheetQuery}`}>{d.reviewSheetPage}</Link>
        {' · '}
        <a href={`/api/datasets/${dataset.id}/review-sheet`} download>
          {d.reviewSheetDocx}
        </a>
      </p>
      <ReportFilters
        key={JSON.stringify({ filters, status })}
        options={options}
        filters={filters}
        lang={lang}
        langParam={langParam}
        review={{
          label: d.statusFilter,
          options: DECISION_STATUSES.map((s) => ({ value: s, label: d.statusWords[s], count: statusCounts[s] })),
          status,
          datasetId: uploadedId,
        }}
      />
      <section aria-labelledby="results-title">
        <div className={styles.resultsHead}>
          <h2 id="results-title" aria-live="polite">
            {t.showing(allRows.length, dataset.claims.length)}
          </h2>
          <div className={styles.resultsActions}>
            {uploadedId === null ? (
              <Link href={printHref} className="button button--secondary">
                {t.printReport}
              </Link>
            ) : null}
            <DataExportButtons
              source={{ kind: 'findings' }}
              visibleKeys={allRows.map((r) => r.key)}
              total={dataset.claims.length}
              lang={lang}
              datasetId={uploadedId ?? undefined}
            />
            <CopyLinkButton lang={lang} />
          </div>
        </div>
        {ignored.length > 0 ? (
          <p className={`note ${styles.ignored}`}>
            {t.unknownFilter} {ignored.join('; ')}
          </p>
        ) : null}
        {rows.length === 0 ? (
          <p className={`panel ${styles.empty}`}>{t.none}</p>
        ) : (
          <ol className={styles.list} aria-label={t.listLabel}>
            {rows.map((row) => (
              <li key={row.key}>
                <Finding
                  row={row}
                  lang={lang}
                  tableTitle={tableTitles.get(row.tableId) ?? row.tableId}
                  hasIndicatorPage={indicatorIds.has(claimIndicatorId(row))}
                  datasetId={uploadedId}
                  footer={
                    review.statusOf(row) === null ? null : (
                      <DecisionPanel
                        decisionsUrl={`/api/datasets/${dataset.id}/decisions`}
                        target={row.key}
                        history={review.histories.get(row.key) ?? []}
                        canDecide={mayDecide}
                        label={`${row.indicator} (${row.key})`}
                        lang={lang}
                      />
                    )
                  }
                />
              </li>
            ))}
          </ol>
        )}
        {window.pageCount > 1 ? (
          <Pagination
            path="/kiem-tra"
          params={params}
          name="page"
          window={window}
          noun={PAGINATION_STRINGS[lang].findingsNoun}
          label={PAGINATION_STRINGS[lang].findingsPagesLabel}
          lang={lang}
          hash="#results-title"
          />
        ) : null}
      </section>
    </>
  );
}
