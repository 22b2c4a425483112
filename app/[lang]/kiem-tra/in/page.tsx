import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buildComparison } from '@/components/charts/comparison-points';
import { StaticComparisonPanel } from '@/components/charts/static-comparison-chart';
import { getPageLang, type LangParams } from '@/components/layout/page-lang';
import { PrintActions } from '@/components/print/print-actions';
import { PrintFindings } from '@/components/print/print-findings';
import { mainChartTables } from '@/components/print/print-model';
import { PrintSummary } from '@/components/print/print-summary';
import styles from '@/components/print/print.module.css';
import { PRINT_STRINGS } from '@/components/print/strings';
import { buildFilterOptions, filterClaims, readFilters, type SearchParamsRecord } from '@/components/report/filter-claims';
import { toReportRows } from '@/components/tables/report-rows';
import { orgName } from '@/lib/server/config';
import { getDataset } from '@/lib/server/data';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { requireReader } from '@/lib/server/auth/page-user';

type SearchParams = Promise<SearchParamsRecord>;

const SHEET_ID = 'bao-cao-in';

/**
 * The printable report's page title in the page's language.
 * @example await generateMetadata({ searchParams: Promise.resolve({}) }) // → { title: '…' } in Vietnamese
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await getPageLang(params);
  const dataset = getDataset();
  const title = PRINT_STRINGS[lang].pageTitle;
  // The browser suggests the page title as the PDF file name.
  return { title: dataset ? `${title} – ${dataset.document.title}` : title };
}

/**
 * `/kiem-tra/in`: the verification report as a clean A4 document to print or save as PDF —
 * title, dates, summary by verdict with its chart, comparison charts of the tables with
 * problems, every finding with its arithmetic and notes, and a sign-off block. The charts are
 * plain SVG drawn on the server, so a page printed at once never shows a placeholder. Same
 * filters as /kiem-tra (`verdict`, `table`, `indicator`); `?auto=1` opens the print dialog.
 * @example GET /kiem-tra/in?verdict=mismatch&auto=1
 */
export default async function PrintReportPage({ params: route, searchParams }: { params: LangParams; searchParams: SearchParams }) {
  const params = await searchParams;
  const lang = await getPageLang(route);
  await requireReader('/kiem-tra/in');
  const t = PRINT_STRINGS[lang];
  const dataset = getDataset();
  if (!dataset) notFound();

  const options = buildFilterOptions(dataset.claims, dataset.tables, dataset.indicators, (v) => VERDICT_LABELS[v].word[lang]);
  const requested = readFilters(params);
  const filters = {
    verdict: requested.verdict,
    table: options.tables.some((o) => o.value === requested.table) ? requested.table : null,
    indicator: options.indicators.some((o) => o.value === requested.indicator) ? requested.indicator : null,
  };
  const rows = filterClaims(dataset.claims, filters);
  const tableTitles = new Map(dataset.tables.map((tb) => [tb.id, tb.title]));
  const chartTables = mainChartTables(
    rows,
    dataset.tables.map((tb) => tb.id),
  ).flatMap((id) => {
    const table = dataset.tables.find((tb) => tb.id === id);
    if (!table) return [];
    const keys = new Set(rows.filter((r) => r.tableId === id).map((r) => r.key));
    const data = buildComparison(
      toReportRows(
        table.rows.filter((r) => keys.has(r.key)),
        () => null,
      ),
      lang,
    );
    return [{ id, title: table.title, data }];
  });

  const scope = [
    filters.verdict ? `${t.filterVerdict}: ${VERDICT_LABELS[filters.verdict].word[lang]}` : null,
    filters.table ? `${t.filterTable}: ${tableTitles.get(filters.table) ?? filters.table}` : null,
    filters.indicator ? `${t.filterIndicator}: ${options.indicators.find((o) => o.value === filters.indicator)?.label ?? filters.indicator}` : null,
  ].filter((s) => s !== null);

  const checked = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const back = new URLSearchParams();
  for (const key of ['verdict', 'table', 'indicator', 'lang'] as const) {
    const value = params[key];
    if (typeof value === 'string' && value !== '') back.set(key, value);
  }
  const backHref = `/kiem-tra${back.size > 0 ? `?${back.toString()}` : ''}`;
  const doc = dataset.document;
  const org = orgName();

  return (
    <>
      <PrintActions lang={lang} backHref={backHref} sheetId={SHEET_ID} auto={params.auto === '1'} />
      <article id={SHEET_ID} className={styles.sheet} aria-labelledby="print-title">
        <header>
          <p className={styles.eyebrow}>{t.eyebrow}</p>
          <h1 id="print-title" lang="vi">
            {doc.title}
          </h1>
          <dl className={styles.meta}>
            {org ? (
              <>
                <dt>{t.org}</dt>
                <dd lang="vi">{org}</dd>
              </>
            ) : null}
            <dt>{t.issuer}</dt>
            <dd lang="vi">{doc.issuer}</dd>
            <dt>{t.documentDate}</dt>
            <dd>{doc.date}</dd>
            <dt>{t.checked}</dt>
            <dd>{checked}</dd>
            <dt>{t.filters}</dt>
            <dd>{scope.length > 0 ? scope.join('; ') : t.allClaims}</dd>
          </dl>
        </header>
        <PrintSummary rows={rows} lang={lang} />
        {chartTables.length > 0 ? (
          <section aria-labelledby="print-charts-title" className={styles.block}>
            <h2 id="print-charts-title">{t.chartsTitle}</h2>
            <p>{t.chartsIntro}</p>
            {chartTables.map((c) => (
              <div key={c.id} className={styles.chartBlock}>
                <h3 lang="vi">{c.title}</h3>
                {c.data.panels.map((panel) => (
                  <StaticComparisonPanel key={panel.terms} panel={panel} lang={lang} />
                ))}
              </div>
            ))}
          </section>
        ) : null}
        <section aria-labelledby="print-findings-title" className={styles.block}>
          <h2 id="print-findings-title">{t.findingsTitle}</h2>
          <PrintFindings rows={rows} lang={lang} tableTitles={tableTitles} />
        </section>
        <section aria-labelledby="print-sign-title" className={styles.signOff}>
          <h2 id="print-sign-title" className="visually-hidden">
            {t.signOff}
          </h2>
          <div>
            <p className={styles.signRole}>{t.preparedBy}</p>
            <p className={styles.signHint}>{t.signHint}</p>
          </div>
          <div>
            <p className={styles.signRole}>{t.checkedBy}</p>
            <p className={styles.signHint}>{t.signHint}</p>
          </div>
        </section>
        <p className={styles.footer}>{t.footer}</p>
      </article>
    </>
  );
}
