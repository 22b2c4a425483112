import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonChart } from '@/components/charts/lazy-charts';
import { CopyLinkButton } from '@/components/export/copy-link-button';
import { DataLink } from '@/components/export/data-link';
import { buildComparison } from '@/components/charts/comparison-points';
import { getPageLang } from '@/components/layout/page-lang';
import { pageWindow, rowsPerPage, wholeNumberParam } from '@/components/pagination/page-window';
import { Pagination } from '@/components/pagination/pagination';
import { PAGINATION_STRINGS } from '@/components/pagination/strings';
import { indicatorIdOf, linkRows } from '@/components/tables/linked-rows';
import { ReportTable } from '@/components/tables/report-table';
import styles from '@/components/tables/report-page.module.css';
import { TABLE_STRINGS } from '@/components/tables/strings';
import { buildRowsSheet, exportFileName, toCsv } from '@/lib/export';
import { openDataset } from '@/lib/server/data';
import { requireReader } from '@/lib/server/auth/page-user';
import { QualityPanel } from '@/components/quality/quality-panel';

type Params = Promise<{ lang: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Rows per page: 200 for a table of a few year columns, fewer for a wide one (a budget of 1 600
 * cells), so a page stays well under 2 MB of HTML whatever the upload.
 */
const CELL_BUDGET = 1600;
const MIN_ROWS = 20;
const MAX_ROWS = 200;

function dsOf(sp: Record<string, string | string[] | undefined>): string | undefined {
  return typeof sp.ds === 'string' ? sp.ds : undefined;
}

/**
 * The table's title as the page title (its id when there is no such table), in the dataset `?ds=` names.
 * @example await generateMetadata({ params: Promise.resolve({ id: 'bang-2-2009-2022' }), searchParams: Promise.resolve({}) }) // → { title: 'Bảng 2…' }
 */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { id } = await params;
  const reader = await openDataset(dsOf(await searchParams));
  const table = reader?.tables.find((t) => t.id === id);
  return { title: table?.title ?? id };
}

/**
 * /bang/[id]: one report table with its verdicts, the comparison chart and exports; a long
 * table is shown a page at a time (`?page=`), every other URL parameter kept.
 * @example GET /bang/so-sanh-2015-2022?q=ngan+sach#row-7
 * @example GET /bang/lon?ds=3f2b…&row=20402#row-20402 // the page holding file line 20402
 */
export default async function TablePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  await requireReader(`/bang/${encodeURIComponent(id)}`);
  const lang = await getPageLang(params);
  const t = TABLE_STRINGS[lang];
  const p = PAGINATION_STRINGS[lang];
  const sp = await searchParams;
  // `?ds=<id>` shows a table of an uploaded dataset; its indicator links keep it.
  const ds = dsOf(sp);
  const reader = await openDataset(ds);
  const table = reader?.tables.find((tb) => tb.id === id);
  if (!reader || !table) notFound();
  // `?row=<line>` (links from claims and findings) opens the page holding that row; `?page=` wins.
  const pageSize = rowsPerPage(table.years.length, CELL_BUDGET, MIN_ROWS, MAX_ROWS);
  const line = wholeNumberParam(sp, 'page') === null ? wholeNumberParam(sp, 'row') : null;
  const position = line === null ? null : await reader.rowPosition(table.id, line);
  const asked = position === null ? sp : { ...sp, page: String(Math.floor(position / pageSize) + 1) };
  const win = pageWindow(asked, 'page', table.rowCount, pageSize);
  const page = await reader.tableRows(table.id, { offset: win.offset, limit: win.pageSize });
  if (!page) notFound();
  const known = await reader.knownIndicators(page.rows.map(indicatorIdOf));
  const rows = linkRows(page.rows, known, ds);
  const quality = table.quality ?? [];
  const qualityLinks = await reader.knownIndicators(quality.flatMap((w) => w.indicatorIds));
  const comparison = buildComparison(rows, lang);
  const section = table.section ? reader.document.sections.find((s) => s.id === table.section) : undefined;
  const paged = win.pageCount > 1;
  const pager = (
    <Pagination path={`/bang/${table.id}`} params={{ ...sp, row: undefined }} name="page" window={win} noun={p.rowsNoun} label={p.tablePagesLabel} lang={lang} hash="#table-heading" />
  );

  return (
    <>
      <nav aria-label={t.breadcrumbLabel} className={styles.breadcrumb}>
        <Link href="/">{t.breadcrumbHome}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{table.title}</span>
      </nav>
      <header className="page-head">
        {section ? <p className="page-head__eyebrow">{section.title}</p> : null}
        <h1>{table.title}</h1>
        <dl className="page-head__meta">
          {table.compare ? (
            <div>
              <dt>{t.compareLabel}</dt>
              <dd>{table.hasPlan ? t.planText : t.compareText(table.compare.to, table.compare.from, table.part)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.claimsLabel}</dt>
            <dd>{table.claimCount}</dd>
          </div>
          <div>
            <dt>{t.documentLabel}</dt>
            <dd>
              {reader.document.title} ({reader.document.issuer}, {reader.document.date})
            </dd>
          </div>
          <div>
            <dt>{t.fileLabel}</dt>
            <dd>
              <code>{table.file}</code>
            </dd>
          </div>
        </dl>
        <CopyLinkButton lang={lang} />
      </header>
      <section aria-labelledby="chart-heading" className={styles.block}>
        <h2 id="chart-heading">{t.chartHeading}</h2>
        {paged ? <p className="small muted">{p.chartPageNote}</p> : null}
        <ComparisonChart
          data={comparison}
          lang={lang}
          exportMeta={{
            title: table.title,
            years: table.years,
            source: { document: reader.document.title, section: section?.title ?? null },
            notes: [...new Set(page.rows.flatMap((r) => (r.verdict !== 'none' && r.note ? [`${r.indicator}: ${r.note}`] : [])))],
          }}
        />
        <DataLink
          csv={toCsv(buildRowsSheet(page.rows, { title: table.title, lang, years: table.years }), { delimiter: ';', numberStyle: 'vi', bom: false })}
          fileName={exportFileName(table.title, table.years, 'csv')}
          lang={lang}
        />
      </section>
      <section aria-labelledby="table-heading" className={styles.block}>
        <h2 id="table-heading">{t.tableHeading}</h2>
        {paged ? (
          <>
            <p className="small muted">{p.pageNote}</p>
            {pager}
          </>
        ) : null}
        <ReportTable
          rows={rows}
          years={[...table.years]}
          yearLabels={table.yearLabels}
          part={table.part}
          lang={lang}
          caption={t.tableCaption(table.title)}
          tableId={table.id}
          datasetId={reader.summary ? reader.id : undefined}
          totalRows={table.rowCount}
        />
        {paged ? pager : null}
      </section>
      <QualityPanel warnings={quality} total={table.qualityTotal} lang={lang} linkable={qualityLinks} query={ds ? `?ds=${encodeURIComponent(ds)}` : ''} />
    </>
  );
}
