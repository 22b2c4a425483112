'use client';

import type { Lang } from '@/lib/i18n/lang';
import type { ComparableSeries } from './series-period';
import { SERIES_EXTRAS_STRINGS } from './series-extras-strings';
import styles from './series-chart.module.css';

/** Ink and dash of the n-th compared line: dark enough on white, told apart without colour. */
export const COMPARE_STYLES: readonly { readonly stroke: string; readonly dash: string }[] = [
  { stroke: '#a34700', dash: '8 4' },
  { stroke: '#5b2d91', dash: '2 3' },
  { stroke: '#0b6b5e', dash: '10 3 2 3' },
  { stroke: '#8a1c4b', dash: '1 4' },
  { stroke: '#3d4550', dash: '14 4' },
];

/**
 * A line sample for a legend: the line's ink and dash pattern.
 * @example <LineSwatch stroke="#1a4f8b" dash={null} />
 */
export function LineSwatch({ stroke, dash }: { stroke: string; dash: string | null }) {
  return (
    <svg width="34" height="10" aria-hidden="true" className={styles.swatch}>
      <path d="M1 5 H33" stroke={stroke} strokeWidth={3} strokeDasharray={dash ?? undefined} fill="none" />
    </svg>
  );
}

/**
 * "So sánh với chỉ tiêu khác": checkboxes over the dataset's other indicators (at most five are
 * drawn). Choosing one switches the chart to Index mode, where different units can share an axis.
 * @example <CompareChooser others={others} selected={['gdp']} onToggle={(id) => …} lang="vi" />
 */
export function CompareChooser({
  others,
  selected,
  onToggle,
  lang,
}: {
  others: readonly ComparableSeries[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  lang: Lang;
}) {
  const t = SERIES_EXTRAS_STRINGS[lang];
  const full = selected.length >= COMPARE_STYLES.length;
  return (
    <details className={styles.compare}>
      <summary>
        {t.compareSummary}
        {selected.length > 0 ? ` (${selected.length})` : ''}
      </summary>
      <p className={styles.compareHint}>{t.compareHint}</p>
      <ul className={styles.compareList}>
        {others.map((o) => {
          const checked = selected.includes(o.id);
          return (
            <li key={o.id}>
              <label>
                <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => onToggle(o.id)} />{' '}
                <span lang="vi">{o.name}</span> <span className={styles.compareUnit}>({o.unit})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
