import { formatNumber } from '@/lib/numbers/format-number';
import { indexSeries } from '@/lib/series/index-series';
import { linearAxis } from '@/lib/series/linear-scale';
import { logAxis } from '@/lib/series/log-scale';

/** How the series is drawn: values as printed, rebased to first year = 100, or on a log scale. */
export type SeriesMode = 'absolute' | 'index' | 'log';

export const SERIES_MODES: readonly SeriesMode[] = ['absolute', 'index', 'log'];

/** One printed value, as the chart receives it (plain and serialisable). */
export interface SeriesChartPoint {
  readonly year: number;
  readonly value: number;
  /** The text as printed (`3.957,9`, `147.210`). */
  readonly raw: string;
  /** True when the value carries a data-quality warning (drawn with ⚠). */
  readonly warning: boolean;
}

/** `left`: beside the point, for a value so close to the axis that a label below it would sit on the year ticks. */
export type LabelPlacement = 'above' | 'below' | 'left';
export type LabelAnchor = 'start' | 'middle' | 'end';
/** A year tick's line under the axis, or `null` when it is too close to others to label. */
export type TickRow = 0 | 1 | null;

/** A row of the drawn chart. */
export interface SeriesChartRow {
  readonly year: number;
  /** The y value drawn: the value, or its index in index mode. */
  readonly plotted: number;
  /** The direct label beside the marker: the printed text, or the index. */
  readonly label: string;
  readonly raw: string;
  readonly warning: boolean;
  readonly placement: LabelPlacement;
  readonly anchor: LabelAnchor;
}

export type SeriesChartModel =
  | {
      readonly ok: true;
      readonly mode: SeriesMode;
      readonly rows: readonly SeriesChartRow[];
      readonly scale: 'linear' | 'log';
      /** Explicit y domain and ticks; `null` only if no round ticks exist (the chart then picks its own). */
      readonly yDomain: readonly [number, number] | null;
      readonly yTicks: readonly number[] | null;
      /** The years, for x ticks at their true distance. */
      readonly years: readonly number[];
      /** Tick line per year (0 under the axis, 1 one line lower, null unlabelled). */
      readonly tickRows: Readonly<Record<number, TickRow>>;
    }
  | { readonly ok: false; readonly mode: SeriesMode; readonly reason: 'empty' | 'non-positive' };

/** Two points closer than this share of the year span are "close": their labels go on opposite sides. */
export const CLOSE_SPAN_FRACTION = 0.06;

/** Year ticks closer than this share of the span alternate between two lines. */
export const TICK_CLOSE_FRACTION = 0.12;

/** Digits of an index label (`160,7`). */
const INDEX_DECIMALS = 1;
const WARNING_MARK = '⚠';

/**
 * Where each point's direct label goes so that neighbours a year apart do not overprint each other:
 * above, unless a close neighbour is higher (or equal and earlier), then below.
 *
 * @example
 * placeLabels([{ year: 1991, value: 147 }, { year: 2008, value: 236 }, { year: 2009, value: 228 }]);
 * // ['above', 'above', 'below']
 */
export function placeLabels(points: readonly { year: number; value: number }[], closeFraction = CLOSE_SPAN_FRACTION): LabelPlacement[] {
  const years = points.map((p) => p.year);
  const span = Math.max(...years) - Math.min(...years);
  return points.map((p, i) => {
    const beaten = points.some((q, j) => {
      if (j === i || span === 0 || Math.abs(q.year - p.year) / span >= closeFraction) return false;
      return q.value > p.value || (q.value === p.value && q.year < p.year);
    });
    return beaten ? 'below' : 'above';
  });
}

/** Below this share of the y range above the axis, a label below the point would overprint the year ticks. */
const NEAR_AXIS_FRACTION = 0.1;

/**
 * Moves a "below" label of a point close to the x axis beside the point instead, so it does not
 * overprint the year labels under the axis.
 *
 * @example
 * liftOffAxis(['above', 'below'], [393.6, 361.8], [0, 4000]) // ['above', 'left']
 */
export function liftOffAxis(placements: readonly LabelPlacement[], plotted: readonly number[], domain: readonly [number, number] | null): LabelPlacement[] {
  if (domain === null || !(domain[1] > domain[0])) return [...placements];
  const [lo, hi] = domain;
  return placements.map((p, i) => (p === 'below' && ((plotted[i] ?? hi) - lo) / (hi - lo) < NEAR_AXIS_FRACTION ? 'left' : p));
}

