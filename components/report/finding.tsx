import Link from 'next/link';
import type { ReactNode } from 'react';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { RowView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import { claimIndicatorId } from './filter-claims';
import { formatRowFigure } from '@/lib/series/recomputed-figure';
import { impliedDecimals, printedValue } from './format-finding';
import styles from './report.module.css';
import { REPORT_STRINGS } from './strings';
import { isPlanKind } from '@/lib/verify/kind-rules';
import { rowMessage, rowWarnings } from '@/lib/dataset/row-text';

export interface FindingProps {
  readonly row: RowView;
  readonly lang: Lang;
  readonly tableTitle: string;
  /** Whether `/chi-tieu/<id>` exists for this claim's indicator. */
  readonly hasIndicatorPage: boolean;
  /** Shown at the end of the card (the review decision). */
  readonly footer?: ReactNode;
  /** An uploaded dataset's id: the links to its table and indicator pages carry `?ds=`. */
  readonly datasetId?: string | null;
}

/**
 * One checked claim: verdict, what was printed, what the arithmetic gives, and where it comes from.
 * @example <Finding row={row} lang="vi" tableTitle="Bảng 2" hasIndicatorPage />
 */
export function Finding({ row, lang, tableTitle, hasIndicatorPage, footer, datasetId = null }: FindingProps) {
  const dsQuery = datasetId ? `?ds=${datasetId}` : '';
  const t = REPORT_STRINGS[lang];
  const indicatorId = claimIndicatorId(row);
  const from = printedValue(row, 'from');
  const to = printedValue(row, 'to');
  const computed = formatRowFigure(row, lang);
  // A plan claim compares the achieved value (`to`) with the plan (`from`), usually of the same year.
  const isPlan = isPlanKind(row.kind);
  const fromLabel = row.from ? (isPlan ? `${t.plan} ${row.from.year}` : String(row.from.year)) : null;
  const toLabel = row.to ? (isPlan ? `${t.achieved} ${row.to.year}` : String(row.to.year)) : null;
  // Grammar: any character other than an ASCII letter, digit or "-". Example: "gdp:2015>2022" → "gdp-2015-2022".
  const headingId = `finding-${row.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const years = row.from && row.to ? (row.from.year === row.to.year ? String(row.to.year) : `${row.from.year}–${row.to.year}`) : null;
  return (
    <article className={`card ${styles.finding} ${styles[`tone_${VERDICT_LABELS[row.verdict].tone}`] ?? ''}`} aria-labelledby={headingId}>
      <header className={styles.findingHead}>
        <VerdictBadge verdict={row.verdict} lang={lang} showCode />
        <h3 id={headingId} className={styles.findingTitle}>
          <span lang="vi">{row.indicator}</span>
          {years ? <span className={styles.findingYears}> · {years}</span> : null}
        </h3>
      </header>
      {row.claim ? (
        <p className={styles.claim}>
          <span className="visually-hidden">{t.claim}: </span>
          <q lang="vi">{row.claim}</q>
        </p>
      ) : null}
      <dl className={styles.facts}>
        <div>
          <dt>{t.printed}</dt>
          <dd>
            {row.from ? (
              <>
                {fromLabel}: <span className="num">{from ?? t.missing}</span>
              </>
            ) : null}
            {row.from && row.to ? <span aria-hidden="true"> → </span> : null}
            {row.to ? (
              <>
                {toLabel}: <span className="num">{to ?? t.missing}</span>
              </>
            ) : null}
            {row.unit ? <span className="muted"> ({row.unit})</span> : null}
          </dd>
        </div>
        {computed ? (
          <div>
            <dt>{t.computed}</dt>
            <dd className="num">{computed}</dd>
          </div>
        ) : null}
        {row.message ? (
          <div>
            <dt>{t.arithmetic}</dt>
            <dd lang={lang} data-message="engine">
              {rowMessage(row, lang)}
            </dd>
          </div>
        ) : null}
        {row.expected ? (
          <div className={styles.expected}>
            <dt>{t.expected}</dt>
            <dd lang="vi">
              <strong>{row.expected}</strong>
            </dd>
          </div>
        ) : null}
        {row.implied ? (
          <div>
            <dt>{t.implied}</dt>
            <dd>
              <span className="num">{formatNumber(row.implied.value, impliedDecimals(row))}</span>{' '}
              ({isPlan && row.implied.side === 'from' ? t.impliedPlan : t.impliedSide[row.implied.side]})
            </dd>
          </div>
        ) : null}
        {row.note ? (
          <div>
            <dt>{t.note}</dt>
            <dd lang="vi">{row.note}</dd>
          </div>
        ) : null}
        {row.warnings.length > 0 ? (
          <div className={styles.warnings}>
            <dt>{t.warnings}</dt>
            <dd lang={lang} data-message="engine">
              <ul>
                {rowWarnings(row, lang).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.source}</dt>
          <dd>
            {row.source ? <span lang="vi">{row.source} · </span> : null}
            <Link href={`/bang/${row.tableId}${datasetId ? `?ds=${datasetId}&row=${row.row}` : ''}#row-${row.row}`}>{t.rowLink(tableTitle, row.row)}</Link>
          </dd>
        </div>
      </dl>
      {hasIndicatorPage ? (
        <p className={styles.findingLinks}>
          <Link href={`/chi-tieu/${indicatorId}${dsQuery}`}>
            {t.indicatorLink}: <span lang="vi">{row.indicator}</span>
          </Link>
        </p>
      ) : null}
      {footer}
    </article>
  );
}
