import { claimTermsOf, termsUnit } from '@/components/tables/claim-terms';
import { TABLE_STRINGS } from '@/components/tables/strings';
import type { ChartTerms, ReportRow } from '@/components/tables/types';
import type { Direction, Qualifier } from '@/lib/claims/types';
import { formatNumber } from '@/lib/numbers/format-number';
import type { Lang } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import { panelTitle } from './comparison-strings';

/** One indicator in a panel: the printed figure and the recomputed one, with labels as printed. */
export interface ComparisonPoint {
  /** Unique within the chart (`<tableId>:<line>`); also the category on the value axis' cross axis. */
  readonly key: string;
  readonly row: number;
  readonly indicator: string;
  readonly claim: string;
  readonly verdict: Verdict;
  /** The printed figure; `null` for a direction-only claim, which states only `claimedDirection`. */
  readonly claimed: number | null;
  readonly claimedDirection: Direction | null;
  /** `> 10`, `3,8`: the qualifier sign and the figure with its printed decimals; `tăng`/`giảm` for a direction claim. */
  readonly claimedLabel: string;
  readonly computed: number;
  /** At the claim's precision plus one decimal (`3,75`); signed for a direction claim (`-0,31`). */
  readonly computedLabel: string;
}

/** Figures in one set of terms: one small chart with its own value axis. */
export interface ComparisonPanel {
  readonly terms: ChartTerms;
  readonly title: string;
  readonly unit: string;
  readonly scale: 'linear' | 'log';
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly points: readonly ComparisonPoint[];
}

/** A claim the chart cannot draw, listed beside it so nothing is silently dropped. */
export interface UnplottedClaim {
  readonly key: string;
  readonly row: number;
  readonly indicator: string;
  readonly claim: string;
  readonly verdict: Verdict;
  /** `implied`: one value is missing (the table shows the implied value); `not-computed`: anything else. */
  readonly reason: 'implied' | 'not-computed';
}

export interface ComparisonData {
  readonly panels: readonly ComparisonPanel[];
  readonly unplotted: readonly UnplottedClaim[];
}

/** A panel switches to a log axis when its largest figure is at least this many times its smallest. */
const LOG_SPAN = 20;
const MAX_LOG_TICKS = 8;
const STEPS = [1, 2, 5] as const;

/** The smallest 1-2-5 step ≥ `x` (x > 0). */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const s of STEPS) if (s * power >= x) return s * power;
  return 10 * power;
}

function linearAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const span = Math.max(max, 0) - Math.min(min, 0);
  if (!(span > 0)) return { domain: [0, 1], ticks: [0, 1] };
  const step = niceStep(span / 4);
  const top = Math.ceil((Math.max(max, 0) + span * 0.04) / step);
  const bottom = Math.floor(Math.min(min, 0) / step);
  const ticks: number[] = [];
  // Integer multiples avoid accumulating floating-point error (0,1 + 0,2 …).
  for (let i = bottom; i <= top; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], ticks };
}

function logAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const candidates: number[] = [];
  const first = Math.floor(Math.log10(min));
  const last = Math.ceil(Math.log10(max));
  for (let p = first; p <= last; p++) for (const s of STEPS) candidates.push(Number((s * 10 ** p).toPrecision(12)));
  const lo = Math.max(...candidates.filter((t) => t <= min));
  const hi = Math.min(...candidates.filter((t) => t >= max));
  const inside = candidates.filter((t) => t >= lo && t <= hi);
  // Over many decades, 1-2-5 ticks crowd a phone-width axis: keep the ends and the powers of ten.
  const ticks = inside.length <= MAX_LOG_TICKS ? inside : inside.filter((t, i) => i === 0 || i === inside.length - 1 || isPowerOfTen(t));
  return { domain: [lo, hi], ticks };
}

function isPowerOfTen(x: number): boolean {
  return Number.isInteger(Math.round(Math.log10(x) * 1e9) / 1e9);
}

function qualifierSign(q: Qualifier | null): string {
  return q === 'lower' ? '> ' : q === 'upper' ? '< ' : q === 'about' ? '≈ ' : '';
}

function signed(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

interface Group {
  readonly unit: string;
  readonly points: ComparisonPoint[];
}

function panelOf(terms: ChartTerms, group: Group, lang: Lang): ComparisonPanel {
  const { unit, points } = group;
  const title = panelTitle(terms, lang);
  if (terms.startsWith('direction:')) {
    // Changes of either sign around a zero line: symmetric, so both arrow directions fit.
    const reach = Math.max(...points.map((p) => Math.abs(p.computed)));
    return { terms, title, unit, scale: 'linear', ...linearAxis(-reach, reach), points };
  }
  const values = points.flatMap((p) => (p.claimed === null ? [p.computed] : [p.claimed, p.computed]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const useLog = min > 0 && max / min >= LOG_SPAN;
  const axis = useLog ? logAxis(min, max) : linearAxis(min, max);
  return { terms, title, unit, scale: useLog ? 'log' : 'linear', ...axis, points };
}

/**
 * Splits a table's claims into small-multiple panels, one per set of terms (times, %, ‰,
 * points, %/year, % of plan, each absolute unit; direction-only claims by the row's unit), so
 * figures in different units never share a value axis. A claim whose figure could not be
 * recomputed goes to `unplotted`. Panels keep the table's order of first appearance.
 *
 * @example
 * buildComparison(rows, 'vi').panels[0].points[0]
 * // { indicator: 'GDP bình quân đầu người', claimedLabel: '3,8', computedLabel: '3,75', verdict: 'match', … }
 */
export function buildComparison(rows: readonly ReportRow[], lang: Lang): ComparisonData {
  const t = TABLE_STRINGS[lang];
  const byTerms = new Map<ChartTerms, Group>();
  const unplotted: UnplottedClaim[] = [];
  for (const row of rows) {
    // Unparsed claims have no figure at all: the table shows them with their verdict.
    if (row.claim === null || row.verdict === 'none' || row.figure === null) continue;
    const base = { key: row.key, row: row.row, indicator: row.indicator, claim: row.claim, verdict: row.verdict };
    if (row.computed === null || !Number.isFinite(row.computed)) {
      unplotted.push({ ...base, reason: row.verdict === 'implied' ? 'implied' : 'not-computed' });
      continue;
    }
    const figure = row.figure;
    const claimTerms = claimTermsOf(figure, row.unit);
    let terms: ChartTerms;
    let unit: string;
    let point: ComparisonPoint;
    if (claimTerms === null || figure.value === null) {
      terms = `direction:${row.unit}`;
      unit = row.unit === '%' ? t.units.points : row.unit;
      point = {
        ...base,
        claimed: null,
        claimedDirection: figure.direction,
        claimedLabel: figure.direction === 'down' ? t.directionDown : figure.direction === 'up' ? t.directionUp : '?',
        computed: row.computed,
        computedLabel: signed(row.computed),
      };
    } else {
      terms = claimTerms;
      unit = termsUnit(claimTerms, lang);
      const decimals = figure.decimals ?? 0;
      point = {
        ...base,
        claimed: figure.value,
        claimedDirection: figure.direction,
        claimedLabel: `${qualifierSign(figure.qualifier)}${formatNumber(figure.value, decimals)}`,
        computed: row.computed,
        computedLabel: formatNumber(row.computed, decimals + 1),
      };
    }
    const group = byTerms.get(terms);
    if (group) group.points.push(point);
    else byTerms.set(terms, { unit, points: [point] });
  }
  const panels = [...byTerms].map(([terms, group]) => panelOf(terms, group, lang));
  return { panels, unplotted };
}
