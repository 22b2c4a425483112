import type { ClaimKind } from '../claims/types';
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../numbers/format-number';
import { KIND_RULES } from '../verify/kind-rules';

/** What a recomputed figure is measured in. `points`/`permille-points` are plain differences of two rates. */
export type FigureTerms =
  | 'ratio'
  | 'percent'
  | 'permille'
  | 'points'
  | 'permille-points'
  | 'per-year'
  | 'points-per-year'
  | 'plan'
  | 'plan-excess'
  | 'index'
  | 'unit';

/** A recomputed figure as an official reads it: the value, the decimals to show, its terms. */
export interface RecomputedFigure {
  readonly value: number;
  readonly decimals: number;
  readonly terms: FigureTerms;
  /** A difference carries its sign (`+2,87`, `-0,40`); a ratio or a magnitude does not. */
  readonly signed: boolean;
  /** The row's unit, for `unit` terms (`Doanh nghiệp`). */
  readonly unit: string;
}

/** The least a row must give: its verdict, claim kind and text, unit, engine figure and compared values. */
export interface FigureRow {
  readonly verdict: string;
  readonly kind: ClaimKind | null;
  readonly claim: string | null;
  readonly unit: string;
  readonly computed: number | null;
  readonly from: { readonly year: number; readonly value: number | null } | null;
  readonly to: { readonly year: number; readonly value: number | null } | null;
}

const MAX_DECIMALS = 4;

// Grammar: digit+ ("." digit{3})* ["," digit+] — a number as Vietnamese documents print it.
// Example: in "Giảm 28,75%" it matches "28,75" (2 decimals); in "tăng 1.042.100 lượt" "1.042.100" (0).
const PRINTED_NUMBER = /\d+(?:\.\d{3})*(?:,(\d+))?/;

/**
 * The decimals of the first number a claim prints, or `null` when it prints none.
 *
 * @example
 * claimDecimals('Giảm 28,75%') // 2
 * claimDecimals('tăng') // null
 */
export function claimDecimals(claim: string | null): number | null {
  if (claim === null) return null;
  const match = PRINTED_NUMBER.exec(claim);
  if (!match) return null;
  return match[1]?.length ?? 0;
}

/** The fewest decimals (at most 4) that write `value` exactly. */
function shortestDecimals(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d += 1) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  return MAX_DECIMALS;
}

function plusOne(decimals: number | null, value: number): number {
  return decimals === null ? shortestDecimals(value) : Math.min(decimals + 1, MAX_DECIMALS);
}

function differenceTerms(unit: string, perMille: boolean): FigureTerms {
  return perMille || unit.trim() === '‰' ? 'permille-points' : 'points';
}

/**
 * The "Tính lại" figure of a checked row, as an official reads it. A claim read as points
 * (`match_points`, or any `‰` change of a rate) shows the difference of the two values in points,
 * not the relative change the engine computed. Figures carry the claim's decimals plus one, so a
 * reader sees which way they round; a direction-only claim shows the exact signed difference.
 * `null` when nothing was computed.
 *
 * @example
 * recomputedFigure({ verdict: 'match_points', kind: 'percent', claim: 'Giảm 28,75%', unit: '%', computed: 46.0737, from: { year: 2009, value: 62.4 }, to: { year: 2022, value: 33.65 } })
 * // { value: -28.75, decimals: 3, terms: 'points', signed: true, unit: '%' }
 * recomputedFigure({ verdict: 'match', kind: 'ratio', claim: 'Tăng 3,8 lần', unit: 'Triệu đồng', computed: 3.7547, from: …, to: … })
 * // { value: 3.7547, decimals: 2, terms: 'ratio', signed: false, unit: 'Triệu đồng' }
 */
