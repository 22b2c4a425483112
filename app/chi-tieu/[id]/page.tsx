import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SeriesChart } from '@/components/charts/lazy-charts';
import { CopyLinkButton } from '@/components/export/copy-link-button';
import { DataExportButtons } from '@/components/export/data-export-buttons';
import { ClaimList } from '@/components/indicator/claim-list';
import { GrowthCalculator } from '@/components/indicator/growth-calculator';
import { qualityItems, sortClaims } from '@/components/indicator/indicator-view';
import { NamesList } from '@/components/indicator/names-list';
import { QualityCallout } from '@/components/indicator/quality-callout';
import { SeriesTable } from '@/components/indicator/series-table';
import { INDICATOR_STRINGS } from '@/components/indicator/strings';
import styles from '@/components/indicator/indicator.module.css';
import { displayCell } from '@/components/tables/display-cell';
import { getPageLang } from '@/components/layout/page-lang';
import { buildSeriesSheet, exportFileName, toCsv } from '@/lib/export';
import { orgName } from '@/lib/server/config';
import { getDataset, getIndicator } from '@/lib/server/data';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The indicator's name as the page title.
 * @example await generateMetadata({ params: Promise.resolve({ id: 'gdp-binh-quan-dau-nguoi' }) }) // → { title: 'GDP bình quân đầu người' }
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const dataset = getDataset();
  const indicator = dataset ? getIndicator(dataset, id) : null;
  return { title: indicator?.name ?? id };
}

/**
 * One indicator: its series across the years (chart first), warnings, growth between years, claims, sources.
 * @example GET /chi-tieu/thu-ngan-sach-tren-dia-ban?mode=index&from=2015
 */
export default async function IndicatorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const lang = await getPageLang(searchParams);
  const sp = await searchParams;
  const langParam = sp.lang;
  // `?ds=<id>` shows an uploaded dataset's indicator; links from here keep it.
  const ds = typeof sp.ds === 'string' ? sp.ds : undefined;
  const query = new URLSearchParams();
  if (ds) query.set('ds', ds);
  if (langParam === 'en' || langParam === 'vi') query.set('lang', langParam);
  const langQuery = query.size > 0 ? `?${query.toString()}` : '';
  const dataset = getDataset(ds);
  const indicator = dataset ? getIndicator(dataset, id) : null;
  if (!dataset || !indicator) notFound();

  const t = INDICATOR_STRINGS[lang];
  const points = [...indicator.points].sort((a, b) => a.year - b.year);
  const first = points[0]?.year ?? 0;
  const last = points[points.length - 1]?.year ?? 0;
  const warnings = qualityItems(indicator);
  const tableTitles = Object.fromEntries(dataset.tables.map((tb) => [tb.id, tb.title]));
  const sources = [...new Set(points.map((p) => p.source).filter((x) => x !== null))];
  // Other indicators of the same dataset, to compare growth with in index mode.
  const others = dataset.indicators
    .filter((i) => i.id !== indicator.id && i.points.length > 1)
    .map((i) => ({ id: i.id, name: i.name, unit: i.unit, points: i.points.map((p) => ({ year: p.year, value: p.value })) }));
  const chartClaims = sortClaims(indicator.claims).map((c) => ({
    text: c.claim ?? '',
    verdict: c.verdict,
    fromYear: c.from?.year ?? null,
    toYear: c.to?.year ?? null,
    note: c.note ?? null,
  }));
  const data = {
    csv: toCsv(buildSeriesSheet(indicator, lang), { delimiter: ';', numberStyle: 'vi', bom: false }),
    fileName: exportFileName(indicator.name, points.map((p) => p.year), 'csv'),
  };

  return (
    <>
      <nav aria-label={t.breadcrumbLabel} className={styles.breadcrumb}>
        <ol>
          <li>
            <Link href={`/${langQuery}`}>{t.breadcrumbHome}</Link>
          </li>
          <li aria-current="page">{indicator.name}</li>
        </ol>
      </nav>
      <header className="page-head">
        <p className="page-head__eyebrow">{t.eyebrow}</p>
        <h1 lang="vi">{indicator.name}</h1>
        <dl className="page-head__meta">
          <div>
            <dt>{t.unit}</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>{t.years}</dt>
            <dd>{t.yearsValue(points.length, first, last)}</dd>
          </div>
          <div>
            <dt>{t.claimsCount}</dt>
            <dd>{indicator.claims.length}</dd>
          </div>
        </dl>
        <CopyLinkButton lang={lang} />
      </header>

      <div className={styles.layout}>
        <section className="panel" aria-labelledby="chart-heading">
          <h2 id="chart-heading" className={styles.panelHeading}>
            {t.chartHeading}
          </h2>
          <SeriesChart
            name={indicator.name}
            unit={indicator.unit}
            lang={lang}
            points={points.map((p) => ({ year: p.year, value: p.value, raw: displayCell(p), warning: p.warning !== null }))}
            source={{ document: dataset.document.title, section: sources.length > 0 ? sources.join('; ') : null }}
            others={others}
            claims={chartClaims}
            org={orgName()}
            data={data}
          />
          <SeriesTable points={points} unit={indicator.unit} lang={lang} />
          <DataExportButtons source={{ kind: 'indicator', id: indicator.id }} visibleKeys={null} total={points.length} lang={lang} />
        </section>
        <div className={styles.side}>
          <QualityCallout items={warnings} unit={indicator.unit} lang={lang} />
          <section className="panel" aria-labelledby="growth-heading">
            <h2 id="growth-heading" className={styles.panelHeading}>
              {t.growthHeading}
            </h2>
            <p className="muted small">{t.growthIntro}</p>
            <GrowthCalculator
              unit={indicator.unit}
              lang={lang}
              points={points.map((p) => ({ year: p.year, value: p.value, decimals: p.decimals, warning: p.warning !== null }))}
            />
          </section>
        </div>
      </div>

      <section className={styles.section} aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t.claimsHeading}</h2>
        <ClaimList claims={indicator.claims} tableTitles={tableTitles} lang={lang} langQuery={langQuery} />
      </section>

      <section className={styles.section} aria-labelledby="names-heading">
        <h2 id="names-heading">{t.namesHeading}</h2>
        <NamesList points={points} document={dataset.document} lang={lang} />
      </section>
    </>
  );
}
