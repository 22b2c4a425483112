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
import { getDataset } from '@/lib/server/data';

type SearchParams = Promise<SearchParamsRecord>;

/**
 * The report's page title in the page's language.
 * @example await generateMetadata({ searchParams: Promise.resolve({ lang: 'en' }) }) // → { title: '…' } in English
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  return { title: REPORT_STRINGS[lang].pageTitle };
}

/**
 * /kiem-tra: every checked claim, worst first, filtered by the URL's verdict, table and indicator.
 * @example GET /kiem-tra?verdict=mismatch&table=so-sanh-2015-2022
 */
export default async function ReportPage({ params: route, searchParams }: { params: LangParams; searchParams: SearchParams }) {
  const params = await searchParams;
  const lang = await getPageLang(route);
  const t = REPORT_STRINGS[lang];
  const dataset = getDataset();
  if (!dataset) notFound();

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

  const rows = filterClaims(dataset.claims, filters);
  const tableTitles = new Map(dataset.tables.map((tb) => [tb.id, tb.title]));
  const indicatorIds = new Set(dataset.indicators.map((i) => i.id));
  const langParam = typeof params.lang === 'string' && (params.lang === 'vi' || params.lang === 'en') ? params.lang : null;
  // The print view gets the same filters and language.
  const printParams = new URLSearchParams();
  if (filters.verdict) printParams.set('verdict', filters.verdict);
  if (filters.table) printParams.set('table', filters.table);
  if (filters.indicator) printParams.set('indicator', filters.indicator);
  if (langParam) printParams.set('lang', langParam);
  const printHref = `/kiem-tra/in${printParams.size > 0 ? `?${printParams.toString()}` : ''}`;

  return (
    <>
      <header className="page-head">
        <h1>{t.pageTitle}</h1>
        <p className={`muted ${styles.intro}`}>{t.intro}</p>
      </header>
      <ReportFilters key={JSON.stringify(filters)} options={options} filters={filters} lang={lang} langParam={langParam} />
      <section aria-labelledby="results-title">
        <div className={styles.resultsHead}>
          <h2 id="results-title" aria-live="polite">
            {t.showing(rows.length, dataset.claims.length)}
          </h2>
          <div className={styles.resultsActions}>
            <Link href={printHref} className="button button--secondary">
              {t.printReport}
            </Link>
            <DataExportButtons
              source={{ kind: 'findings' }}
              visibleKeys={rows.map((r) => r.key)}
              total={dataset.claims.length}
              lang={lang}
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
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
