import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { Lang } from '@/lib/verify/labels';
import { COMPARE_STYLES, LineSwatch } from './compare-chooser';
import { INK, TEXT } from './series-chart-marks';
import styles from './series-chart.module.css';
import { SERIES_EXTRAS_STRINGS } from './series-extras-strings';
import type { ClaimMark, ComparisonLine } from './series-period';

/**
 * The legend of the series chart with compared lines: the indicator's own line, then each compared line with its
 * swatch and, when it starts later than the period, the year it is indexed on.
 * @example <CompareLegend name="GRDP" lines={lines} periodFrom={2015} lang="vi" />
 */
export function CompareLegend({ name, lines, periodFrom, lang }: { name: string; lines: readonly ComparisonLine[]; periodFrom: number; lang: Lang }) {
  const x = SERIES_EXTRAS_STRINGS[lang];
  return (
    <ul className={styles.lineLegend} aria-label={x.legendLabel}>
      <li>
        <LineSwatch stroke={INK} dash={null} /> <span lang="vi">{name}</span>
      </li>
      {lines.map((line, i) => {
        const style = COMPARE_STYLES[i % COMPARE_STYLES.length] ?? { stroke: TEXT, dash: '4 4' };
        return (
          <li key={line.id}>
            <LineSwatch stroke={style.stroke} dash={style.dash} /> <span lang="vi">{line.name}</span>
            {line.baseYear !== periodFrom ? ` (${x.compareBase(line.baseYear)})` : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The claims marked on the series chart, numbered as their marks, each with its years, its printed text and its
 * verdict (symbol and word, never colour alone).
 * @example <ClaimMarkList marks={marks} lang="vi" />
 */
export function ClaimMarkList({ marks, lang }: { marks: readonly ClaimMark[]; lang: Lang }) {
  const x = SERIES_EXTRAS_STRINGS[lang];
  return (
    <>
      <p className={styles.claimMarksHeading}>{x.claimsHeading}</p>
      <ol className={styles.claimMarks}>
        {marks.map((m) => (
          <li key={m.n}>
            <span className={styles.claimNumber} aria-hidden="true">
              {m.n}
            </span>
            <span>{x.claimYears(m.claim.fromYear, m.claim.toYear)}</span>
            <q lang="vi">{m.claim.text}</q>
            <VerdictBadge verdict={m.claim.verdict} lang={lang} />
            {m.claim.note ? <span className={styles.legend}>{m.claim.note}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
