import { displayCell } from '@/components/tables/display-cell';
import type { SeriesPointView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/verify/labels';
import { readingIfDifferent } from './indicator-view';
import { INDICATOR_STRINGS } from './strings';
import styles from './indicator.module.css';

/**
 * The chart's data as a table: each year's value as printed (and how it was read, when that
 * differs), the source, and a pointer to the warning, if any. The names the document used are listed apart.
 * @example <SeriesTable points={indicator.points} unit="Nghìn tấn" lang="vi" />
 */
export function SeriesTable({ points, unit, lang }: { points: readonly SeriesPointView[]; unit: string; lang: Lang }) {
  const t = INDICATOR_STRINGS[lang];
  const ordered = [...points].sort((a, b) => a.year - b.year);
  const anyWarning = ordered.some((p) => p.warning !== null);
  return (
    <div className="table-scroll">
      <table className={`data-table ${styles.seriesTable}`}>
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colYear}</th>
            <th scope="col" className="num">
              {t.colPrinted} <span className={styles.unit}>({unit})</span>
            </th>
            <th scope="col">{t.colSource}</th>
            {anyWarning ? <th scope="col">{t.colNote}</th> : null}
          </tr>
        </thead>
        <tbody>
          {ordered.map((p) => {
            const read = readingIfDifferent(p);
            return (
              <tr key={p.year} className={p.warning ? styles.warnRow : undefined}>
                <th scope="row">{p.year}</th>
                <td className="num">
                  {displayCell(p)}
                  {p.warning ? <span aria-hidden="true"> ⚠</span> : null}
                  {read ? (
                    <span className={styles.reading}>
                      {t.colRead.toLowerCase()} {read}
                    </span>
                  ) : null}
                </td>
                <td lang="vi" className={styles.sourceCell}>
                  {p.source ?? '—'}
                </td>
                {anyWarning ? (
                  <td className={styles.noteCell}>
                    {p.warning ? (
                      <a href="#canh-bao">
                        <span aria-hidden="true">⚠ </span>
                        {t.noteSeeWarning}
                      </a>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
