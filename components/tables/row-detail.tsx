import Link from 'next/link';
import { formatNumber } from '@/lib/numbers/format-number';
import type { Lang } from '@/lib/verify/labels';
import styles from './report-table.module.css';
import { TABLE_STRINGS } from './strings';
import type { ReportRow } from './types';
import { rowMessage, rowWarnings } from '@/lib/dataset/row-text';

/**
 * The expanded part of a row: the arithmetic, what should have been printed, warnings, provenance.
 * @example <RowDetail row={row} lang="vi" />
 */
export function RowDetail({ row, lang }: { row: ReportRow; lang: Lang }) {
  const t = TABLE_STRINGS[lang];
  const impliedYear = row.implied ? (row.implied.side === 'from' ? row.from?.year : row.to?.year) ?? null : null;
  return (
    <div className={styles.detail}>
      <dl className={styles.detailList}>
        {row.claim === null ? (
          <div>
            <dt>{t.detailArithmetic}</dt>
            <dd>{t.detailNoClaim}</dd>
          </div>
        ) : (
          <div>
            <dt>{t.detailArithmetic}</dt>
            <dd lang={lang} className={styles.message} data-message="engine">
              {rowMessage(row, lang)}
            </dd>
          </div>
        )}
        {row.expected ? (
          <div>
            <dt>{t.detailExpected}</dt>
            <dd lang="vi">
              <strong>{row.expected}</strong>
            </dd>
          </div>
        ) : null}
        {row.implied ? (
          <div>
            <dt>{t.detailImplied}</dt>
            <dd>
              {t.detailImpliedSide(row.implied.side, impliedYear)}: <strong>{formatNumber(row.implied.value)}</strong>{' '}
              {row.unit}
            </dd>
          </div>
        ) : null}
        {row.warnings.length > 0 ? (
          <div>
            <dt>{t.detailWarnings}</dt>
            <dd>
              <ul lang={lang} className={styles.warnings} data-message="engine">
                {rowWarnings(row, lang).map((w) => (
                  <li key={w}>
                    <span aria-hidden="true">⚠ </span>
                    {w}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.detailProvenance}</dt>
          <dd>
            <ul className={styles.provenance}>
              {row.source ? (
                <li>
                  {t.detailSource}: <span lang="vi">{row.source}</span>
                </li>
              ) : null}
              <li>
                {t.detailFile}: <code>{t.detailFileRow(row.file, row.row)}</code>
              </li>
              {row.indicatorPage ? (
                <li>
                  <Link href={`/chi-tieu/${row.indicatorPage}`}>{t.detailIndicatorLink}</Link>
                </li>
              ) : null}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
