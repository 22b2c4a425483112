import { Text, usePlotArea, useXAxisScale } from 'recharts';
import { VERDICT_LABELS } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import styles from './comparison-chart.module.css';
import type { ComparisonPoint } from './comparison-points';

/** Ink per verdict tone; shape and the verdict symbol carry the meaning in black and white. */
const TONE_INK = {
  ok: '#1a6b35',
  warn: '#8a4b00',
  bad: '#b3261e',
  info: '#1d4f91',
  muted: '#4d5562',
} as const;

/**
 * True when the verdict's tone is "bad" (mismatch, wrong direction).
 * @example isBad('wrong_direction') // → true; isBad('match') → false
 */
export function isBad(verdict: Verdict): boolean {
  return VERDICT_LABELS[verdict].tone === 'bad';
}

/**
 * SVG path of a diamond of half-width r centred on (x, y).
 * @example diamondPath(10, 10, 7) // → "M10,3 L17,10 L10,17 L3,10 Z"
 */
export function diamondPath(x: number, y: number, r: number): string {
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
      {/* On the side of the zero line the change goes, so the label never straddles it. */}
      <text
        x={point.computed < 0 ? Math.min(cx, zeroX) - 4 : Math.max(cx, zeroX) + 4}
        y={cy + 22}
        textAnchor={point.computed < 0 ? 'end' : 'start'}
        className={styles.computedLabel}
        fill={ink}
      >
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
 * @example <Dumbbell cx={120} cy={40} point={point} showName={false} />
 */
export function Dumbbell({ cx, cy, point, showName }: { cx: number; cy: number; point: ComparisonPoint; showName: boolean }) {
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
