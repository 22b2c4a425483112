import type { VerdictBar } from './verdict-summary-chart';

const WIDTH = 360;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;
const TEXT = '#1b1f24';
const TONE = {
  bad: { fg: '#a4231b', bg: '#fde8e6' },
  warn: { fg: '#7a4d00', bg: '#fff1cc' },
  info: { fg: '#1c559c', bg: '#e3edfa' },
  muted: { fg: '#4e5661', bg: '#eceef1' },
  ok: { fg: '#1c6b36', bg: '#1c6b36' },
} as const;

/**
 * Counts of claims by verdict as horizontal bars, drawn as plain SVG on the server so a printed
 * page never waits for it. Each bar carries its count, symbol and word; hatching for problems,
 * a dashed outline for near-matches, so the bars differ in black-and-white print.
 * @example <StaticVerdictBars bars={bars} label="Số nhận định theo kết quả kiểm tra" />
 */
export function StaticVerdictBars({ bars, label }: { bars: readonly VerdictBar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barSpace = WIDTH * 0.5;
  const height = bars.length * ROW_HEIGHT + 8;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} data-chart-surface="">
      <defs>
        <pattern id="print-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={TONE.bad.bg} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={TONE.bad.fg} strokeWidth="4" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const tone = TONE[bar.tone];
        const width = Math.max(2, (bar.count / max) * barSpace);
        const y = 4 + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        const fill = bar.tone === 'bad' ? 'url(#print-hatch)' : tone.bg;
        return (
          <g key={bar.verdict} data-verdict={bar.verdict}>
            <path
              d={`M0,${y} h${width} v${BAR_HEIGHT} h${-width} Z`}
              fill={fill}
              stroke={tone.fg}
              strokeWidth={1.5}
              strokeDasharray={bar.tone === 'warn' ? '4 2' : undefined}
            />
            <text x={width + 8} y={y + BAR_HEIGHT / 2 + 5} fontSize={14} fontWeight={600} fill={TEXT}>
              {`${bar.count} · ${bar.symbol} ${bar.word}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
