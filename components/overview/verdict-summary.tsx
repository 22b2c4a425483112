import Link from 'next/link';
import { VerdictSummaryChart } from '@/components/charts/lazy-charts';
import type { VerdictBar } from '@/components/charts/verdict-summary-chart';
import { DataLink } from '@/components/export/data-link';
import { ExportableChart } from '@/components/export/exportable-chart';
import { toCsv } from '@/lib/export/csv';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { VerdictCounts } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import styles from './overview.module.css';
import { OVERVIEW_STRINGS } from './strings';
import { claimVerdicts } from './verdict-counts';

/**
 * Counts of claims by verdict: a bar chart and, beside it, the same figures as a table of links.
 * @example <VerdictSummary counts={counts} lang="vi" documentTitle="Báo cáo …" />
 */
export function VerdictSummary({
  counts,
  lang,
  documentTitle,
}: {
  counts: VerdictCounts;
  lang: Lang;
  /** For the exported chart image's source line; no export buttons without it. */
  documentTitle?: string;
}) {
  const t = OVERVIEW_STRINGS[lang];
  const verdicts = claimVerdicts(counts);
  const total = verdicts.reduce((sum, v) => sum + counts[v], 0);
  const problems = counts.wrong_direction + counts.mismatch;
  const bars: VerdictBar[] = verdicts.map((v) => ({
    verdict: v,
    count: counts[v],
    word: VERDICT_LABELS[v].word[lang],
    symbol: VERDICT_LABELS[v].symbol,
    tone: VERDICT_LABELS[v].tone,
    href: `/kiem-tra?verdict=${v}${lang === 'en' ? '&lang=en' : ''}`,
  }));
  const csv = toCsv(
    {
      title: t.summaryTitle,
      columns: [
        { key: 'verdict', header: t.verdictColumn, kind: 'text', width: 20 },
        { key: 'code', header: t.codeColumn, kind: 'text', width: 18 },
        { key: 'count', header: t.summaryCount, kind: 'number', width: 12 },
      ],
      rows: bars.map((b) => ({
        key: b.verdict,
        tone: b.tone,
        cells: [
          { kind: 'text', text: b.word },
          { kind: 'text', text: b.verdict },
          { kind: 'number', value: b.count, decimals: 0 },
        ],
      })),
    },
    { delimiter: ';', numberStyle: 'vi', bom: false },
  );
  const chartLabel = t.summaryChartLabel(bars.map((b) => `${b.word} ${b.count}`).join(', '));
  return (
    <section aria-labelledby="verdict-summary-title" className={`panel ${styles.summary}`}>
      <h2 id="verdict-summary-title" className={styles.sectionTitleFirst}>
        {t.summaryTitle}
      </h2>
      <p>
        {t.summaryIntro(total)} <strong>{t.problemsLead(problems)}</strong>
      </p>
      <div className={styles.summaryGrid}>
        <figure className="chart-figure">
          {documentTitle ? (
            <ExportableChart
              lang={lang}
              meta={{ title: t.summaryTitle, unit: t.summaryCount, years: null, source: { document: documentTitle, section: null } }}
            >
              <VerdictSummaryChart bars={bars} label={chartLabel} />
            </ExportableChart>
          ) : (
            <VerdictSummaryChart bars={bars} label={chartLabel} />
          )}
          <DataLink csv={csv} fileName="ket-qua-kiem-tra.csv" lang={lang} />
        </figure>
        <table className={`data-table ${styles.summaryTable}`}>
          <caption className="visually-hidden">{t.summaryListLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{t.verdictColumn}</th>
              <th scope="col" className="num">
                {t.summaryCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {verdicts.map((v) => (
              <tr key={v}>
                <th scope="row">
                  <Link href={`/kiem-tra?verdict=${v}${lang === 'en' ? '&lang=en' : ''}`} className={styles.verdictLink}>
                    <VerdictBadge verdict={v} lang={lang} /> <code className={styles.verdictCode}>{v}</code>
                  </Link>
                </th>
                <td className="num">{counts[v]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.summaryMore}>
        <Link href="/kiem-tra">{t.seeAll} →</Link>
      </p>
    </section>
  );
}
