import Link from 'next/link';
import { Sparkline } from '@/components/charts/sparkline';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { Lang } from '@/lib/i18n/lang';
import { formatChange } from './format-change';
import type { HeadlineCard as HeadlineCardModel } from './headline-cards';
import styles from './overview.module.css';
import { OVERVIEW_STRINGS } from './strings';

/** One key indicator: latest value as printed, change since the earliest year, sparkline, verdict. */
export function HeadlineCard({ card, lang }: { card: HeadlineCardModel; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  const change = card.change ? formatChange(card.change, t.points) : null;
  const seriesText = card.points.map((p) => `${p.raw} (${p.year})`).join(', ');
  const headingId = `card-${card.key}`;
  return (
    <article className={`card ${styles.card}`} aria-labelledby={headingId}>
      <h3 className={styles.cardTitle} id={headingId}>
        <Link href={`/chi-tieu/${card.indicatorId}`}>{card.label}</Link>
      </h3>
      {lang === 'en' || card.name !== card.label ? (
        <p className={styles.cardName} lang="vi">
          {card.name}
        </p>
      ) : null}
      <div className={styles.cardBody}>
        <div>
          <p className={styles.cardValue}>
            <span className={styles.cardNumber}>{card.latest.raw}</span>{' '}
            <span className={styles.cardUnit}>{card.unit}</span>
          </p>
          <p className={styles.cardYear}>
            {t.latest}: {card.latest.year}
          </p>
        </div>
        {card.points.length > 1 ? (
          <Sparkline points={card.points} label={t.sparklineLabel(card.name, card.unit, seriesText)} />
        ) : null}
      </div>
      <p className={styles.cardChange}>
        {card.earliest && change ? (
          <>
            {t.since(card.earliest.year)} ({card.earliest.raw}): <strong className="num">{change.main}</strong>
            {change.detail ? <span className="num"> ({change.detail})</span> : null}
          </>
        ) : (
          <span className="muted">{t.noChange}</span>
        )}
      </p>
      <div className={styles.cardVerdict}>
        {card.verdict ? (
          <>
            <VerdictBadge verdict={card.verdict} lang={lang} />
            <span className={styles.cardClaim}>
              {card.worstClaim ? (
                <>
                  <q lang="vi">{card.worstClaim.text}</q>
                  {card.worstClaim.fromYear !== null && card.worstClaim.toYear !== null
                    ? ` (${card.worstClaim.fromYear}–${card.worstClaim.toYear})`
                    : null}
                  {card.claimCount > 1 ? <> · {t.worstOf(card.claimCount)}</> : null}
                </>
              ) : (
                t.claimsChecked(card.claimCount)
              )}
            </span>
          </>
        ) : (
          <span className="muted small">{t.noClaims}</span>
        )}
      </div>
      {card.warnings.length > 0 ? (
        <p className={styles.cardWarning}>
          <span aria-hidden="true">⚠ </span>
          <Link href={`/chi-tieu/${card.indicatorId}#canh-bao`}>{t.warnings(card.warnings.length)}</Link>
        </p>
      ) : null}
      <details className="chart-data">
        <summary>{t.seriesData}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              <th scope="col" className="num">
                {t.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {card.points.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td className="num">{p.raw}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
