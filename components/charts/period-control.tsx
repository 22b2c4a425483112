'use client';

import { useId } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { SERIES_EXTRAS_STRINGS } from './series-extras-strings';
import styles from './series-chart.module.css';

/**
 * The chart's timeline, as in Our World in Data's grapher: two sliders over the printed years
 * (start and end, the start never past the end), the chosen period in words, and a reset.
 * @example <PeriodControl years={[2009, 2015, 2022]} from={2015} to={2022} onChange={(f, t) => …} lang="vi" />
 */
export function PeriodControl({
  years,
  from,
  to,
  onChange,
  lang,
}: {
  years: readonly number[];
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
  lang: Lang;
}) {
  const t = SERIES_EXTRAS_STRINGS[lang];
  const id = useId();
  const last = years.length - 1;
  const fromIndex = Math.max(0, years.indexOf(from));
  const toIndex = years.indexOf(to) < 0 ? last : years.indexOf(to);
  const first = years[0] ?? from;
  const lastYear = years[last] ?? to;
  const yearAt = (i: number) => years[Math.min(Math.max(i, 0), last)] ?? first;
  return (
    <fieldset className={styles.period}>
      <legend className={styles.periodLegend}>
        {t.periodLegend}:{' '}
        <output htmlFor={`${id}-from ${id}-to`} data-testid="series-period">
          {t.periodValue(from, to)}
        </output>
      </legend>
      <div className={styles.periodSliders}>
        <label className={styles.periodLabel} htmlFor={`${id}-from`}>
          {t.periodStart}
        </label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={fromIndex}
          aria-valuetext={String(from)}
          onChange={(e) => {
            const i = Math.min(Number(e.currentTarget.value), toIndex);
            onChange(yearAt(i), to);
          }}
        />
        <label className={styles.periodLabel} htmlFor={`${id}-to`}>
          {t.periodEnd}
        </label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={toIndex}
          aria-valuetext={String(to)}
          onChange={(e) => {
            const i = Math.max(Number(e.currentTarget.value), fromIndex);
            onChange(from, yearAt(i));
          }}
        />
      </div>
      <p className={styles.periodEnds} aria-hidden="true">
        <span>{first}</span>
        <span>{lastYear}</span>
      </p>
      {from !== first || to !== lastYear ? (
        <button type="button" className={styles.periodReset} onClick={() => onChange(first, lastYear)}>
          {t.periodReset}
        </button>
      ) : null}
    </fieldset>
  );
}
