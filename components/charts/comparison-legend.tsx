import type { Lang } from '@/lib/verify/labels';
import styles from './comparison-chart.module.css';
import { diamondPath } from './comparison-marks';
import { COMPARISON_STRINGS } from './comparison-strings';

/**
 * The key to the comparison chart's marks; the arrow entry only when a panel has direction-only claims.
 * @example <LegendKey lang="vi" arrows={false} />
 */
export function LegendKey({ lang, arrows }: { lang: Lang; arrows: boolean }) {
  const t = COMPARISON_STRINGS[lang];
  return (
    <ul className={styles.legend}>
      <li>
        <svg width="20" height="20" aria-hidden="true" focusable="false">
          <path d={diamondPath(10, 10, 7)} fill="#fff" stroke="#111" strokeWidth="2" />
        </svg>
        {t.legendClaimed}
      </li>
      {arrows ? (
        <li>
          <svg width="28" height="20" aria-hidden="true" focusable="false">
            <line x1="2" x2="19" y1="10" y2="10" stroke="#111" strokeWidth="2" />
            <path d="M26,10 L18,5 L18,15 Z" fill="#fff" stroke="#111" strokeWidth="1.5" />
          </svg>
          {t.legendArrow}
        </li>
      ) : null}
      <li>
        <svg width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="6" fill="#4d5562" stroke="#111" />
        </svg>
        {t.legendComputed}
      </li>
      <li>
        <svg width="28" height="20" aria-hidden="true" focusable="false">
          <line x1="2" x2="26" y1="10" y2="10" stroke="#111" strokeWidth="3" />
        </svg>
        {t.legendGap}
      </li>
      <li>
        <span aria-hidden="true" className={styles.legendSymbols}>
          ✓ ✗ ⇅ ≈
        </span>
        {t.legendVerdict}
      </li>
    </ul>
  );
}
