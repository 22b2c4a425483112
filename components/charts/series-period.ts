import type { Verdict } from '@/lib/verify/types';

/** Another indicator of the dataset that can be drawn beside the page's one (index mode). */
export interface ComparableSeries {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
}

/** A comparison line, rebased so its base year = 100. */
export interface ComparisonLine {
  readonly id: string;
  readonly name: string;
  /** The chosen start year when the series has it, else its first year in the period. */
  readonly baseYear: number;
  readonly rows: readonly { readonly year: number; readonly plotted: number }[];
}

/** A claim about the indicator, as the chart marks it. */
export interface ChartClaim {
  readonly text: string;
  readonly verdict: Verdict;
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** The row's note (`Ghi chú`), if any. */
  readonly note: string | null;
}

/** A claim marked on the line: its number, the segment it covers, in the chart's y units. */
export interface ClaimMark {
  readonly n: number;
  readonly claim: ChartClaim;
  readonly toYear: number;
  readonly toY: number;
  /** `null` for a claim on one year (a plan claim) or whose start year is outside the period. */
  readonly fromYear: number | null;
  readonly fromY: number | null;
  /** Several claims ending on one year stack their numbers: 0, 1, 2… */
  readonly stack: number;
}

/**
 * The period to draw: the chosen years when both are printed years in order, else the whole
 * series (a reversed or unknown choice falls back, so the chart never goes blank).
 *
 * @example
 * choosePeriod([1991, 2008, 2009, 2015, 2022], 2009, 2022) // { from: 2009, to: 2022 }
 * choosePeriod([1991, 2008, 2009, 2015, 2022], 2022, 2009) // { from: 1991, to: 2022 }
 */
export function choosePeriod(years: readonly number[], from: number | null, to: number | null): { from: number; to: number } {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const lo = from !== null && sorted.includes(from) ? from : first;
  const hi = to !== null && sorted.includes(to) ? to : last;
  return lo <= hi ? { from: lo, to: hi } : { from: first, to: last };
}

/**
 * The comparison lines for a period: each series' positive values within it, rebased on the
 * period's start year (or the series' first year in the period when it lacks that year). A
 * series with fewer than two values in the period is left out.
 *
 * @example
 * comparisonLines([{ id: 'b', name: 'B', unit: 'Tấn', points: [{ year: 2009, value: 50 }, { year: 2022, value: 75 }] }], 2009, 2022)
 * // [{ id: 'b', name: 'B', baseYear: 2009, rows: [{ year: 2009, plotted: 100 }, { year: 2022, plotted: 150 }] }]
 */
export function comparisonLines(series: readonly ComparableSeries[], from: number, to: number): ComparisonLine[] {
  const lines: ComparisonLine[] = [];
  for (const s of series) {
    const inside = s.points.filter((p) => p.year >= from && p.year <= to && p.value > 0).sort((a, b) => a.year - b.year);
    const base = inside.find((p) => p.year === from) ?? inside[0];
    if (!base || inside.length < 2) continue;
    lines.push({
      id: s.id,
      name: s.name,
      baseYear: base.year,
      rows: inside.map((p) => ({ year: p.year, plotted: p.year === base.year ? 100 : (p.value / base.value) * 100 })),
    });
  }
  return lines;
}

/**
 * The claims to mark on the line: those whose end year is drawn, numbered from 1 in the given
 * order, with the drawn y of both ends (the start is dropped when it is not drawn).
 *
 * @example
 * claimMarks([{ text: 'Tăng 3,8 lần', verdict: 'match', fromYear: 2009, toYear: 2022, note: null }], [{ year: 2009, plotted: 10.6 }, { year: 2022, plotted: 39.8 }])
 * // [{ n: 1, toYear: 2022, toY: 39.8, fromYear: 2009, fromY: 10.6, stack: 0, claim: … }]
 */
export function claimMarks(claims: readonly ChartClaim[], rows: readonly { readonly year: number; readonly plotted: number }[]): ClaimMark[] {
  const at = new Map(rows.map((r) => [r.year, r.plotted]));
  const stacks = new Map<number, number>();
  const marks: ClaimMark[] = [];
  for (const claim of claims) {
    if (claim.toYear === null) continue;
    const toY = at.get(claim.toYear);
    if (toY === undefined) continue;
    const fromY = claim.fromYear !== null && claim.fromYear !== claim.toYear ? at.get(claim.fromYear) : undefined;
    const stack = stacks.get(claim.toYear) ?? 0;
    stacks.set(claim.toYear, stack + 1);
    marks.push({
      n: marks.length + 1,
      claim,
      toYear: claim.toYear,
      toY,
      fromYear: fromY === undefined ? null : claim.fromYear,
      fromY: fromY ?? null,
      stack,
    });
  }
  return marks;
}
