'use client';

import { useId, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
} from 'recharts';
import { ChartExportButtons } from '@/components/export/chart-export-buttons';
import { formatNumber } from '@/lib/numbers/format-number';
import { useViewState } from '@/lib/url-state/use-view-state';
import type { Lang } from '@/lib/verify/labels';
import {
  availableModes,
  buildSeriesChart,
  SERIES_MODES,
  type SeriesChartPoint,
  type SeriesChartRow,
  type SeriesMode,
  type TickRow,
} from './series-chart-data';
import { SERIES_CHART_STRINGS } from './series-chart-strings';
import styles from './series-chart.module.css';

export type { SeriesChartPoint, SeriesMode };

/** Dark enough to print as black; one series, so colour carries no meaning. */
const INK = '#1a4f8b';
const TEXT = '#1b1f24';
const LABEL_GAP_ABOVE = 10;
const LABEL_GAP_BELOW = 19;
const TRIANGLE = 6;

function isRow(value: unknown): value is SeriesChartRow {
  return typeof value === 'object' && value !== null && 'plotted' in value && 'label' in value;
}

/** Circle for a value; a hollow triangle for a value with a data-quality warning; its printed label beside it. */
function PointMarker(props: DotItemDotProps) {
  const { cx, cy, payload, index } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number' || !isRow(payload)) return <g key={`dot-${index}`} />;
  const labelY = payload.placement === 'above' ? cy - LABEL_GAP_ABOVE : cy + LABEL_GAP_BELOW;
  return (
    <g key={`dot-${index}`} className={styles.point} data-year={payload.year}>
      {payload.warning ? (
        <path
          d={`M${cx} ${cy - TRIANGLE} L${cx + TRIANGLE} ${cy + TRIANGLE * 0.75} L${cx - TRIANGLE} ${cy + TRIANGLE * 0.75} Z`}
          fill="#fff"
          stroke={TEXT}
          strokeWidth={2}
        />
      ) : (
        <circle cx={cx} cy={cy} r={4.5} fill="#fff" stroke={INK} strokeWidth={2.5} />
      )}
      <text x={cx} y={labelY} textAnchor={payload.anchor} className={styles.pointLabel}>
        {payload.label}
      </text>
    </g>
  );
}

const TICK_LINE = 14;

/** A year under the axis, on the first or second line (years close together alternate), or none. */
function yearTick(rows: Readonly<Record<number, TickRow>>) {
  return function YearTick(props: XAxisTickContentProps) {
    const year = Number(props.payload.value);
    const row = rows[year];
    if (row === null || row === undefined) return <g />;
    const x = Number(props.x);
    const y = Number(props.y) + 12 + row * TICK_LINE;
    return (
      <g>
        {row === 1 ? <line x1={x} x2={x} y1={Number(props.y) - 2} y2={y - 10} stroke={TEXT} strokeWidth={1} /> : null}
        <text x={x} y={y} textAnchor="middle" fill={TEXT} fontSize={12}>
          {year}
        </text>
      </g>
    );
  };
}

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
}: {
  name: string;
  unit: string;
  points: readonly SeriesChartPoint[];
  lang: Lang;
  /** Where the figures come from, for the exported image's source line. */
  source?: { document: string; section: string | null };
}) {
  const s = SERIES_CHART_STRINGS[lang];
  // The mode lives in the URL (`?mode=index`), so a reload or a shared link shows the same chart.
  const [view, setView] = useViewState({ mode: 'absolute' });
  const mode: SeriesMode = view.mode ?? 'absolute';
  const setMode = (m: SeriesMode) => setView({ mode: m });
  const plotRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const axisId = useId();
  const modes = availableModes(points);
  const model = buildSeriesChart(points, modes[mode] ? mode : 'absolute');
  const shownMode = model.mode;
  const tickFormat = (v: number): string => (shownMode === 'index' ? formatNumber(v, 0) : formatNumber(v));

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
        {model.ok && source ? (
          <ChartExportButtons
            targetRef={plotRef}
            lang={lang}
            meta={{
              title: name,
              unit: s.axisTitle(unit, shownMode),
              years: points.map((p) => p.year),
              source,
            }}
          />
        ) : null}
      </div>
      {model.ok ? (
        <>
          <p id={axisId} className={styles.axisTitle} data-testid="series-y-axis-title">
            {s.axisTitle(unit, shownMode)}
          </p>
          <div
            ref={plotRef}
            className={styles.plot}
            role="img"
            aria-label={s.summary(name, unit, shownMode, model.rows)}
            aria-describedby={axisId}
          >
            <LineChart
              responsive
              style={{ width: '100%', height: '100%' }}
              data={model.rows as SeriesChartRow[]}
              margin={{ top: 26, right: 18, bottom: 8, left: 4 }}
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
                domain={model.yDomain ? [...model.yDomain] : [0, 'auto']}
                ticks={model.yTicks ? [...model.yTicks] : undefined}
                tickFormatter={tickFormat}
                width="auto"
                stroke={TEXT}
                tick={{ fill: TEXT, fontSize: 12 }}
              />
              {shownMode === 'index' ? <ReferenceLine y={100} stroke={TEXT} strokeDasharray="5 4" strokeWidth={1} /> : null}
              <Tooltip content={renderTooltip} cursor={{ stroke: TEXT, strokeDasharray: '3 3' }} isAnimationActive={false} />
              <Line
                dataKey="plotted"
                type="linear"
                stroke={INK}
                strokeWidth={2.5}
                dot={PointMarker}
                activeDot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </div>
          {model.rows.some((r) => r.warning) ? <p className={styles.legend}>{s.warningMark}</p> : null}
        </>
      ) : (
        <p className={styles.unavailable}>{s.modeUnavailable[shownMode]}</p>
      )}
    </figure>
  );
}
