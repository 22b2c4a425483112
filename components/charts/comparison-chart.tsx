'use client';

import { useRef, useSyncExternalStore } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Text,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  type ScatterShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { ChartExportButtons, type ChartExportMeta } from '@/components/export/chart-export-buttons';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { verdictSummaryText } from '@/lib/export/verdict-text';
import { formatNumber } from '@/lib/numbers/format-number';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import styles from './comparison-chart.module.css';
import type { ComparisonData, ComparisonPanel, ComparisonPoint } from './comparison-points';
import { COMPARISON_STRINGS } from './comparison-strings';

/** Ink per verdict tone; shape and the verdict symbol carry the meaning in black and white. */
const TONE_INK = {
  ok: '#1a6b35',
  warn: '#8a4b00',
  bad: '#b3261e',
  info: '#1d4f91',
  muted: '#4d5562',
} as const;

const ROW_HEIGHT = 54;
/** On phones the indicator name is drawn above its row (two lines at most) instead of in a side axis. */
const ROW_HEIGHT_NARROW = 92;
const AXIS_HEIGHT = 44;
const NARROW_QUERY = '(max-width: 640px)';
const UNPLOTTED_REASONS = ['implied', 'not-computed'] as const;

function subscribeNarrow(onChange: () => void): () => void {
  const mql = window.matchMedia(NARROW_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/** True on phone-width screens; false during server rendering. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

function isBad(verdict: Verdict): boolean {
  return VERDICT_LABELS[verdict].tone === 'bad';
}

function diamondPath(x: number, y: number, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

/** The verdict symbol at the right edge of the plot: the verdict survives black-and-white printing. */
function VerdictMark({ cy, verdict }: { cy: number; verdict: Verdict }) {
  const plot = usePlotArea();
  if (plot === undefined) return null;
  const label = VERDICT_LABELS[verdict];
  return (
    <text x={plot.x + plot.width + 10} y={cy + 6} className={styles.verdictSymbol} fill={TONE_INK[label.tone]}>
      {label.symbol}
    </text>
  );
}

/** On phones: the indicator's name above its row, across the plot width. */
function RowName({ cy, name }: { cy: number; name: string }) {
  const plot = usePlotArea();
  if (plot === undefined) return null;
  return (
    <Text x={plot.x} y={cy - 58} width={plot.width} maxLines={2} verticalAnchor="start" className={styles.rowName} fill="#1f2430">
      {name}
    </Text>
  );
}

/**
 * A direction-only claim: a black arrow from zero in the stated direction (above the row line)
 * and, on the row line, the actual change from zero to a filled circle. Opposite sides of the
 * zero line mean the claim has the direction wrong.
 */
function DirectionMark({ cx, cy, point, showName }: { cx: number; cy: number; point: ComparisonPoint; showName: boolean }) {
  const xScale = useXAxisScale();
  const zeroX = xScale?.(0);
  if (zeroX === undefined) return null;
  const ink = TONE_INK[VERDICT_LABELS[point.verdict].tone];
  const bad = isBad(point.verdict);
  const way = point.claimedDirection === 'down' ? -1 : 1;
  const tip = zeroX + way * 30;
  const ay = cy - 14;
  return (
    <g className={styles.dumbbell} data-verdict={point.verdict}>
      {point.claimedDirection ? (
        <>
          <line x1={zeroX} x2={tip - way * 7} y1={ay} y2={ay} stroke="#111" strokeWidth={2} />
          <path d={`M${tip},${ay} L${tip - way * 8},${ay - 5} L${tip - way * 8},${ay + 5} Z`} fill="#fff" stroke="#111" strokeWidth={1.5} />
          <text x={tip + way * 5} y={ay + 4} textAnchor={way > 0 ? 'start' : 'end'} className={styles.claimedLabel}>
            {point.claimedLabel}
          </text>
        </>
      ) : null}
      <line x1={zeroX} x2={cx} y1={cy} y2={cy} stroke={ink} strokeWidth={bad ? 3 : 1.5} strokeDasharray={bad ? undefined : '4 3'} />
      <circle cx={cx} cy={cy} r={6} fill={ink} stroke="#111" strokeWidth={1} />
      <text x={cx} y={cy + 22} textAnchor="middle" className={styles.computedLabel} fill={ink}>
        {point.computedLabel}
      </text>
      <VerdictMark cy={cy} verdict={point.verdict} />
      {showName ? <RowName cy={cy} name={point.indicator} /> : null}
    </g>
  );
}

/**
 * One indicator: a hollow diamond at the printed figure, a filled circle at the recomputed one,
 * a line between them, direct labels (printed above, recomputed below) and the verdict symbol
 * at the right edge of the plot.
 */
function Dumbbell({ cx, cy, point, showName }: { cx: number; cy: number; point: ComparisonPoint; showName: boolean }) {
  const xScale = useXAxisScale();
  if (point.claimed === null) return <DirectionMark cx={cx} cy={cy} point={point} showName={showName} />;
  const claimedX = xScale?.(point.claimed);
  if (claimedX === undefined) return null;
  const ink = TONE_INK[VERDICT_LABELS[point.verdict].tone];
  const bad = isBad(point.verdict);
  const apart = Math.abs(claimedX - cx) > 34;
  // When the two markers sit close, the labels go on either side instead of on top of each other.
  const claimedAnchor = apart ? 'middle' : claimedX <= cx ? 'end' : 'start';
  const computedAnchor = apart ? 'middle' : claimedX <= cx ? 'start' : 'end';
  const nudge = apart ? 0 : claimedX <= cx ? -4 : 4;
  return (
    <g className={styles.dumbbell} data-verdict={point.verdict}>
      <line
        x1={claimedX}
        x2={cx}
        y1={cy}
        y2={cy}
        stroke={ink}
        strokeWidth={bad ? 3 : 1.5}
        strokeDasharray={bad ? undefined : '4 3'}
      />
      <circle cx={cx} cy={cy} r={5} fill={ink} stroke="#111" strokeWidth={1} />
      {/* Unfilled, so a circle sitting on the diamond (a close match) stays visible inside it. */}
      <path d={diamondPath(claimedX, cy, 9)} fill="none" stroke="#111" strokeWidth={2} />
      <text x={claimedX + nudge} y={cy - 13} textAnchor={claimedAnchor} className={styles.claimedLabel}>
        {point.claimedLabel}
      </text>
      <text x={cx - nudge} y={cy + 22} textAnchor={computedAnchor} className={styles.computedLabel} fill={ink}>
        {point.computedLabel}
      </text>
      <VerdictMark cy={cy} verdict={point.verdict} />
      {showName ? <RowName cy={cy} name={point.indicator} /> : null}
    </g>
  );
}

function IndicatorTick({ x, y, payload, names, width }: YAxisTickContentProps & { names: ReadonlyMap<string, string>; width: number }) {
  const name = names.get(String(payload.value)) ?? String(payload.value);
  return (
    <Text x={x} y={y} width={width} maxLines={3} textAnchor="end" verticalAnchor="middle" className={styles.tick} fill="#1f2430">
      {name}
    </Text>
  );
}

function Panel({ panel, index, lang, narrow }: { panel: ComparisonPanel; index: number; lang: Lang; narrow: boolean }) {
  const t = COMPARISON_STRINGS[lang];
  const headingId = `comparison-panel-${index}`;
  const names = new Map(panel.points.map((p) => [p.key, p.indicator]));
  const byKey = new Map(panel.points.map((p) => [p.key, p]));
  const yWidth = narrow ? 0 : 230;
  const height = panel.points.length * (narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT) + AXIS_HEIGHT + (narrow ? 20 : 8);
  const summary = [
    panel.terms.startsWith('direction:')
      ? t.directionSummary(panel.unit, panel.points.length)
      : t.panelSummary(panel.title, panel.unit, panel.points.length),
    ...panel.points.map((p) =>
      t.pointSummary(p.indicator, p.claimedLabel, p.computedLabel, VERDICT_LABELS[p.verdict].word[lang]),
    ),
  ].join('. ');
  const axisLabel = panel.scale === 'log' ? `${panel.unit}, ${t.axisLog}` : panel.unit;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelTitle}>
        {panel.title} <span className={styles.panelUnit}>({axisLabel})</span>
      </h3>
      <div role="img" aria-label={summary} className={styles.plot} style={{ height }}>
        <ScatterChart
          responsive
          style={{ width: '100%', height }}
          margin={{ top: narrow ? 20 : 8, right: 34, bottom: 8, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="2 4" stroke="#b8bec8" />
          {panel.domain[0] < 0 ? <ReferenceLine x={0} stroke="#111" strokeWidth={1.5} /> : null}
          <XAxis
            type="number"
            dataKey="computed"
            scale={panel.scale}
            domain={[panel.domain[0], panel.domain[1]]}
            ticks={[...panel.ticks]}
            interval="preserveStartEnd"
            tickFormatter={(v: number) => formatNumber(v)}
            height={AXIS_HEIGHT}
            label={{ value: axisLabel, position: 'insideBottom', offset: 0, className: styles.axisLabel }}
            tick={{ className: styles.tick }}
          />
          <YAxis
            type="category"
            dataKey="key"
            reversed
            hide={narrow}
            width={yWidth}
            interval={0}
            allowDuplicatedCategory={false}
            tickLine={false}
            tick={(props: YAxisTickContentProps) => <IndicatorTick {...props} names={names} width={yWidth - 10} />}
          />
          <Scatter
            data={[...panel.points]}
            isAnimationActive={false}
            legendType="none"
            shape={(props: ScatterShapeProps) => {
              const point = byKey.get(String((props.payload as { key?: unknown } | undefined)?.key));
              if (!point || props.cx === undefined || props.cy === undefined) return <g />;
              return <Dumbbell cx={props.cx} cy={props.cy} point={point} showName={narrow} />;
            }}
          />
        </ScatterChart>
      </div>
    </section>
  );
}

function LegendKey({ lang, arrows }: { lang: Lang; arrows: boolean }) {
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

/**
 * Small multiples comparing each printed claim's figure with the figure recomputed from the
 * table: one panel (own axis, own unit) per set of terms, so unlike units never share an axis.
 * Each panel has an aria-label summary; the full data follows in a <details> table.
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
