import type { IndicatorView, RowView, SeriesPointView } from '@/lib/dataset/types';
import { formatNumber } from '@/lib/numbers/format-number';
import type { Lang } from '@/lib/i18n/lang';
import { compareVerdicts } from '@/lib/verify/labels';

/** One entry of the data-quality callout: a warned value (year, as printed, as read) or a general note. */
export interface QualityItem {
  readonly year: number | null;
  readonly raw: string | null;
  /** How the value was read, when that differs from the printed text. */
  readonly reading: string | null;
  readonly text: string;
}

/**
 * The data-quality warnings of an indicator, once each: first one per warned value (in year order),
 * then the indicator's and its claim rows' other warnings, in the page language. A row warning about
 * a year that already has a warned value says the same thing and is left out.
 *
 * @example
 * qualityItems({ warnings: [], points: [{ year: 1991, raw: '147.210', value: 147.21, decimals: 3, warning: 'w' }], claims: [] }, 'vi')
 * // [{ year: 1991, raw: '147.210', reading: '147,210', text: 'w' }]
 */
export function qualityItems(indicator: Pick<IndicatorView, 'warnings' | 'points' | 'claims'>, lang: Lang): QualityItem[] {
  const warned = [...indicator.points].filter((p) => p.warning !== null && p.warning[lang].trim() !== '').sort((a, b) => a.year - b.year);
  const items: QualityItem[] = warned.map((p) => ({ year: p.year, raw: p.raw, reading: readingIfDifferent(p), text: (p.warning?.[lang] ?? '').trim() }));
  const seen = new Set(items.map((i) => i.text));
  const warnedYears = new Set(warned.map((p) => p.year));
  const rowWarnings = indicator.claims.flatMap((c) => c.warnings).filter((w) => w.code === 'stored-text' || !warnedYears.has(w.year));
  for (const w of [...indicator.warnings, ...rowWarnings.map((x) => x.message)].map((x) => x[lang].trim())) {
    if (w === '' || seen.has(w)) continue;
    seen.add(w);
    items.push({ year: null, raw: null, reading: null, text: w });
  }
  return items;
}

export interface NameUse {
  readonly name: string;
  readonly years: readonly number[];
}

/**
 * The names the document gives the indicator, each with the years it is used for, in year order.
 *
 * @example
 * namesWithYears([{ year: 1991, name: 'A' }, { year: 2009, name: 'B' }, { year: 2008, name: 'A' }])
 * // [{ name: 'A', years: [1991, 2008] }, { name: 'B', years: [2009] }]
 */
export function namesWithYears(points: readonly Pick<SeriesPointView, 'year' | 'name'>[]): NameUse[] {
  const byName = new Map<string, number[]>();
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const years = byName.get(p.name);
    if (years) {
      if (!years.includes(p.year)) years.push(p.year);
    } else byName.set(p.name, [p.year]);
  }
  return [...byName.entries()].map(([name, years]) => ({ name, years }));
}

/**
 * How a point was read, when that differs from the printed text (`147.210` read as `147,210`), else null.
 *
 * @example
 * readingIfDifferent({ raw: '147.210', value: 147.21, decimals: 3 }) // '147,210'
 * readingIfDifferent({ raw: '3.957,9', value: 3957.9, decimals: 1 }) // null
 */
export function readingIfDifferent(point: Pick<SeriesPointView, 'raw' | 'value' | 'decimals'>): string | null {
  const read = formatNumber(point.value, point.decimals);
  return read === point.raw.trim() ? null : read;
}

/**
 * Claims worst verdict first; equal verdicts keep table order.
 *
 * @example
 * sortClaims([match, mismatch]) // [mismatch, match]
 */
export function sortClaims<T extends Pick<RowView, 'verdict'>>(claims: readonly T[]): T[] {
  return claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => compareVerdicts(a.c.verdict, b.c.verdict) || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * The years a claim compares, as "2009 → 2022", or one year, or null.
 *
 * @example
 * claimYears({ from: { year: 2009, value: 10.6 }, to: { year: 2022, value: 39.8 } }) // '2009 → 2022'
 */
export function claimYears(row: Pick<RowView, 'from' | 'to'>): string | null {
  const from = row.from?.year;
  const to = row.to?.year;
  if (from !== undefined && to !== undefined && from !== to) return `${from} → ${to}`;
  return from !== undefined ? String(from) : to !== undefined ? String(to) : null;
}
