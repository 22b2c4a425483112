'use client';

import { useId, useRef, useState, type CSSProperties } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ChartExportButtons } from '@/components/export/chart-export-buttons';
import { DataLink } from '@/components/export/data-link';
import { formatNumber } from '@/lib/numbers/format-number';
import { linearAxis } from '@/lib/series/linear-scale';
import { useViewState } from '@/lib/url-state/use-view-state';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import { CompareChooser, COMPARE_STYLES } from './compare-chooser';
import { ClaimMarkList, CompareLegend } from './series-chart-lists';
import { PeriodControl } from './period-control';
import { claimBadge, INK, isRow, PointMarker, TEXT, TONE_INK, yearTick } from './series-chart-marks';
import {
  availableModes,
  buildSeriesChart,
  SERIES_MODES,
  type SeriesChartPoint,
  type SeriesChartRow,
  type SeriesMode,
} from './series-chart-data';
import { SERIES_CHART_STRINGS } from './series-chart-strings';
import styles from './series-chart.module.css';
import { SERIES_EXTRAS_STRINGS } from './series-extras-strings';
import { choosePeriod, claimMarks, comparisonLines, type ChartClaim, type ComparableSeries } from './series-period';

export type { ChartClaim, ComparableSeries, SeriesChartPoint, SeriesMode };

/**
 * The line chart of one indicator across the years the document prints, with a toggle between
 * values, an index (first year = 100) and a log scale. Years sit at their true distance; each
 * point has a marker and its printed value; ⚠ marks values with a data-quality warning.
 * @example <SeriesChart name="Tổng sản lượng lương thực có hạt" unit="Nghìn tấn" points={points} lang="vi" />
 */