/**
 * Which line each year tick goes on: a year close to the last year on the first line drops to the
 * second, so 2008 and 2009 both stay readable; a year close to the last tick on both lines is not
 * labelled (`null`) — its value is still in the data table.
 *
 * @example
 * staggerTicks([1991, 2008, 2009, 2015, 2022]); // { 1991: 0, 2008: 0, 2009: 1, 2015: 0, 2022: 0 }
 */
export function staggerTicks(years: readonly number[], closeFraction = TICK_CLOSE_FRACTION): Record<number, TickRow> {
  const ordered = [...years].sort((a, b) => a - b);
  const span = (ordered[ordered.length - 1] ?? 0) - (ordered[0] ?? 0);
  const rows: Record<number, TickRow> = {};
  const last: [number | null, number | null] = [null, null];
  const free = (row: 0 | 1, y: number) => {
    const prev = last[row];
    return prev === null || span === 0 || (y - prev) / span >= closeFraction;
  };
  for (const y of ordered) {
    const row: TickRow = free(0, y) ? 0 : free(1, y) ? 1 : null;
    rows[y] = row;
    if (row !== null) last[row] = y;
  }
  return rows;
}

/**
 * Which modes a series can be drawn in: index needs a positive first value, log needs every value positive.
 *
 * @example
 * availableModes([{ year: 2009, value: 0 }, …]); // { absolute: true, index: false, log: false }
 */
export function availableModes(points: readonly SeriesChartPoint[]): Record<SeriesMode, boolean> {
  return {
    absolute: points.length > 0,
    index: indexSeries(points).ok,
    log: logAxis(points.map((p) => p.value)).ok,
  };
}

/**
 * Builds what the line chart draws in a mode: the rows (year order), scale, y domain and ticks,
 * direct labels (printed text with ⚠, or the index) and where they sit.
 *
 * @example
 * buildSeriesChart([{ year: 2009, value: 10.6, raw: '10,6', warning: false }, …], 'index').rows[0].label // '100'
 */
export function buildSeriesChart(points: readonly SeriesChartPoint[], mode: SeriesMode): SeriesChartModel {
  if (points.length === 0) return { ok: false, mode, reason: 'empty' };
  const ordered = [...points].sort((a, b) => a.year - b.year);
  let plotted: number[] = ordered.map((p) => p.value);
  let labels: string[] = ordered.map((p) => (p.warning ? `${p.raw} ${WARNING_MARK}` : p.raw));
  let scale: 'linear' | 'log' = 'linear';
  let yDomain: readonly [number, number] | null = null;
  let yTicks: readonly number[] | null = null;
  if (mode === 'index') {
    const indexed = indexSeries(ordered);
    if (!indexed.ok) return { ok: false, mode, reason: 'non-positive' };
    plotted = indexed.points.map((p) => p.index);
    labels = indexed.points.map((p, i) => {
      const text = p.index === 100 ? '100' : formatNumber(p.index, INDEX_DECIMALS);
      return ordered[i]?.warning ? `${text} ${WARNING_MARK}` : text;
    });
  }
  if (mode === 'log') {
    const axis = logAxis(plotted);
    if (!axis.ok) return { ok: false, mode, reason: 'non-positive' };
    scale = 'log';
    yDomain = axis.domain;
    yTicks = axis.ticks;
  } else {
    const axis = linearAxis(plotted);
    if (axis.ok) {
      yDomain = axis.domain;
      yTicks = axis.ticks;
    }
  }
  const placements = liftOffAxis(
    placeLabels(ordered.map((p, i) => ({ year: p.year, value: plotted[i] ?? p.value }))),
    plotted,
    scale === 'linear' ? yDomain : null,
  );
  const last = ordered.length - 1;
  const rows = ordered.map((p, i): SeriesChartRow => ({
    year: p.year,
    plotted: plotted[i] ?? p.value,
    label: labels[i] ?? p.raw,
    raw: p.raw,
    warning: p.warning,
    placement: placements[i] ?? 'above',
    anchor: last === 0 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle',
  }));
  const years = ordered.map((p) => p.year);
  return { ok: true, mode, rows, scale, yDomain, yTicks, years, tickRows: staggerTicks(years) };
}
