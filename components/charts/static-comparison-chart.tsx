import { formatNumber } from '@/lib/numbers/format-number';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import type { ComparisonPanel, ComparisonPoint } from './comparison-points';
import { COMPARISON_STRINGS } from './comparison-strings';

/** Drawn for paper: a fixed width that fits the A4 print area; the SVG scales down with the page. */
const WIDTH = 680;
const NAME_WIDTH = 220;
const PLOT_LEFT = NAME_WIDTH + 16;
const PLOT_RIGHT = WIDTH - 34;
const ROW_HEIGHT = 50;
const TOP = 14;
const AXIS_HEIGHT = 30;
const NAME_CHARS = 32;
const TEXT = '#1b1f24';

const TONE_INK = { ok: '#1a6b35', warn: '#7a4d00', bad: '#a4231b', info: '#1c559c', muted: '#4d5562' } as const;

/** Splits a name into at most two lines of about `NAME_CHARS` characters, word by word. */
function nameLines(name: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(' ')) {
    if (line !== '' && (line + ' ' + word).length > NAME_CHARS) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= 2) return lines;
  return [lines[0] ?? '', `${lines.slice(1).join(' ').slice(0, NAME_CHARS - 1)}…`];
}

/** A diamond of half-width r centred on (x, y) (as the interactive chart draws the printed figure). */
function diamondPath(x: number, y: number, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

function scaleOf(panel: ComparisonPanel): (v: number) => number {
  const [lo, hi] = panel.domain;
  const width = PLOT_RIGHT - PLOT_LEFT;
  if (panel.scale === 'log') {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    return (v) => PLOT_LEFT + ((Math.log10(v) - a) / (b - a || 1)) * width;
  }
  return (v) => PLOT_LEFT + ((v - lo) / (hi - lo || 1)) * width;
}

function PointRow({ point, y, x }: { point: ComparisonPoint; y: number; x: (v: number) => number }) {
  const label = VERDICT_LABELS[point.verdict];
  const ink = TONE_INK[label.tone];
  const bad = label.tone === 'bad';
  const cx = x(point.computed);
  const lines = nameLines(point.indicator);
  const names = lines.map((line, i) => (
    <text key={i} x={NAME_WIDTH} y={y + 4 + (i - (lines.length - 1) / 2) * 15} textAnchor="end" fontSize={12.5} fill={TEXT}>
      {line}
    </text>
  ));
  const verdict = (
    <text x={PLOT_RIGHT + 12} y={y + 6} fontSize={17} fontWeight={700} fill={ink}>
      {label.symbol}
    </text>
  );
  if (point.claimed === null) {
    const zero = x(0);
    const way = point.claimedDirection === 'down' ? -1 : 1;
    const tip = zero + way * 30;
    const ay = y - 12;
    return (
      <g data-verdict={point.verdict}>
        {names}
        {point.claimedDirection ? (
          <>
            <path d={`M${zero},${ay} L${tip},${ay}`} stroke="#111" strokeWidth={2} fill="none" />
            <path d={`M${tip + way * 2},${ay} L${tip - way * 6},${ay - 5} L${tip - way * 6},${ay + 5} Z`} fill="#fff" stroke="#111" strokeWidth={1.5} />
            <text x={tip + way * 6} y={ay + 4} textAnchor={way > 0 ? 'start' : 'end'} fontSize={12} fill={TEXT}>
              {point.claimedLabel}
            </text>
          </>
        ) : null}
        <path className="series" d={`M${zero},${y} L${cx},${y}`} stroke={ink} strokeWidth={bad ? 3 : 1.5} strokeDasharray={bad ? undefined : '4 3'} fill="none" />
        <circle cx={cx} cy={y} r={5.5} fill={ink} stroke="#111" strokeWidth={1} />
        <text x={point.computed < 0 ? Math.min(cx, zero) - 4 : Math.max(cx, zero) + 4} y={y + 20} textAnchor={point.computed < 0 ? 'end' : 'start'} fontSize={12} fontWeight={600} fill={ink}>
          {point.computedLabel}
        </text>
        {verdict}
      </g>
    );
  }
  const px = x(point.claimed);
  const apart = Math.abs(px - cx) > 34;
  const nudge = apart ? 0 : px <= cx ? -4 : 4;
  const claimedAnchor = apart ? 'middle' : px <= cx ? 'end' : 'start';
  const computedAnchor = apart ? 'middle' : px <= cx ? 'start' : 'end';
  return (
    <g data-verdict={point.verdict}>
      {names}
      <path className="series" d={`M${px},${y} L${cx},${y}`} stroke={ink} strokeWidth={bad ? 3 : 1.5} strokeDasharray={bad ? undefined : '4 3'} fill="none" />
      <circle cx={cx} cy={y} r={5} fill={ink} stroke="#111" strokeWidth={1} />
      <path d={diamondPath(px, y, 8)} fill="none" stroke="#111" strokeWidth={2} />
      <text x={px + nudge} y={y - 12} textAnchor={claimedAnchor} fontSize={12} fill={TEXT}>
        {point.claimedLabel}
      </text>
      <text x={cx - nudge} y={y + 21} textAnchor={computedAnchor} fontSize={12} fontWeight={600} fill={ink}>
        {point.computedLabel}
      </text>
      {verdict}
    </g>
  );
}

/**
 * One comparison panel drawn as plain SVG on the server (no script, nothing to wait for): per
 * indicator a hollow diamond at the printed figure, a filled circle at the recomputed one, the
 * line between them, direct labels and the verdict symbol. For the print view, where a chart
 * that draws itself after load could be printed as a placeholder.
 * @example <StaticComparisonPanel panel={data.panels[0]} lang="vi" />
 */
export function StaticComparisonPanel({ panel, lang }: { panel: ComparisonPanel; lang: Lang }) {
  const t = COMPARISON_STRINGS[lang];
  const x = scaleOf(panel);
  const height = TOP + panel.points.length * ROW_HEIGHT + AXIS_HEIGHT;
  const axisY = TOP + panel.points.length * ROW_HEIGHT;
  const summary = panel.terms.startsWith('direction:')
    ? t.directionSummary(panel.unit, panel.points.length)
    : t.panelSummary(panel.title, panel.unit, panel.points.length);
  return (
    <figure className="static-chart" data-chart-ready="true">
      <figcaption className="static-chart__title">
        {panel.title} ({panel.unit}
        {panel.scale === 'log' ? `, ${t.axisLog}` : ''})
      </figcaption>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={summary}
        data-chart-surface=""
        fontFamily="'Be Vietnam Pro', sans-serif"
      >
        {panel.ticks.map((tick) => (
          <g key={tick}>
            <path d={`M${x(tick)},${TOP - 6} L${x(tick)},${axisY}`} stroke="#d3d8df" strokeWidth={1} strokeDasharray={tick === 0 ? undefined : '2 4'} />
            <text x={x(tick)} y={axisY + 18} textAnchor="middle" fontSize={11.5} fill={TEXT}>
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <path d={`M${PLOT_LEFT},${axisY} L${PLOT_RIGHT},${axisY}`} stroke={TEXT} strokeWidth={1} />
        {panel.points.map((point, i) => (
          <PointRow key={point.key} point={point} y={TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2} x={x} />
        ))}
      </svg>
    </figure>
  );
}
