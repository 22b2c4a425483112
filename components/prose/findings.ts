import type { ProseClaimResult } from '@/lib/extract/check-prose';
import type { Basis } from '@/lib/extract/finding/resolve-claims';
import type { ClaimYears, CompareTo } from '@/lib/extract/types';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import { compareVerdicts } from '@/lib/verify/labels';
import { yearPartText } from '@/lib/verify/reference-period';
import type { PeriodKey } from '@/lib/verify/reference-types';
import { PROSE_STRINGS } from './strings';

/**
 * The claims that compare something, worst verdict first, then in text order.
 *
 * @example
 * orderFindings(claims).map((c) => c.verdict); // ['wrong_direction', 'mismatch', …, 'match']
 */
export function orderFindings(claims: readonly ProseClaimResult[]): ProseClaimResult[] {
  return claims.filter((c) => c.verdict !== 'none').sort((a, b) => compareVerdicts(a.verdict, b.verdict) || a.start - b.start);
}

/**
 * Years as a reader writes them, with the part of the year a claim speaks of: "2022", "2015 → 2022", "2016–2020",
 * "9 tháng năm 2023".
 *
 * @example
 * yearsText({ from: 2016, to: 2020 }, '', 'vi'); // '2016–2020'
 * yearsText([2023], 'Q3', 'en'); // 'Q3 2023'
 */
export function yearsText(years: ClaimYears, part: PeriodKey, lang: Lang): string {
  if (!Array.isArray(years)) {
    const period = years as { from: number; to: number };
    return `${period.from}–${period.to}`;
  }
  return yearPartText(years.join(' → '), part, lang);
}

/**
 * The base of a comparison as written: "2015", "2011–2015", "quý 2 năm 2023", or ''.
 *
 * @example
 * compareText({ year: 2015 }, 'vi'); // '2015'
 */
export function compareText(compareTo: CompareTo, lang: Lang): string {
  if (compareTo === null) return '';
  return 'year' in compareTo ? yearPartText(String(compareTo.year), compareTo.part ?? '', lang) : `${compareTo.period.from}–${compareTo.period.to}`;
}

/**
 * A value used by a check, with its unit, year and where it came from: "7.600 tỷ đồng (2015, trong văn bản)".
 *
 * @example
 * basisText({ value: 393.6, decimals: 1, unit: 'Tỷ đồng', year: 2009, origin: 'tables', source: '…' }, 'vi'); // '393,6 Tỷ đồng (2009, bảng kèm theo)'
 */
export function basisText(basis: Basis | null, lang: Lang): string {
  if (basis === null) return '';
  const t = PROSE_STRINGS[lang];
  const unit = basis.unit === null ? '' : basis.unit.startsWith('%') || basis.unit.startsWith('‰') ? basis.unit : ` ${basis.unit}`;
  const origin = basis.origin === 'text' ? t.originText : basis.origin === 'tables' ? t.originTables : t.originUpload;
  const where = basis.year === null ? origin : `${basis.year}, ${origin}`;
  return `${formatNumber(basis.value, basis.decimals)}${unit} (${where})`;
}
