import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import { periodLabel } from '../../verify/reference-period';
import { statusLabel } from '../../verify/reference-status';
import type { KnownSource, KnownValue } from '../finding/known-values';
import type { Basis } from '../finding/resolve-claims';

/**
 * Where a reference value was printed, as results say it: the set's name, the place it gives, the page.
 *
 * @example
 * referencePlace(yearbook, value, 'vi'); // 'Niên giám thống kê Bình Định 2022 — Bảng 3.1, trang 112'
 */
export function referencePlace(source: KnownSource, value: KnownValue, lang: Lang): string {
  const label = lang === 'vi' ? source.label : source.labelEn;
  const where = value.source === '' ? '' : lang === 'vi' ? value.source : `“${value.source}”`;
  const page = value.page === undefined || value.page === null ? '' : lang === 'vi' ? `trang ${value.page}` : `page ${value.page}`;
  const detail = [where, page].filter((p) => p !== '').join(', ');
  return detail === '' ? label : `${label} — ${detail}`;
}

/**
 * A reference value as the basis of a claim (origin `reference`), with its period and status in the source text
 * when they are not the plain whole-year final figure.
 *
 * @example
 * referenceBasis(yearbook, value).source; // 'Niên giám … — Bảng 3.1 (sơ bộ)'
 */
export function referenceBasis(source: KnownSource, value: KnownValue): Basis {
  const extra = (lang: Lang): string => {
    const parts = [
      (value.period ?? '') === '' ? null : periodLabel(value.period ?? '', lang),
      value.status === undefined || value.status === 'final' ? null : statusLabel(value.status, lang),
    ].filter((p): p is string => p !== null);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  };
  return {
    value: value.value,
    decimals: value.decimals,
    unit: value.unit,
    year: value.year,
    origin: 'reference',
    source: `${referencePlace(source, value, 'vi')}${extra('vi')}`,
    sourceEn: `${referencePlace(source, value, 'en')}${extra('en')}`,
    sourceId: source.id ?? source.label,
  };
}

/**
 * A value with its unit for a message ("16.186 tỷ đồng").
 *
 * @example
 * valueText(16186, 0, 'tỷ đồng'); // '16.186 tỷ đồng'
 */
export function valueText(value: number, decimals: number, unit: string | null): string {
  return `${formatNumber(value, Math.max(0, decimals))}${unit === null || unit === '' ? '' : unit.startsWith('%') ? unit : ` ${unit}`}`;
}
