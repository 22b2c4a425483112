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
import { pageWindow } from '@/components/pagination/page-window';
import { Pagination } from '@/components/pagination/pagination';
import { PAGINATION_STRINGS } from '@/components/pagination/strings';
import { buildSeriesSheet, exportFileName, toCsv } from '@/lib/export';
import { loadDataset, openDataset } from '@/lib/server/data';
import { requireReader } from '@/lib/server/auth/page-user';
import { QualityPanel } from '@/components/quality/quality-panel';
import { qualitySeriesOf } from '@/lib/dataset/attach-quality';
import { reviewSeries } from '@/lib/verify/quality/review-series';
import { indicatorValues } from '@/lib/server/indicators';
import { ValueSources } from '@/components/reference/value-sources';
import { BUNDLED_DATASET_ID } from '@/lib/server/bundled-dataset';

type Params = Promise<{ lang: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Claims per page: an indicator named on every row of a large upload stays a light page. */
const CLAIMS_PER_PAGE = 100;
/** Datasets with at most this many claims offer their other indicators for comparison. */
const COMPARE_MAX_CLAIMS = 2000;

function dsOf(sp: Record<string, string | string[] | undefined>): string | undefined {
  return typeof sp.ds === 'string' ? sp.ds : undefined;
}

/**
 * The indicator's name as the page title, in the dataset `?ds=` names.
 * @example await generateMetadata({ params: Promise.resolve({ id: 'gdp-binh-quan-dau-nguoi' }), searchParams: Promise.resolve({}) }) // → { title: 'GDP bình quân đầu người' }
 */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { id } = await params;
  const reader = await openDataset(dsOf(await searchParams));
  const found = reader ? await reader.indicator(id, { offset: 0, limit: 1 }) : null;
  return { title: found?.indicator.name ?? id };
}

/**
 * One indicator: its series across the years (chart first), warnings, growth between years, claims, sources.
 * @example GET /chi-tieu/thu-ngan-sach-tren-dia-ban?mode=index&from=2015
 */
export default async function IndicatorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  await requireReader(`/chi-tieu/${encodeURIComponent(id)}`);
  const lang = await getPageLang(params);
  const sp = await searchParams;
  const langParam = sp.lang;
  // `?ds=<id>` shows an uploaded dataset's indicator; links from here keep it.
  const ds = dsOf(sp);
  const query = new URLSearchParams();
  if (ds) query.set('ds', ds);
  if (langParam === 'en' || langParam === 'vi') query.set('lang', langParam);
  const langQuery = query.size > 0 ? `?${query.toString()}` : '';
  const reader = await openDataset(ds);
  const claimCount = reader ? (await reader.indicator(id, { offset: 0, limit: 1 }))?.claims.total : undefined;
  if (!reader || claimCount === undefined) notFound();
  const win = pageWindow(sp, 'page', claimCount, CLAIMS_PER_PAGE);
  const found = await reader.indicator(id, { offset: win.offset, limit: win.pageSize });
  if (!found) notFound();
  const { indicator } = found;
  const p = PAGINATION_STRINGS[lang];

  const t = INDICATOR_STRINGS[lang];
  const points = [...indicator.points].sort((a, b) => a.year - b.year);
  const first = points[0]?.year ?? 0;
  const last = points[points.length - 1]?.year ?? 0;
  const warnings = qualityItems(indicator, lang);
  // An indicator stored before the data-quality review has no `quality`: its series is reviewed here.
  const quality = indicator.quality ?? reviewSeries(qualitySeriesOf(indicator));
  const qualityLinks = await reader.knownIndicators(quality.flatMap((w) => w.indicatorIds));
  const tableTitles = Object.fromEntries(reader.tables.map((tb) => [tb.id, tb.title]));
  const sources = [...new Set(points.map((p) => p.source).filter((x) => x !== null))];
  // Other indicators of the same dataset, to compare growth with in index mode. A large upload is
  // read a window at a time and offers none, so its page stays light.
  const whole = reader.claimCount <= COMPARE_MAX_CLAIMS ? await loadDataset(ds) : null;
  const others = (whole?.indicators ?? [])
    .filter((i) => i.id !== indicator.id && i.points.length > 1)
    .map((i) => ({ id: i.id, name: i.name, unit: i.unit, points: i.points.map((p) => ({ year: p.year, value: p.value })) }));
  const chartClaims = sortClaims(indicator.claims).map((c) => ({
    text: c.claim ?? '',
    verdict: c.verdict,
    fromYear: c.from?.year ?? null,
    toYear: c.to?.year ?? null,
    note: c.note ?? null,
  }));
  const values = await indicatorValues(ds ?? BUNDLED_DATASET_ID, indicator.id);
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
            <dd>{claimCount}</dd>
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
            source={{ document: reader.document.title, section: sources.length > 0 ? sources.join('; ') : null }}
            others={others}
            claims={chartClaims}
            data={data}
          />
          <SeriesTable points={points} unit={indicator.unit} lang={lang} />
          <DataExportButtons
            source={{ kind: 'indicator', id: indicator.id }}
            visibleKeys={null}
            total={points.length}
            lang={lang}
            datasetId={reader.summary ? reader.id : undefined}
          />
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

      <QualityPanel warnings={quality} lang={lang} linkable={qualityLinks} query={ds ? `?ds=${encodeURIComponent(ds)}` : ''} />

      {values !== null ? <ValueSources name={indicator.name} years={values.years} lang={lang} /> : null}

      <section className={styles.section} aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t.claimsHeading}</h2>
        <ClaimList claims={indicator.claims} tableTitles={tableTitles} lang={lang} langQuery={langQuery} total={claimCount} />
        {win.pageCount > 1 ? (
          <Pagination
            path={`/chi-tieu/${indicator.id}`}
            params={sp}
            name="page"
            window={win}
            noun={p.claimsNoun}
            label={p.claimsPagesLabel}
            lang={lang}
            hash="#claims-heading"
          />
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="names-heading">
        <h2 id="names-heading">{t.namesHeading}</h2>
        <NamesList points={points} document={reader.document} lang={lang} />
      </section>
    </>
  );
}
