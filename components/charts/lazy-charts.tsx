'use client';

/**
 * The recharts-based charts, loaded after the page's first paint. recharts 3 draws its SVG only
 * in the browser, so rendering it on the server gains nothing, and splitting it out keeps it
 * (about 110 KB gzipped) out of every route's first-load JavaScript. The placeholder keeps the
 * chart's space so nothing jumps when it arrives.
 */
import dynamic from 'next/dynamic';
import styles from './lazy-charts.module.css';

function placeholder(height: number) {
  function ChartPlaceholder() {
    return (
      <div className={styles.placeholder} style={{ minHeight: height }} aria-busy="true">
        <span className={styles.label}>Đang vẽ biểu đồ… / Drawing the chart…</span>
      </div>
    );
  }
  return ChartPlaceholder;
}

export const SeriesChart = dynamic(() => import('./series-chart').then((m) => m.SeriesChart), {
  ssr: false,
  loading: placeholder(420),
});

export const ComparisonChart = dynamic(() => import('./comparison-chart').then((m) => m.ComparisonChart), {
  ssr: false,
  loading: placeholder(360),
});

export const Sparkline = dynamic(() => import('./sparkline').then((m) => m.Sparkline), {
  ssr: false,
  loading: placeholder(48),
});

export const VerdictSummaryChart = dynamic(() => import('./verdict-summary-chart').then((m) => m.VerdictSummaryChart), {
  ssr: false,
  loading: placeholder(220),
});
