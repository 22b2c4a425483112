import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ComparisonChart, VerdictSummaryChart } from '@/components/charts/lazy-charts';
import { buildComparison } from '@/components/charts/comparison-points';
import { DataExportButtons } from '@/components/export/data-export-buttons';
import { getPageLang } from '@/components/layout/page-lang';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { pageWindow, rowsPerPage } from '@/components/pagination/page-window';
import { Pagination } from '@/components/pagination/pagination';
import { PAGINATION_STRINGS } from '@/components/pagination/strings';
import { indicatorIdOf, linkRows } from '@/components/tables/linked-rows';
import { ReportTable } from '@/components/tables/report-table';
import { formatUploadDate } from '@/components/upload/format-date';
import { RecheckButton } from '@/components/upload/recheck-button';
import { UPLOAD_STRINGS } from '@/components/upload/strings';
import styles from '@/components/upload/upload.module.css';
import { FindingsTable, RecognitionList, VerdictCountTable } from '@/components/upload/upload-result';
import { openDataset } from '@/lib/server/data';
import { isDatasetId } from '@/lib/server/store/dataset-id';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { canWrite, requireReader } from '@/lib/server/auth/page-user';
import { OpenFindings } from '@/components/decisions/open-findings';
import { openCounts } from '@/lib/server/team/open-counts';
import { QualityPanel } from '@/components/quality/quality-panel';
import { uniqueWarnings } from '@/lib/verify/quality/review-quality';
import { DatasetReferenceTable } from '@/components/reference/dataset-reference';
import { datasetReference } from '@/lib/server/indicators';

type Params = Promise<{ lang: string; datasetId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Cells of table preview shown here, shared by the tables (an upload has up to 10): 50 rows of a
 * narrow table alone, fewer when there are several or wide ones. The table's own page
 * (`/bang/…?ds=`) has the rest, page by page.
 */
const PREVIEW_CELLS = 400;
const PREVIEW_MIN_ROWS = 5;
const PREVIEW_MAX_ROWS = 50;
/** Findings per page, worst first; `?findings=2` shows the next ones. */
const FINDINGS_PER_PAGE = 100;

async function readStored(id: string) {
  return isDatasetId(id) ? openDataset(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const { datasetId } = await params;
  return { title: (await readStored(datasetId))?.summary?.name ?? datasetId };
}

/**
 * `/du-lieu/[datasetId]`: an uploaded dataset: verdict summary over every row, recognition, the
 * first rows of each table (chart and table) with a link to the whole table, and the findings
 * worst first, a page at a time (`?findings=`). The HTML stays small whatever the dataset's size.
 */
export default async function UploadedDatasetPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const { datasetId } = await params;
  const user = await requireReader(`/du-lieu/${encodeURIComponent(datasetId)}`);
  const lang = await getPageLang(params);
  const t = UPLOAD_STRINGS[lang];
  const reader = await readStored(datasetId);
  const summary = reader?.summary;
  if (!reader || !summary) notFound();
  const sp = await searchParams;
  const p = PAGINATION_STRINGS[lang];
  const findingsWindow = pageWindow(sp, 'findings', summary.claimCount, FINDINGS_PER_PAGE);
  const findings = await reader.findings({ offset: findingsWindow.offset, limit: findingsWindow.pageSize });
  const open = (await openCounts([summary])).get(summary.id);
  const previews = await Promise.all(
    reader.tables.map(async (table) => {
      const limit = rowsPerPage(table.years.length, PREVIEW_CELLS / Math.max(1, reader.tables.length), PREVIEW_MIN_ROWS, PREVIEW_MAX_ROWS);
      const window = await reader.tableRows(table.id, { offset: 0, limit });
      const rows = window?.rows ?? [];
      const known = await reader.knownIndicators(rows.map(indicatorIdOf));
      return { table, rows: linkRows(rows, known, summary.id) };
    }),
  );
  // The data-quality review of every table, each warning once (a series warning shows in every table of its indicator).
  const quality = uniqueWarnings(reader.tables.map((table) => table.quality ?? []));
  const qualityCapped = reader.tables.some((table) => table.qualityTotal !== undefined);
  const qualityLinks = await reader.knownIndicators(quality.flatMap((w) => w.indicatorIds));
  const dsQuery = `?ds=${encodeURIComponent(summary.id)}${lang === 'en' ? '&lang=en' : ''}`;
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
        {open ? <OpenFindings datasetId={summary.id} open={open.open} total={open.total} lang={lang} /> : null}
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
          {canWrite(user) ? <RecheckButton datasetId={summary.id} lang={lang} /> : null}
        </div>
        <RecognitionList recognised={summary.recognised} lang={lang} />
      </section>

      <QualityPanel warnings={quality} total={qualityCapped ? reader.tables.reduce((n, tb) => n + (tb.qualityTotal ?? tb.quality?.length ?? 0), 0) : undefined} lang={lang} linkable={qualityLinks} query={`?ds=${encodeURIComponent(summary.id)}`} />

      {previews.map(({ table, rows }) => (
        <section key={table.id} aria-labelledby={`table-${table.id}`}>
          <h2 id={`table-${table.id}`}>{table.title}</h2>
          {table.rowCount > rows.length ? (
            <p>
              {p.showing(1, rows.length, table.rowCount, p.rowsNoun)}.{' '}
              <Link href={`/bang/${table.id}${dsQuery}`}>{p.wholeTable(table.rowCount)}</Link>
            </p>
          ) : null}
          <h3>{t.chartHeading(table.title)}</h3>
          <ComparisonChart data={buildComparison(rows, lang)} lang={lang} />
          <h3>{t.tableHeading(table.title)}</h3>
          <ReportTable
            rows={rows}
            years={[...table.years]}
            yearLabels={table.yearLabels}
            part={table.part}
            lang={lang}
            caption={t.tableCaption(table.title)}
            tableId={table.id}
            datasetId={summary.id}
            totalRows={table.rowCount}
          />
        </section>
      ))}

      <DatasetReferenceTable comparison={await datasetReference(summary.id)} lang={lang} query={dsQuery} />

      {summary.claimCount > 0 ? (
        <section aria-labelledby="findings-title">
          <h2 id="findings-title">{t.findingsTitle}</h2>
          <Pagination
            path={`/du-lieu/${summary.id}`}
            params={sp}
            name="findings"
            window={findingsWindow}
            noun={p.findingsNoun}
            label={p.findingsPagesLabel}
            lang={lang}
            hash="#findings-title"
          />
          <FindingsTable results={findings.rows} lang={lang} />
        </section>
      ) : null}
    </>
  );
}
