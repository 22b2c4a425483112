'use client';

import { useRef } from 'react';
import { ChartExportButtons, type ChartExportMeta } from '@/components/export/chart-export-buttons';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { verdictSummaryText } from '@/lib/export/verdict-text';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import styles from './comparison-chart.module.css';
import { LegendKey } from './comparison-legend';
import { isBad } from './comparison-marks';
import { Panel } from './comparison-panel';
import type { ComparisonData } from './comparison-points';
import { COMPARISON_STRINGS } from './comparison-strings';
import { useNarrow } from './use-narrow';

const UNPLOTTED_REASONS = ['implied', 'not-computed'] as const;

/**
 * Small multiples comparing each printed claim's figure with the figure recomputed from the
 * table: one panel (own axis, own unit) per set of terms, so unlike units never share an axis.
 * Each panel has an aria-label summary; the full data follows in a <details> table.
 * @example <ComparisonChart data={buildComparison(rows, 'vi')} lang="vi" />
 */
export function ComparisonChart({
  data,
  lang,
  exportMeta,
}: {
  data: ComparisonData;
  lang: Lang;
  /** Title, years and source for the "Tải PNG / Tải SVG" images; no buttons without it. */
  exportMeta?: Omit<ChartExportMeta, 'verdictText' | 'unit'>;
}) {
  const t = COMPARISON_STRINGS[lang];
  const narrow = useNarrow();
  const panelsRef = useRef<HTMLDivElement>(null);
  const plotted = data.panels.flatMap((p) => p.points);
  const bad = plotted.filter((p) => isBad(p.verdict)).length + data.unplotted.filter((u) => isBad(u.verdict)).length;
  return (
    <div className={styles.chart}>
      {plotted.length === 0 ? (
        <p className={styles.empty}>{t.nothingToPlot}</p>
      ) : (
        <>
          <p className={styles.overall}>{t.overall(plotted.length, bad)}</p>
          {exportMeta ? (
            <ChartExportButtons
              targetRef={panelsRef}
              lang={lang}
              meta={{
                ...exportMeta,
                unit: null,
                verdictText: verdictSummaryText([...plotted, ...data.unplotted].map((p) => p.verdict), lang),
                legend: `◇ ${t.legendClaimed} · ● ${t.legendComputed} · ✓ ✗ ⇅ ≈ ${t.legendVerdict}`,
              }}
            />
          ) : null}
          <LegendKey lang={lang} arrows={data.panels.some((p) => p.terms.startsWith('direction:'))} />
          <div className={styles.panels} ref={panelsRef}>
            {data.panels.map((panel, index) => (
              <Panel key={panel.terms} panel={panel} index={index} lang={lang} narrow={narrow} />
            ))}
          </div>
        </>
      )}
      {data.unplotted.length > 0 ? (
        <section className={styles.unplotted} aria-labelledby="unplotted-heading">
          <h3 id="unplotted-heading" className={styles.panelTitle}>
            {t.unplottedHeading}
          </h3>
          {UNPLOTTED_REASONS.map((reason) => {
            const items = data.unplotted.filter((u) => u.reason === reason);
            if (items.length === 0) return null;
            return (
              <div key={reason}>
                <p>{t.unplottedReason[reason]}</p>
                <ul>
                  {items.map((u) => (
                    <li key={u.key}>
                      <a href={`#row-${u.row}`}>{u.indicator}</a>: “{u.claim}” <VerdictBadge verdict={u.verdict} lang={lang} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}
      {plotted.length > 0 ? (
        <details className={styles.data}>
          <summary>{t.dataHeading}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.dataIndicator}</th>
                <th scope="col">{t.dataClaim}</th>
                <th scope="col">{t.dataClaimed}</th>
                <th scope="col">{t.dataComputed}</th>
                <th scope="col">{t.dataUnit}</th>
                <th scope="col">{t.dataVerdict}</th>
              </tr>
            </thead>
            <tbody>
              {data.panels.flatMap((panel) =>
                panel.points.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{p.indicator}</th>
                    <td>{p.claim}</td>
                    <td className={styles.num}>{p.claimedLabel}</td>
                    <td className={styles.num}>{p.computedLabel}</td>
                    <td>{panel.unit}</td>
                    <td>{VERDICT_LABELS[p.verdict].word[lang]}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}
