import { formatNumber } from '@/lib/numbers/format-number';
import type { Lang } from '@/lib/verify/labels';
import { TABLE_STRINGS } from './strings';
import type { ReportRow } from './types';
import { isPlanKind } from '@/lib/verify/kind-rules';
import { yearPartText } from '@/lib/verify/reference-period';

/**
 * For an `implied` row: the missing value the claim implies, at the printed precision of the
 * value that is there, with its year (`2015: ≈ 400.808`; a monthly report's `tháng 10 năm 2022: ≈ 4.134,0`), or
 * `kế hoạch` when the missing value is the plan of a plan claim. `null` for other rows.
 *
 * @example
 * formatImplied(touristRow, 'vi') // '2015: ≈ 400.808'  ("tăng 160%" to 1.042.100 in 2022)
 */
export function formatImplied(row: Pick<ReportRow, 'implied' | 'from' | 'to' | 'cells' | 'figure' | 'period'>, lang: Lang): string | null {
  if (row.implied === null) return null;
  const isPlan = isPlanKind(row.figure?.kind ?? null) && row.implied.side === 'from';
  const missingYear = row.implied.side === 'from' ? row.from?.year : row.to?.year;
  const presentYear = row.implied.side === 'from' ? row.to?.year : row.from?.year;
  const decimals = row.cells.find((c) => c.year === presentYear)?.decimals ?? 0;
  const value = `≈ ${formatNumber(row.implied.value, decimals)}`;
  if (isPlan) return `${TABLE_STRINGS[lang].planShort}: ${value}`;
  return missingYear === undefined ? value : `${yearPartText(String(missingYear), row.period ?? '', lang)}: ${value}`;
}
