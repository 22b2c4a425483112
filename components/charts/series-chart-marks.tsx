'use client';

import type { DotItemDotProps, XAxisTickContentProps } from 'recharts';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import type { SeriesChartRow, TickRow } from './series-chart-data';
import styles from './series-chart.module.css';
import type { ClaimMark } from './series-period';

/*
 * The marks the series chart draws itself (recharts calls them): the value points with their
 * printed labels, the numbered claim badges and the two-line year ticks.
 */

/** Dark enough to print as black; one series, so colour carries no meaning. */
export const INK = '#1a4f8b';
/** Axis, tick and warning-mark ink. */
export const TEXT = '#1b1f24';
const LABEL_GAP_ABOVE = 10;
const LABEL_GAP_BELOW = 19;
const TRIANGLE = 6;

/** A chart row (recharts hands payloads over untyped). @example isRow({ plotted: 1, label: '1' }) // true */
export function isRow(value: unknown): value is SeriesChartRow {
  return typeof value === 'object' && value !== null && 'plotted' in value && 'label' in value;
}

/** Circle for a value; a hollow triangle for a value with a data-quality warning; its printed label beside it. */
export function PointMarker(props: DotItemDotProps) {
  const { cx, cy, payload, index } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number' || !isRow(payload)) return <g key={`dot-${index}`} />;
  const left = payload.placement === 'left';
  const labelY = payload.placement === 'above' ? cy - LABEL_GAP_ABOVE : left ? cy + 4 : cy + LABEL_GAP_BELOW;
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
      <text x={left ? cx - 9 : cx} y={labelY} textAnchor={left ? 'end' : payload.anchor} className={styles.pointLabel}>
        {payload.label}
      </text>
    </g>
  );
}

/** The ink of a claim badge per verdict tone (white text on it passes contrast). */
export const TONE_INK = { ok: '#1a6b35', warn: '#7a4d00', bad: '#a4231b', info: '#1c559c', muted: '#4d5562' } as const;

/** A claim's number in a dark disc above the point its comparison ends on (stacked when several end there). */
export function claimBadge(mark: ClaimMark) {
  return function ClaimBadge(props: { cx?: number; cy?: number }) {
    const cx = Number(props.cx ?? 0);
    const cy = Number(props.cy ?? 0) - 36 - mark.stack * 22;
    const ink = TONE_INK[VERDICT_LABELS[mark.claim.verdict].tone];
    return (
      <g className="claim-mark" data-claim={mark.n}>
        <circle cx={cx} cy={cy} r={9.5} fill={ink} stroke="#fff" strokeWidth={1.5} />
        <text x={cx} y={cy + 4} textAnchor="middle" fill="#fff" fontSize={11.5} fontWeight={700}>
          {mark.n}
        </text>
      </g>
    );
  };
}

const TICK_LINE = 14;

/** A year under the axis, on the first or second line (years close together alternate), or none. */
export function yearTick(rows: Readonly<Record<number, TickRow>>) {
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