export function SeriesChart({
  name,
  unit,
  points,
  lang,
  source,
  others = [],
  claims = [],
  data = null,
}: {
  name: string;
  unit: string;
  points: readonly SeriesChartPoint[];
  lang: Lang;
  /** Where the figures come from, for the exported image's source line. */
  source?: { document: string; section: string | null };
  /** Other indicators of the dataset that may be drawn beside this one in index mode. */
  others?: readonly ComparableSeries[];
  /** The claims about the indicator, marked on the line and listed under it. */
  claims?: readonly ChartClaim[];
  /** The chart's data as a CSV file, for the "Lấy số liệu" link. */
  data?: { readonly csv: string; readonly fileName: string } | null;
}) {
  const s = SERIES_CHART_STRINGS[lang];
  const x = SERIES_EXTRAS_STRINGS[lang];
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  // Mode and period live in the URL (`?mode=index&from=2009&to=2022`), so a shared link shows the same
  // chart; the period is the one the growth calculator uses too.
  const first = years[0] ?? null;
  const last = years[years.length - 1] ?? null;
  const [view, setView] = useViewState({ mode: 'absolute', from: first, to: last });
  const mode: SeriesMode = view.mode ?? 'absolute';
  const setMode = (m: SeriesMode) => setView({ mode: m });
  const period = choosePeriod(years, view.from, view.to);
  const shown = points.filter((p) => p.year >= period.from && p.year <= period.to);
  const [compared, setCompared] = useState<readonly string[]>([]);
  const plotRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const axisId = useId();
  const modes = availableModes(shown);
  const model = buildSeriesChart(shown, modes[mode] ? mode : 'absolute');
  const shownMode = model.mode;
  const tickFormat = (v: number): string => (shownMode === 'index' ? formatNumber(v, 0) : formatNumber(v));
  const axisTitle = shownMode === 'index' && period.from !== first ? x.indexAxis(period.from) : s.axisTitle(unit, shownMode);
  const chosen = others.filter((o) => compared.includes(o.id));
  const lines = shownMode === 'index' ? comparisonLines(chosen, period.from, period.to) : [];
  const marks = model.ok ? claimMarks(claims, model.rows) : [];
  // With compared lines the y axis must hold every line.
  const combined = model.ok && lines.length > 0 ? linearAxis([...model.rows.map((r) => r.plotted), ...lines.flatMap((l) => l.rows.map((r) => r.plotted))]) : null;
  const yDomain = combined?.ok ? combined.domain : model.ok ? model.yDomain : null;
  const yTicks = combined?.ok ? combined.ticks : model.ok ? model.yTicks : null;
  const toggleCompared = (id: string) => {
    const next = compared.includes(id) ? compared.filter((c) => c !== id) : [...compared, id];
    setCompared(next);
    if (next.length > 0 && mode !== 'index' && modes.index) setMode('index');
  };
  const claimLines = marks.map(
    (m) => `${m.n}. ${x.claimYears(m.claim.fromYear, m.claim.toYear)} “${m.claim.text}”: ${VERDICT_LABELS[m.claim.verdict].symbol} ${VERDICT_LABELS[m.claim.verdict].word[lang]}`,
  );
  // Room above the top value for the claim numbers stacked over it; the plot grows by as much.
  const marksRoom = marks.length > 0 ? 30 + 22 * Math.max(...marks.map((m) => m.stack)) : 0;
  const notes = [...new Set(marks.map((m) => m.claim.note).filter((n): n is string => n !== null && n.trim() !== ''))];

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload;
    if (!active || !isRow(row)) return null;
    return (
      <div className={styles.tooltip}>
        <strong>{row.year}</strong>
        <div>
          {s.tooltipPrinted}: <span className="num">{row.raw}</span>
          {row.warning ? ' ⚠' : ''}
        </div>
        {shownMode === 'index' ? (
          <div>
            {s.tooltipIndex}: <span className="num">{row.label.replace(' ⚠', '')}</span>
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <figure className={`chart-figure ${styles.figure}`}>
      {/* One year has no trend: an index or a log scale would add nothing. */}
      <div className={styles.toolbar} hidden={points.length < 2}>
        <div className={styles.modes} role="group" aria-label={s.modeGroup} aria-describedby={hintId}>
          {SERIES_MODES.map((m) => (
            <button
              key={m}
              type="button"
              className={styles.modeButton}
              aria-pressed={shownMode === m}
              disabled={!modes[m]}
              title={modes[m] ? undefined : s.modeUnavailable[m]}
              onClick={() => setMode(m)}
            >
              {s.mode[m]}
            </button>
          ))}
        </div>
        <p id={hintId} className={styles.hint}>
          {s.modeHint[shownMode]}
        </p>
        {data ? <DataLink csv={data.csv} fileName={data.fileName} lang={lang} /> : null}
        {model.ok && source ? (
          <ChartExportButtons
            targetRef={plotRef}
            lang={lang}
            meta={{
              title: name,
              unit: axisTitle,
              years: { from: period.from, to: period.to },
              source,
              modeSlug: shownMode === 'absolute' ? null : shownMode === 'index' ? 'chi-so' : 'thang-log',
              claims: claimLines,
              notes,
              legend: lines.length > 0 ? [name, ...lines.map((l) => `${l.name} (${x.compareBase(l.baseYear)})`)].join(' · ') : null,
            }}
          />
        ) : null}
      </div>
      {years.length > 2 ? (
        <PeriodControl years={years} from={period.from} to={period.to} onChange={(from, to) => setView({ from, to })} lang={lang} />
      ) : null}
      {others.length > 0 && points.length > 1 ? (
        <>
          <CompareChooser others={others} selected={compared} onToggle={toggleCompared} lang={lang} />
          {compared.length > 0 && shownMode !== 'index' ? <p className={styles.hint}>{x.compareIndexOnly}</p> : null}
        </>
      ) : null}
      {model.ok ? (
        <>
          <p id={axisId} className={styles.axisTitle} data-testid="series-y-axis-title">
            {axisTitle}
          </p>
          <div
            ref={plotRef}
            className={styles.plot}
            style={{ '--marks-room': `${marksRoom}px` } as CSSProperties}
            role="img"
            aria-label={s.summary(name, unit, shownMode, model.rows)}
            aria-describedby={axisId}
          >
            <LineChart
              responsive
              style={{ width: '100%', height: '100%' }}
              data={model.rows as SeriesChartRow[]}
              margin={{ top: 26 + marksRoom, right: 18, bottom: 8, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#d3d8df" strokeDasharray="2 4" vertical={false} />
              <XAxis
                dataKey="year"
                type="number"
                domain={['dataMin', 'dataMax']}
                ticks={model.years as number[]}
                tick={yearTick(model.tickRows)}
                interval={0}
                height={Object.values(model.tickRows).includes(1) ? 40 : 26}
                padding={{ left: 14, right: 14 }}
                stroke={TEXT}
              />
              <YAxis
                type="number"
                scale={model.scale}
                domain={yDomain ? [...yDomain] : [0, 'auto']}
                ticks={yTicks ? [...yTicks] : undefined}
                tickFormatter={tickFormat}
                width="auto"
                stroke={TEXT}
                tick={{ fill: TEXT, fontSize: 12 }}
              />
              {shownMode === 'index' ? <ReferenceLine y={100} stroke={TEXT} strokeDasharray="5 4" strokeWidth={1} /> : null}
              <Tooltip content={renderTooltip} cursor={{ stroke: TEXT, strokeDasharray: '3 3' }} isAnimationActive={false} />
              {lines.map((line, i) => {
                const style = COMPARE_STYLES[i % COMPARE_STYLES.length] ?? { stroke: TEXT, dash: '4 4' };
                return (
                  <Line
                    key={line.id}
                    data={line.rows as { year: number; plotted: number }[]}
                    dataKey="plotted"
                    name={line.name}
                    type="linear"
                    stroke={style.stroke}
                    strokeDasharray={style.dash}
                    strokeWidth={2}
                    dot={false}
                    activeDot={false}
                    isAnimationActive={false}
                  />
                );
              })}
              <Line
                dataKey="plotted"
                type="linear"
                stroke={INK}
                strokeWidth={2.5}
                dot={PointMarker}
                activeDot={false}
                isAnimationActive={false}
              />
              {marks.map((m) =>
                m.fromYear !== null && m.fromY !== null ? (
                  <ReferenceLine
                    key={`seg-${m.n}`}
                    segment={[
                      { x: m.fromYear, y: m.fromY },
                      { x: m.toYear, y: m.toY },
                    ]}
                    stroke={TONE_INK[VERDICT_LABELS[m.claim.verdict].tone]}
                    strokeDasharray="3 3"
                    strokeWidth={1.5}
                    ifOverflow="visible"
                  />
                ) : null,
              )}
              {marks.map((m) => (
                <ReferenceDot key={`mark-${m.n}`} x={m.toYear} y={m.toY} r={0} shape={claimBadge(m)} ifOverflow="visible" />
              ))}
            </LineChart>
          </div>
          {lines.length > 0 ? <CompareLegend name={name} lines={lines} periodFrom={period.from} lang={lang} /> : null}
          {marks.length > 0 ? <ClaimMarkList marks={marks} lang={lang} /> : null}
          {model.rows.some((r) => r.warning) ? <p className={styles.legend}>{s.warningMark}</p> : null}
        </>
      ) : (
        <p className={styles.unavailable}>{s.modeUnavailable[shownMode]}</p>
      )}
    </figure>
  );
}
