import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Text,
  XAxis,
  YAxis,
  type ScatterShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatNumber } from '@/lib/numbers/format-number';
import { VERDICT_LABELS, type Lang } from '@/lib/verify/labels';
import styles from './comparison-chart.module.css';
import { Dumbbell } from './comparison-marks';
import type { ComparisonPanel } from './comparison-points';
import { COMPARISON_STRINGS } from './comparison-strings';

const ROW_HEIGHT = 54;
/** On phones the indicator name is drawn above its row (two lines at most) instead of in a side axis. */
const ROW_HEIGHT_NARROW = 92;
const AXIS_HEIGHT = 44;

function IndicatorTick({ x, y, payload, names, width }: YAxisTickContentProps & { names: ReadonlyMap<string, string>; width: number }) {
  const name = names.get(String(payload.value)) ?? String(payload.value);
  return (
    <Text x={x} y={y} width={width} maxLines={3} textAnchor="end" verticalAnchor="middle" className={styles.tick} fill="#1f2430">
      {name}
    </Text>
  );
}

/**
 * One small multiple: its heading, an aria-label summary and a dumbbell per indicator on its own axis.
 * @example <Panel panel={data.panels[0]} index={0} lang="vi" narrow={false} />
 */
export function Panel({ panel, index, lang, narrow }: { panel: ComparisonPanel; index: number; lang: Lang; narrow: boolean }) {
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
