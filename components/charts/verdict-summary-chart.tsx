'use client';

import { Bar, BarChart, LabelList, XAxis, YAxis, type BarShapeProps } from 'recharts';

export type ChartTone = 'ok' | 'warn' | 'bad' | 'info' | 'muted';

export interface VerdictBar {
  readonly verdict: string;
  readonly count: number;
  readonly word: string;
  readonly symbol: string;
  readonly tone: ChartTone;
  /** The filtered report for this verdict (`/kiem-tra?verdict=…`); the bar links there when given. */
  readonly href?: string;
}

/** Tone colours; each tone also has its own pattern so the bars differ in black-and-white print. */
const TONE_COLOURS: Readonly<Record<ChartTone, { fg: string; bg: string }>> = {
  bad: { fg: '#a4231b', bg: '#fde8e6' },
  warn: { fg: '#7a4d00', bg: '#fff1cc' },
  info: { fg: '#1c559c', bg: '#e3edfa' },
  muted: { fg: '#4e5661', bg: '#eceef1' },
  ok: { fg: '#1c6b36', bg: '#1c6b36' },
};

const BAR_HEIGHT = 26;
const ROW_HEIGHT = 40;

function patternId(tone: ChartTone): string {
  return `verdict-pattern-${tone}`;
}

/** Hatching for problems, dots for near-matches, rings for implied, plain grey and solid green. */
function TonePatterns() {
  const { bad, warn, info, muted } = TONE_COLOURS;
  return (
    <defs>
      <pattern id={patternId('bad')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={bad.bg} />
        <line x1="0" y1="0" x2="0" y2="8" stroke={bad.fg} strokeWidth="4" />
      </pattern>
      <pattern id={patternId('warn')} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill={warn.bg} />
        <circle cx="3.5" cy="3.5" r="1.6" fill={warn.fg} />
      </pattern>
      <pattern id={patternId('info')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={info.bg} />
        <line x1="0" y1="4" x2="8" y2="4" stroke={info.fg} strokeWidth="2" />
      </pattern>
      <pattern id={patternId('muted')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={muted.bg} />
        <path d="M0 6 L6 0" stroke={muted.fg} strokeWidth="1" />
      </pattern>
    </defs>
  );
}

function BarShape(props: BarShapeProps) {
  const entry = props.payload as VerdictBar | undefined;
  const tone = entry?.tone ?? 'muted';
  const fill = tone === 'ok' ? TONE_COLOURS.ok.fg : `url(#${patternId(tone)})`;
  const y = props.y + (props.height - BAR_HEIGHT) / 2;
  const rect = (
    <rect
      x={props.x}
      y={y}
      width={Math.max(props.width, 2)}
      height={BAR_HEIGHT}
      fill={fill}
      stroke={TONE_COLOURS[tone].fg}
      strokeWidth={1.5}
      rx={2}
    />
  );
  if (!entry?.href) return rect;
  // Keyboard and screen-reader users have the same links in the table beside the chart.
  return (
    <a href={entry.href} tabIndex={-1} aria-hidden="true" className="verdict-chart__link">
      {rect}
    </a>
  );
}

function BarLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown; index?: number; data: readonly (VerdictBar & { text: string })[] }) {
  const entry = props.index === undefined ? undefined : props.data[props.index];
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2 + 5;
  const text = (
    <text x={x} y={y} fill="#1b1f24" fontSize={14} fontWeight={600}>
      {String(props.value ?? '')}
    </text>
  );
  if (!entry?.href) return text;
  return (
    <a href={entry.href} tabIndex={-1} aria-hidden="true" className="verdict-chart__link">
      {text}
    </a>
  );
}

/**
 * Counts of checked claims by verdict, worst first, as horizontal bars. Each bar carries its
 * count, symbol and verdict word as a direct label, so neither colour nor a legend is needed.
 * A bar with an `href` links (bar and label) to the report filtered to its verdict.
 * @example <VerdictSummaryChart bars={bars} label="Số nhận định theo kết quả kiểm tra" />
 */
export function VerdictSummaryChart({ bars, label }: { bars: readonly VerdictBar[]; label: string }) {
  const data = bars.map((b) => ({ ...b, text: `${b.count} · ${b.symbol} ${b.word}` }));
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW_HEIGHT + 10;
  return (
    <div className="verdict-chart" role="group" aria-label={label} style={{ width: '100%', height }}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 5, right: 8, bottom: 5, left: 0 }}
        accessibilityLayer={false}
      >
        <TonePatterns />
        {/* Room on the right for the direct labels, whatever the width. */}
        <XAxis type="number" domain={[0, max * 2.2]} hide />
        <YAxis type="category" dataKey="verdict" hide />
        <Bar dataKey="count" shape={BarShape} isAnimationActive={false}>
          <LabelList dataKey="text" content={(p) => <BarLabel {...p} data={data} />} />
        </Bar>
      </BarChart>
    </div>
  );
}
