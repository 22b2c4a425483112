import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonChart } from '@/components/charts/lazy-charts';
import { CopyLinkButton } from '@/components/export/copy-link-button';
import { DataLink } from '@/components/export/data-link';
import { buildComparison } from '@/components/charts/comparison-points';
import { getPageLang } from '@/components/layout/page-lang';
import { toReportRows } from '@/components/tables/claim-figure';
import { ReportTable } from '@/components/tables/report-table';
import styles from '@/components/tables/report-page.module.css';
import { TABLE_STRINGS } from '@/components/tables/strings';
import { slugify } from '@/lib/dataset/slugify';
import { buildRowsSheet, exportFileName, toCsv } from '@/lib/export';
import { orgName } from '@/lib/server/config';
import { getDataset, getIndicator, getTable } from '@/lib/server/data';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The table's title as the page title (its id when there is no such table).
 * @example await generateMetadata({ params: Promise.resolve({ id: 'bang-2-2009-2022' }) }) // → { title: 'Bảng 2…' }
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const dataset = getDataset();
  const table = dataset ? getTable(dataset, id) : null;
  return { title: table?.title ?? id };
}

/**
 * /bang/[id]: one report table with its verdicts, the comparison chart and exports.
 * @example GET /bang/so-sanh-2015-2022?q=ngan+sach#row-7
 */
export default async function TablePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const lang = await getPageLang(searchParams);
  const t = TABLE_STRINGS[lang];
  // `?ds=<id>` shows a table of an uploaded dataset; its indicator links keep it.
  const dsParam = (await searchParams).ds;
  const ds = typeof dsParam === 'string' ? dsParam : undefined;
  const dataset = getDataset(ds);
  if (!dataset) notFound();
  const table = getTable(dataset, id);
  if (!table) notFound();

  const rows = toReportRows(table.rows, (row) => {
    const indicatorId = row.indicatorId ?? slugify(row.indicator);
    if (!getIndicator(dataset, indicatorId)) return null;
    return ds ? `${indicatorId}?ds=${encodeURIComponent(ds)}` : indicatorId;
  });
  const comparison = buildComparison(rows, lang);
  const claims = rows.filter((r) => r.verdict !== 'none').length;
  const section = table.section ? dataset.document.sections.find((s) => s.id === table.section) : undefined;

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
              <dd>{table.hasPlan ? t.planText : t.compareText(table.compare.to, table.compare.from)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.claimsLabel}</dt>
            <dd>{claims}</dd>
          </div>
          <div>
            <dt>{t.documentLabel}</dt>
            <dd>
              {dataset.document.title} ({dataset.document.issuer}, {dataset.document.date})
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
        <ComparisonChart
          data={comparison}
          lang={lang}
          exportMeta={{
            title: table.title,
            years: table.years,
            source: { document: dataset.document.title, section: section?.title ?? null },
            org: orgName(),
            notes: [...new Set(table.rows.flatMap((r) => (r.verdict !== 'none' && r.note ? [`${r.indicator}: ${r.note}`] : [])))],
          }}
        />
        <DataLink
          csv={toCsv(buildRowsSheet(table.rows, { title: table.title, lang, years: table.years }), { delimiter: ';', numberStyle: 'vi', bom: false })}
          fileName={exportFileName(table.title, table.years, 'csv')}
          lang={lang}
        />
      </section>
      <section aria-labelledby="table-heading" className={styles.block}>
        <h2 id="table-heading">{t.tableHeading}</h2>
        <ReportTable rows={rows} years={[...table.years]} lang={lang} caption={t.tableCaption(table.title)} tableId={table.id} />
      </section>
    </>
  );
}
