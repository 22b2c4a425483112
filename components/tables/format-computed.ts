import { formatNumber } from '@/lib/numbers/format-number';
import type { Lang } from '@/lib/verify/labels';
import { claimTermsOf, isAttachedUnit, termsUnit } from './claim-terms';
import { TABLE_STRINGS } from './strings';
import type { ReportRow } from './types';

function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  return isAttachedUnit(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * The recomputed figure at the claim's precision plus one decimal, so a reader sees which
 * way it rounds (`3,75 lần` against a printed `3,8 lần`). A direction-only claim shows the
 * signed change in the row's unit (`-0,31 điểm %` for a share in %). `null` when the engine
 * computed nothing (implied, not computable, no claim).
 *
 * @example
 * formatComputed(gdpRow, 'vi') // '3,75 lần'  (computed 3,7547, claim "Tăng 3,8 lần")
 */
export function formatComputed(row: Pick<ReportRow, 'computed' | 'figure' | 'unit'>, lang: Lang): string | null {
  const { computed, figure } = row;
  if (computed === null || figure === null) return null;
  const terms = claimTermsOf(figure, row.unit);
  if (terms === null) {
    const sign = computed > 0 ? '+' : '';
    const unit = row.unit === '%' ? TABLE_STRINGS[lang].units.points : row.unit;
    return withUnit(`${sign}${formatNumber(computed)}`, unit);
  }
  const decimals = figure.decimals === null ? undefined : figure.decimals + 1;
  return withUnit(formatNumber(computed, decimals), termsUnit(terms, lang));
}

/**
 * For an `implied` row: the missing value the claim implies, at the printed precision of the
 * value that is there, with its year (`2015: ≈ 400.808`), or `kế hoạch` when the missing value
 * is the plan of a plan claim. `null` for other rows.
 *
 * @example
 * formatImplied(touristRow, 'vi') // '2015: ≈ 400.808'  ("tăng 160%" to 1.042.100 in 2022)
 */
export function formatImplied(row: Pick<ReportRow, 'implied' | 'from' | 'to' | 'cells' | 'figure'>, lang: Lang): string | null {
  if (row.implied === null) return null;
  const isPlan = row.figure?.kind === 'plan' && row.implied.side === 'from';
  const missingYear = row.implied.side === 'from' ? row.from?.year : row.to?.year;
  const presentYear = row.implied.side === 'from' ? row.to?.year : row.from?.year;
  const decimals = row.cells.find((c) => c.year === presentYear)?.decimals ?? 0;
  const value = `≈ ${formatNumber(row.implied.value, decimals)}`;
  if (isPlan) return `${TABLE_STRINGS[lang].planShort}: ${value}`;
  return missingYear === undefined ? value : `${missingYear}: ${value}`;
}

/**
 * For a `match_points` row: the plain difference of the two values, the reading under which the
 * printed `%`/`‰` figure is right (`hiệu số 28,75 điểm %`). `null` for other rows.
 *
 * @example
 * formatPointsReading(povertyRow, 'vi') // 'hiệu số 28,75 điểm %'  (62,4% → 33,65%, "Giảm 28,75%")
 */
export function formatPointsReading(row: Pick<ReportRow, 'verdict' | 'from' | 'to' | 'cells' | 'unit'>, lang: Lang): string | null {
  if (row.verdict !== 'match_points') return null;
  const from = row.from?.value;
  const to = row.to?.value;
  if (from === null || from === undefined || to === null || to === undefined) return null;
  const decimals = Math.max(0, ...row.cells.filter((c) => c.year === row.from?.year || c.year === row.to?.year).map((c) => c.decimals));
  const t = TABLE_STRINGS[lang];
  const unit = row.unit === '‰' ? t.units.permillePoints : t.units.points;
  return `${t.pointsReading} ${withUnit(formatNumber(Math.abs(to - from), decimals), unit)}`;
}
