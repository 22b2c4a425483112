import type { IndicatorView, SeriesPointView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import { compareVerdicts } from '@/lib/verify/labels';
import type { Verdict } from '@/lib/verify/types';
import type { Localized } from '@/lib/i18n/lang';

/** One headline card: the label to show and the indicator ids it may have in the data (first found wins). */
export interface HeadlineCardSpec {
  readonly key: string;
  readonly ids: readonly string[];
  readonly label: Readonly<Record<Lang, string>>;
}

/**
 * The key indicators of the overview. Several ids per card because documents (and uploads) name the
 * same indicator differently; a card whose ids are all absent is skipped.
 */
export const HEADLINE_CARD_SPECS: readonly HeadlineCardSpec[] = [
  { key: 'gdp', ids: ['gdp-binh-quan-dau-nguoi', 'grdp-binh-quan-dau-nguoi'], label: { vi: 'GRDP bình quân đầu người', en: 'GRDP per capita' } },
  { key: 'budget', ids: ['thu-ngan-sach', 'thu-ngan-sach-tren-dia-ban'], label: { vi: 'Thu ngân sách trên địa bàn', en: 'Budget revenue' } },
  { key: 'trade', ids: ['kim-ngach-xnk', 'kim-ngach-xuat-nhap-khau'], label: { vi: 'Kim ngạch xuất nhập khẩu', en: 'Import-export turnover' } },
  { key: 'investment', ids: ['von-dau-tu', 'tong-von-dau-tu-toan-xa-hoi'], label: { vi: 'Vốn đầu tư toàn xã hội', en: 'Total investment' } },
  { key: 'grain', ids: ['san-luong-luong-thuc'], label: { vi: 'Sản lượng lương thực', en: 'Grain output' } },
  { key: 'poverty', ids: ['ty-le-ho-ngheo'], label: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' } },
  { key: 'forest', ids: ['ty-le-che-phu-rung'], label: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' } },
];

/** Change from the earliest to the latest value: a ratio for amounts, a difference in points for rates. */
export type HeadlineChange =
  | { readonly kind: 'ratio'; readonly ratio: number; readonly percent: number }
  | { readonly kind: 'points'; readonly points: number; readonly decimals: number };

export interface HeadlinePoint {
  readonly year: number;
  /** The value as read (an ambiguous `147.210` may be read as 147,21). */
  readonly value: number;
  readonly decimals: number;
  /** The text as printed. */
  readonly raw: string;
  /** A data-quality warning on this value, if any, in both languages. */
  readonly warning: Localized | null;
}

export interface HeadlineClaim {
  readonly verdict: Verdict;
  /** The claim as printed. */
  readonly text: string;
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

export interface HeadlineCard {
  readonly key: string;
  readonly indicatorId: string;
  readonly label: string;
  /** The indicator's most recent name in the document. */
  readonly name: string;
  readonly unit: string;
  readonly latest: HeadlinePoint;
  /** `null` when the document gives a single year. */
  readonly earliest: HeadlinePoint | null;
  readonly change: HeadlineChange | null;
  readonly points: readonly HeadlinePoint[];
  /** The worst verdict among the claims about the indicator; `null` when nothing is claimed. */
  readonly verdict: Verdict | null;
  /** Every claim about the indicator, worst verdict first (document order within a verdict). */
  readonly claims: readonly HeadlineClaim[];
  readonly claimCount: number;
  readonly warnings: readonly Localized[];
}

/** Units whose values are rates: their change is read in points, not as a ratio. */
const RATE_UNITS = new Set(['%', '‰']);

/**
 * The change between two values: `to / from` (and percent) for amounts, `to − from` for rates.
 * `null` when a ratio has no positive base.
 *
 * @example
 * computeChange({ value: 10.6, decimals: 1 }, { value: 39.8, decimals: 1 }, 'Triệu đồng')
 * // { kind: 'ratio', ratio: 3.7547…, percent: 275.47… }
 */
export function computeChange(
  from: { readonly value: number; readonly decimals: number },
  to: { readonly value: number; readonly decimals: number },
  unit: string,
): HeadlineChange | null {
  if (RATE_UNITS.has(unit.trim())) {
    const decimals = Math.max(from.decimals, to.decimals);
    const scale = 10 ** decimals;
    return { kind: 'points', points: Math.round((to.value - from.value) * scale) / scale, decimals };
  }
  if (!(from.value > 0) || !Number.isFinite(to.value)) return null;
  const ratio = to.value / from.value;
  return { kind: 'ratio', ratio, percent: (ratio - 1) * 100 };
}

function toHeadlinePoint(p: SeriesPointView): HeadlinePoint {
  return { year: p.year, value: p.value, decimals: p.decimals, raw: p.raw, warning: p.warning };
}

/**
 * The headline card of one indicator: latest and earliest values as printed, the change between
 * them, the series for a sparkline and the worst verdict among its claims.
 *
 * @example
 * summariseIndicator(gdp, spec, 'vi').change // { kind: 'ratio', ratio: 3.75…, percent: 275.4… }
 */
export function summariseIndicator(indicator: IndicatorView, spec: HeadlineCardSpec, lang: Lang): HeadlineCard | null {
  const points = [...indicator.points].sort((a, b) => a.year - b.year);
  const last = points[points.length - 1];
  const first = points[0];
  if (!last || !first) return null;
  const claims: HeadlineClaim[] = indicator.claims
    .map((c, index) => ({ c, index }))
    .sort((a, b) => compareVerdicts(a.c.verdict, b.c.verdict) || a.index - b.index)
    .map(({ c }) => ({ verdict: c.verdict, text: c.claim ?? '', fromYear: c.from?.year ?? null, toYear: c.to?.year ?? null }));
  return {
    key: spec.key,
    indicatorId: indicator.id,
    label: spec.label[lang],
    name: indicator.name,
    unit: indicator.unit,
    latest: toHeadlinePoint(last),
    earliest: first === last ? null : toHeadlinePoint(first),
    change: first === last ? null : computeChange(first, last, indicator.unit),
    points: points.map(toHeadlinePoint),
    verdict: claims[0]?.verdict ?? null,
    claims,
    claimCount: indicator.claims.length,
    warnings: indicator.warnings,
  };
}

/**
 * The overview's headline cards, in spec order, skipping those whose indicator is absent.
 *
 * @example
 * buildHeadlineCards(dataset.indicators, HEADLINE_CARD_SPECS, 'vi').map((c) => c.key) // ['gdp', 'budget', …]
 */
export function buildHeadlineCards(
  indicators: readonly IndicatorView[],
  specs: readonly HeadlineCardSpec[],
  lang: Lang,
): HeadlineCard[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const cards: HeadlineCard[] = [];
  for (const spec of specs) {
    const indicator = spec.ids.map((id) => byId.get(id)).find((i) => i !== undefined);
    const card = indicator ? summariseIndicator(indicator, spec, lang) : null;
    if (card) cards.push(card);
  }
  return cards;
}
