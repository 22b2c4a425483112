'use client';

import { useId } from 'react';
import { useViewState } from '@/lib/url-state/use-view-state';
import { formatNumber } from '@/lib/numbers/format-number';
import { growthBetweenYears } from '@/lib/series/growth';
import { formatAnnualGrowth, formatChangeWords, formatPointChange, formatRatio } from '@/lib/series/format-growth';
import type { Lang } from '@/lib/verify/labels';
import { INDICATOR_STRINGS } from './strings';
import styles from './growth-calculator.module.css';

export interface GrowthPoint {
  readonly year: number;
  readonly value: number;
  readonly decimals: number;
  readonly warning: boolean;
}

/** One labelled year picker of the calculator. */
function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Two year pickers and the average annual growth between them: ((to / from)^(1 / years) − 1) × 100,
 * with the total change as a percent and a multiplier, and the arithmetic written out.
 * @example <GrowthCalculator points={[{ year: 2015, value: 7600, decimals: 0, warning: false }, …]} unit="Tỷ đồng" lang="vi" />
 */
export function GrowthCalculator({ points, unit, lang }: { points: readonly GrowthPoint[]; unit: string; lang: Lang }) {
  const t = INDICATOR_STRINGS[lang];
  const years = [...points].sort((a, b) => a.year - b.year).map((p) => p.year);
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? 0;
  // The chosen years live in the URL (`?from=2015&to=2022`) so a shared link shows the same growth.
  const [view, setView] = useViewState({ from: firstYear, to: lastYear });
  const fromYear = view.from !== null && years.includes(view.from) ? view.from : firstYear;
  const toYear = view.to !== null && years.includes(view.to) ? view.to : lastYear;
  // Each picker writes only its own year: the URL merges it with the other, so a second pick made before this
  // render has read the first one's URL keeps both (a pick of both from the closure put back the stale year).
  const setFromYear = (year: number) => setView({ from: year });
  const setToYear = (year: number) => setView({ to: year });
  const fromId = useId();
  const toId = useId();

  if (years.length < 2) return <p className={styles.message} data-message="">
        {t.growthSingle}
      </p>;

  const result = growthBetweenYears(points, fromYear, toYear);
  const warned = points.filter((p) => (p.year === fromYear || p.year === toYear) && p.warning).map((p) => String(p.year));
  const show = (year: number) => {
    const p = points.find((q) => q.year === year);
    return p ? formatNumber(p.value, p.decimals) : '';
  };

  const fromPoint = points.find((p) => p.year === fromYear);
  const toPoint = points.find((p) => p.year === toYear);
  const pointChange =
    result.ok && fromPoint && toPoint
      ? formatPointChange(fromPoint.value, toPoint.value, Math.max(fromPoint.decimals, toPoint.decimals), unit, lang)
      : null;

  const failure = result.ok
    ? null
    : result.reason === 'reversed'
      ? t.growthReversed
      : result.reason === 'same-year'
        ? t.growthSameYear
        : t.growthNonPositive;

  return (
    <div className={styles.calculator}>
      <div className={styles.pickers}>
        <YearSelect id={fromId} label={t.growthFrom} years={years} value={fromYear} onChange={setFromYear} />
        <span className={styles.arrow} aria-hidden="true">
          →
        </span>
        <YearSelect id={toId} label={t.growthTo} years={years} value={toYear} onChange={setToYear} />
      </div>
      <output className={styles.result} htmlFor={`${fromId} ${toId}`} aria-live="polite">
        {result.ok ? (
          <>
            <span className={styles.annualLabel}>{result.annualPercent < 0 ? t.growthAnnualDown : t.growthAnnual}</span>{' '}
            <strong className={styles.annual} data-testid="average-annual-growth">
              {formatAnnualGrowth(Math.abs(result.annualPercent), lang)}
            </strong>
            <span className={styles.total}>
              {t.growthTotal(result.from.year, result.to.year, result.years)}:{' '}
              <strong>{formatChangeWords(result.changePercent, lang)}</strong> ({formatRatio(result.ratio)})
            </span>
            {pointChange ? (
              <span className={styles.total}>
                {t.growthPoints}: <strong>{pointChange}</strong>
              </span>
            ) : null}
            <span className={styles.formula}>
              {t.growthFormula}: ({show(result.to.year)} / {show(result.from.year)})
              <sup>1/{result.years}</sup> − 1 = {formatNumber(result.annualPercent, 2)}%
            </span>
          </>
        ) : (
          <span className={styles.message} data-message="">
            {failure}
          </span>
        )}
      </output>
      {result.ok && warned.length > 0 ? <p className={styles.warning} data-message="">
          {t.growthWarning(warned.join(', '))}
        </p> : null}
      {pointChange ? <p className={`${styles.note} muted`}>{t.growthRateNote}</p> : null}
    </div>
  );
}
