import type { DocumentMeta, SeriesPointView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/verify/labels';
import { namesWithYears } from './indicator-view';
import { INDICATOR_STRINGS } from './strings';
import styles from './indicator.module.css';

/**
 * The names the document gives this indicator (with the years of each), and the source document.
 * @example <NamesList points={indicator.points} document={dataset.document} lang="vi" />
 */
export function NamesList({ points, document, lang }: { points: readonly SeriesPointView[]; document: DocumentMeta; lang: Lang }) {
  const t = INDICATOR_STRINGS[lang];
  const names = namesWithYears(points);
  return (
    <>
      <p>{t.namesIntro(names.length)}</p>
      <ul className={styles.names}>
        {names.map((n) => (
          <li key={n.name}>
            <span lang="vi" className={styles.name}>
              {n.name}
            </span>{' '}
            <span className="muted">({t.namesYears(n.years.join(', '))})</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {t.documentSource}: <span lang="vi">{document.title}</span> — {document.issuer}, {document.date}
      </p>
    </>
  );
}
