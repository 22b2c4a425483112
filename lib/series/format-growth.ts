import { formatNumber } from '../numbers/format-number';
import type { Lang } from '../verify/labels';

const PER_YEAR: Record<Lang, string> = { vi: '/năm', en: '/year' };
const UP: Record<Lang, string> = { vi: 'tăng', en: 'up' };
const DOWN: Record<Lang, string> = { vi: 'giảm', en: 'down' };
const FLAT: Record<Lang, string> = { vi: 'không đổi', en: 'unchanged' };

/** Digits for a growth rate, average or total: two for a yearly rate, one for a total change. */
const RATE_DECIMALS = 2;
const CHANGE_DECIMALS = 1;
const RATIO_DECIMALS = 2;

/**
 * An average annual growth rate as the page shows it, numbers always Vietnamese style.
 *
 * @example
 * formatAnnualGrowth(4.8712, 'vi'); // '4,87%/năm'
 * formatAnnualGrowth(-1.5, 'en');   // '-1,50%/year'
 */
export function formatAnnualGrowth(percent: number, lang: Lang): string {
  return `${formatNumber(percent, RATE_DECIMALS)}%${PER_YEAR[lang]}`;
}

/**
 * A total change in words: "tăng 39,6%", "giảm 12,0%", or "không đổi" when it rounds to zero.
 *
 * @example
 * formatChangeWords(39.6, 'vi'); // 'tăng 39,6%'
 */
export function formatChangeWords(percent: number, lang: Lang): string {
  const shown = formatNumber(Math.abs(percent), CHANGE_DECIMALS);
  if (shown === formatNumber(0, CHANGE_DECIMALS)) return FLAT[lang];
  return `${percent > 0 ? UP[lang] : DOWN[lang]} ${shown}%`;
}

/**
 * A ratio as a multiplier.
 *
 * @example
 * formatRatio(1.396); // '×1,40'
 */
export function formatRatio(ratio: number): string {
  return `×${formatNumber(ratio, RATIO_DECIMALS)}`;
}

const POINT_UNITS: Record<'%' | '‰', Record<Lang, string>> = {
  '%': { vi: 'điểm %', en: 'percentage points' },
  '‰': { vi: 'điểm ‰', en: 'per-mille points' },
};

/**
 * The difference between two rates in points ("giảm 33,46 điểm %"), for indicators whose unit is
 * `%` or `‰`; `null` for any other unit, where a difference in points means nothing.
 *
 * @example
 * formatPointChange(62.4, 28.94, 2, '%', 'vi'); // 'giảm 33,46 điểm %'
 * formatPointChange(10.6, 39.8, 1, 'Triệu đồng', 'vi'); // null
 */
export function formatPointChange(from: number, to: number, decimals: number, unit: string, lang: Lang): string | null {
  const sign = unit.trim();
  if (sign !== '%' && sign !== '‰') return null;
  const diff = to - from;
  const shown = formatNumber(Math.abs(diff), decimals);
  if (shown === formatNumber(0, decimals)) return FLAT[lang];
  return `${diff > 0 ? UP[lang] : DOWN[lang]} ${shown} ${POINT_UNITS[sign][lang]}`;
}