export function recomputedFigure(row: FigureRow): RecomputedFigure | null {
  const perMille = row.claim?.includes('‰') === true;
  const decimals = claimDecimals(row.claim);
  const from = row.from?.value;
  const to = row.to?.value;
  const rate = row.unit.trim() === '%' || row.unit.trim() === '‰';
  const readAsPoints = row.verdict === 'match_points' || (row.kind === 'percent' && perMille && rate);
  if (readAsPoints && typeof from === 'number' && typeof to === 'number') {
    // An average rate read as points ("bình quân mỗi năm giảm 2,13%" of a rate) is a difference per year.
    const years = row.kind === 'average-annual' && row.from && row.to ? row.to.year - row.from.year : null;
    if (years !== null && years > 0) {
      const value = Math.round(((to - from) / years) * 1e6) / 1e6;
      return { value, decimals: plusOne(decimals, value), terms: 'points-per-year', signed: true, unit: row.unit };
    }
    const value = Math.round((to - from) * 1e6) / 1e6;
    return { value, decimals: plusOne(decimals, value), terms: differenceTerms(row.unit, perMille), signed: true, unit: row.unit };
  }
  const value = row.computed;
  if (value === null) return null;
  // A row with no claim carries the ratio of its two values for display (spec §3), not a difference.
  if (row.verdict === 'none') return { value, unit: row.unit, signed: false, decimals: shortestDecimals(value), terms: 'ratio' };
  const base = { value, unit: row.unit, signed: false };
  const shown = plusOne(decimals, value);
  const family = row.kind === null ? 'sign' : KIND_RULES[row.kind].family;
  switch (family) {
    case 'ratio':
    case 'plan':
    case 'plan-excess':
    case 'index':
      return { ...base, decimals: shown, terms: family };
    case 'relative':
      return { ...base, decimals: shown, terms: perMille ? 'permille' : 'percent' };
    case 'per-year':
      return { ...base, decimals: shown, terms: 'per-year' };
    case 'points-per-year':
      return { ...base, decimals: shown, terms: 'points-per-year' };
    case 'points':
      return { ...base, decimals: shown, terms: differenceTerms(row.unit, perMille) };
    case 'difference':
      return { ...base, decimals: shown, terms: rate ? differenceTerms(row.unit, perMille) : 'unit', signed: true };
    case 'sign':
      // A direction-only claim ("tăng từ A lên B"): the exact signed difference.
      return { ...base, decimals: shortestDecimals(value), terms: rate ? differenceTerms(row.unit, perMille) : 'unit', signed: true };
  }
}

/** The unit words of each term, in both languages. */
export const FIGURE_UNITS: Readonly<Record<Lang, Readonly<Record<Exclude<FigureTerms, 'unit'>, string>>>> = {
  vi: {
    ratio: 'lần',
    percent: '%',
    permille: '‰',
    points: 'điểm %',
    'permille-points': 'điểm ‰',
    'per-year': '%/năm',
    'points-per-year': 'điểm %/năm',
    plan: '% kế hoạch',
    'plan-excess': '% vượt kế hoạch',
    index: '% năm gốc',
  },
  en: {
    ratio: '×',
    percent: '%',
    permille: '‰',
    points: 'pp',
    'permille-points': 'points ‰',
    'per-year': '%/year',
    'points-per-year': 'pp/year',
    plan: '% of plan',
    'plan-excess': '% over plan',
    index: '% of base',
  },
};

const ATTACHED = new Set(['%', '‰', '×', '%/năm', '%/year', '% kế hoạch', '% of plan', '% vượt kế hoạch', '% over plan', '% năm gốc', '% of base']);

/**
 * The figure as text, in vi-VN number style with its unit: `-28,750 điểm %`, `3,75 lần`, `+12 Trường`.
 *
 * @example
 * formatRecomputed({ value: -0.4, decimals: 2, terms: 'permille-points', signed: true, unit: '‰' }, 'vi') // '-0,40 điểm ‰'
 */
export function formatRecomputed(figure: RecomputedFigure, lang: Lang): string {
  const text = formatNumber(figure.value, figure.decimals);
  const zero = formatNumber(0, figure.decimals);
  const number = figure.signed && figure.value > 0 && text !== zero ? `+${text}` : text;
  const unit = figure.terms === 'unit' ? figure.unit.trim() : FIGURE_UNITS[lang][figure.terms];
  if (unit === '') return number;
  return ATTACHED.has(unit) || unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * The recomputed figure of a row as text, or `null` when nothing was computed.
 *
 * @example
 * formatRowFigure(povertyRow, 'vi') // '-28,750 điểm %'
 */
export function formatRowFigure(row: FigureRow, lang: Lang): string | null {
  const figure = recomputedFigure(row);
  return figure === null ? null : formatRecomputed(figure, lang);
}
