import { countRowVerdicts } from '@/components/overview/verdict-counts';
import { StaticVerdictBars } from '@/components/charts/static-verdict-bars';
import type { VerdictBar } from '@/components/charts/verdict-summary-chart';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { RowView } from '@/lib/dataset/types';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import styles from './print.module.css';
import { PRINT_STRINGS } from './strings';

/**
 * Counts of the claims by verdict, worst first: a bar chart with direct labels and the same figures as a table.
 * @example <PrintSummary rows={rows} lang="vi" />
 */
export function PrintSummary({ rows, lang }: { rows: readonly RowView[]; lang: Lang }) {
  const t = PRINT_STRINGS[lang];
  const counts = countRowVerdicts(rows);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const problems = counts.filter((c) => VERDICT_LABELS[c.verdict].tone === 'bad').reduce((sum, c) => sum + c.count, 0);
  const bars: VerdictBar[] = counts.map(({ verdict, count }) => ({
    verdict,
    count,
    word: VERDICT_LABELS[verdict].word[lang],
    symbol: VERDICT_LABELS[verdict].symbol,
    tone: VERDICT_LABELS[verdict].tone,
  }));
  return (
    <section aria-labelledby="print-summary-title" className={styles.block}>
      <h2 id="print-summary-title">{t.summaryTitle}</h2>
      <p>{t.summaryIntro(total, problems)}</p>
      {bars.length > 0 ? (
        <div className={styles.summaryGrid}>
          <table className={styles.summaryTable}>
            <thead>
              <tr>
                <th scope="col">{t.verdictCol}</th>
                <th scope="col">{t.codeCol}</th>
                <th scope="col" className="num">
                  {t.countCol}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map(({ verdict, count }) => (
                <tr key={verdict}>
                  <th scope="row">
                    <VerdictBadge verdict={verdict} lang={lang} />
                  </th>
                  <td>
                    <code>{verdict}</code>
                  </td>
                  <td className="num">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <figure className={styles.summaryChart}>
            <StaticVerdictBars bars={bars} label={t.summaryChartLabel(bars.map((b) => `${b.word} ${b.count}`).join(', '))} />
          </figure>
        </div>
      ) : null}
    </section>
  );
}
