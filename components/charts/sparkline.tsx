'use client';

import { Line, LineChart, XAxis, YAxis } from 'recharts';

export interface SparklinePoint {
  readonly year: number;
  readonly value: number;
}

/**
 * A small line of a series, one marker per printed value (readable in black and white).
 * Years sit at their true distance on the x axis, so uneven gaps between years are not hidden.
 * Decorative to assistive technology except for `label`, which must summarise the series.
 * @example <Sparkline points={[{ year: 2009, value: 10.6 }, { year: 2022, value: 39.8 }]} label="…" />
 */
export function Sparkline({
  points,
  label,
  width = 132,
  height = 44,
}: {
  points: readonly SparklinePoint[];
  label: string;
  width?: number;
  height?: number;
}) {
  const data = points.map((p) => ({ year: p.year, value: p.value }));
  return (
    <div className="sparkline" role="img" aria-label={label} style={{ width, height }}>
      <LineChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 5, right: 5, bottom: 5, left: 5 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} hide />
        <YAxis type="number" domain={['auto', 'auto']} hide />
        <Line
          dataKey="value"
          type="linear"
          stroke="#1a4f8b"
          strokeWidth={2}
          dot={{ r: 2.5, fill: '#fff', stroke: '#1a4f8b', strokeWidth: 1.5 }}
          activeDot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
