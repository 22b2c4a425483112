import type { Lang } from '@/lib/verify/labels';
import type { QualityItem } from './indicator-view';
import { INDICATOR_STRINGS } from './strings';
import styles from './indicator.module.css';

/**
 * The data-quality warnings of an indicator as a marked callout (⚠ and words, not colour alone):
 * for each warned value, the year, the printed text and how it was read, then the checker's note.
 * @example <QualityCallout items={items} unit="Nghìn tấn" lang="vi" />
 */
export function QualityCallout({ items, unit, lang }: { items: readonly QualityItem[]; unit: string; lang: Lang }) {
  const t = INDICATOR_STRINGS[lang];
  if (items.length === 0) return null;
  return (
    <aside id="canh-bao" className={styles.callout} aria-labelledby="canh-bao-heading" tabIndex={-1}>
      <h2 id="canh-bao-heading" className={styles.calloutHeading}>
        <span className={styles.calloutIcon} aria-hidden="true">
          ⚠
        </span>
        {t.qualityHeading}
      </h2>
      <p className={styles.calloutIntro}>{t.qualityIntro}</p>
      <ul className={styles.calloutList}>
        {items.map((item) => (
          <li key={`${item.year ?? ''}:${item.text}`}>
            {item.year !== null && item.raw !== null ? (
              <strong className={styles.calloutItemHead}>{t.qualityItemHead(item.year, item.raw, item.reading, unit)}</strong>
            ) : null}{' '}
            <span lang={lang} data-message="engine">
              {item.text}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
