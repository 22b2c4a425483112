import Link from 'next/link';
import { Sparkline } from '@/components/charts/lazy-charts';
import { displayCell } from '@/components/tables/display-cell';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { formatChange } from './format-change';
import type { HeadlineCard as HeadlineCardModel, HeadlineClaim, HeadlinePoint } from './headline-cards';
import styles from './overview.module.css';
import { OVERVIEW_STRINGS } from './strings';

const MAX_CLAIMS_SHOWN = 2;

function yearsOf(c: HeadlineClaim): string | null {
  if (c.fromYear === null || c.toYear === null) return c.toYear === null ? null : String(c.toYear);
  return c.fromYear === c.toYear ? String(c.toYear) : `${c.fromYear}–${c.toYear}`;
}

/** A value as printed; an ambiguous one also says how it was read, so the change beside it adds up. */
function PrintedValue({ point, readAs, lang }: { point: HeadlinePoint; readAs: (value: string) => string; lang: Lang }) {
  if (!point.warning) return <span className="num">{displayCell(point)}</span>;
  const read = formatNumber(point.value, point.decimals);
  const warning = point.warning[lang];
  return (
    <span className="num" title={warning}>
      {point.raw} <span aria-hidden="true">⚠</span>
      {read !== point.raw ? <> {readAs(read)}</> : <span className="visually-hidden"> {warning}</span>}
    </span>
  );
}

/**
 * One key indicator: latest value as printed, change since the earliest year, sparkline, verdict.
 * @example <HeadlineCard card={cards[0]} lang="vi" />
 */
export function HeadlineCard({ card, lang }: { card: HeadlineCardModel; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  const change = card.change ? formatChange(card.change, t.points) : null;
  const seriesText = card.points.map((p) => `${displayCell(p)} (${p.year})`).join(', ');
  const headingId = `card-${card.key}`;
  const shown = card.claims.slice(0, MAX_CLAIMS_SHOWN);
  const hidden = card.claims.length - shown.length;
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
            <span className={styles.cardNumber}>{displayCell(card.latest)}</span>
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
            {t.since(card.earliest.year)} (<PrintedValue point={card.earliest} readAs={t.readAs} lang={lang} />):{' '}
            <strong className="num">{change.main}</strong>
            {change.detail ? <span className="num"> ({change.detail})</span> : null}
          </>
        ) : (
          <span className="muted">{t.noChange}</span>
        )}
      </p>
      <div className={styles.cardClaims}>
        {shown.length > 0 ? (
          <ul className={styles.claimList} aria-label={t.claimsChecked(card.claimCount)}>
            {shown.map((c, i) => (
              <li key={i}>
                <VerdictBadge verdict={c.verdict} lang={lang} />{' '}
                <span className={styles.cardClaim}>
                  <q lang="vi">{c.text}</q>
                  {yearsOf(c) ? ` (${yearsOf(c)})` : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t.noClaims}</p>
        )}
        {hidden > 0 ? (
          <p className={styles.moreClaims}>
            <Link href={`/kiem-tra?indicator=${card.indicatorId}`}>{t.moreClaims(hidden)}</Link>
          </p>
        ) : null}
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
                <td className="num">
                  <PrintedValue point={p} readAs={t.readAs} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
