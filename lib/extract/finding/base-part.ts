import { foldDiacriticsAligned } from '../../claims/normalize-text';
import type { PeriodKey } from '../../verify/reference-types';
import type { ExtractedClaim, YearValue } from '../types';

/**
 * The part of the year a claim's base speaks of: the part its "so với" names ("so với quý II/2023"), else the
 * claim's own ("so với cùng kỳ năm 2022" after "9 tháng năm 2023" is the first nine months of 2022).
 *
 * @example
 * basePart(extractClaims('Quý III/2023 doanh thu tăng 5% so với quý II/2023.')[0]!); // 'Q2'
 * basePart(extractClaims('9 tháng năm 2023 xuất khẩu tăng 15% so với cùng kỳ năm 2022.')[0]!); // 'L9'
 */
export function basePart(claim: ExtractedClaim): PeriodKey {
  return claim.compareTo !== null && 'year' in claim.compareTo ? (claim.compareTo.part ?? claim.part) : claim.part;
}

// Grammar (folded): year-before := "cung ky" | "ck" | "nam truoc" | "nam ngoai", as whole words — the same part of the
//   year one year earlier, its year left to the claim's
// Example: "tăng 9,1% so với cùng kỳ năm trước", "giảm 9,28% so CK", "tăng 5% so với năm trước" compare with the year before;
// "tăng 5% so với tháng trước" does not.
const YEAR_BEFORE = /(?<![\p{L}\p{N}])(?:cung ky|ck|nam truoc|nam ngoai)(?![\p{L}\p{N}])/u;

/**
 * Whether a claim's words compare it with the same part of the year one year earlier, without naming that year.
 *
 * @example
 * comparesYearBefore('tăng 10% so với cùng kỳ') // true
 * comparesYearBefore('tăng 10% so với tháng trước') // false
 */
export function comparesYearBefore(text: string): boolean {
  return YEAR_BEFORE.test(foldDiacriticsAligned(text).toLowerCase());
}

/**
 * The two values a claim prints itself (`endpoints`), each with the part of the year it belongs to: its own when
 * it carries one (two quarters compared), else the base's part for the earlier and the claim's for the later.
 *
 * @example
 * endsWithParts(claim); // [{ value: from, part: 'L9' }, { value: to, part: 'L9' }] for "9 tháng … so với cùng kỳ (…)"
 */
export function endsWithParts(claim: ExtractedClaim): { readonly value: YearValue; readonly part: PeriodKey }[] {
  if (claim.endpoints === null) return [];
  const { from, to } = claim.endpoints;
  return [
    { value: from, part: from.part ?? basePart(claim) },
    { value: to, part: to.part ?? claim.part },
  ];
}

// Grammar: previous-base := "so" space ( ( "sánh" space )? "với" space )? ( "tháng" | "quý" ) space "trước" (a whole word)
// Example: "giảm 3,1% so với tháng trước", "tăng 3,3% so với quý trước", "giảm 11,9% so tháng trước" (Thanh Hóa's
// releases leave out "với"); not "so với cùng kỳ năm trước".
const PREVIOUS_BASE = /so\s+(?:(?:sánh\s+)?với\s+)?(tháng|quý)\s+trước(?![\p{L}\p{M}])/iu;

// Grammar: month-last-year := "so" space ( ( "sánh" space )? "với" space )? "tháng" space digit{1,2} space ( "của" space )?
//   "năm" space ( "trước" | "ngoái" ) (a whole word)
// Example: "tăng 1,92% so với tháng 12 năm trước" (a CPI against December of last year) → month 12.
const MONTH_LAST_YEAR = /so\s+(?:(?:sánh\s+)?với\s+)?tháng\s+(\d{1,2})\s+(?:của\s+)?năm\s+(?:trước|ngoái)(?![\p{L}\p{M}])/iu;

// Grammar: month-key := "T" digits; quarter-key := "Q" digit. Example: "T9" → 9; "Q3" → 3.
const MONTH_KEY = /^T(\d{1,2})$/u;
const QUARTER_KEY = /^Q([2-4])$/u;

/** The first quarter's key: January–March are the first three months (reference-period.ts). */
const FIRST_QUARTER = 'L3';

/**
 * The base of a change "so với tháng trước" or "so với quý trước": the month or quarter before the claim's own,
 * in the year before for January and the first quarter; of "so với tháng 12 năm trước": that month of the year
 * before; `null` when the text names no such base or the claim is of no single month or quarter.
 *
 * @example
 * previousBase('giảm 3,1% so với tháng trước', 2023, 'T9') // { year: 2023, part: 'T8' }
 * previousBase('tăng 3,3% so với quý trước', 2024, 'L3') // { year: 2023, part: 'Q4' }
 * previousBase('tăng 1,92% so với tháng 12 năm trước', 2024, 'T10') // { year: 2023, part: 'T12' }
 */
export function previousBase(text: string, year: number, part: PeriodKey): { readonly year: number; readonly part: PeriodKey } | null {
  const lastYear = Number(MONTH_LAST_YEAR.exec(text)?.[1] ?? NaN);
  // January alone is written L1, as reference-types.ts keys it.
  if (lastYear >= 1 && lastYear <= 12) return { year: year - 1, part: lastYear === 1 ? 'L1' : `T${lastYear}` };
  const unit = PREVIOUS_BASE.exec(text)?.[1]?.toLowerCase();
  if (unit === undefined) return null;
  if (unit === 'tháng') {
    const month = Number(MONTH_KEY.exec(part)?.[1] ?? NaN);
    if (!(month >= 1 && month <= 12)) return null;
    return month === 1 ? { year: year - 1, part: 'T12' } : { year, part: `T${month - 1}` };
  }
  if (part === FIRST_QUARTER) return { year: year - 1, part: 'Q4' };
  const quarter = Number(QUARTER_KEY.exec(part)?.[1] ?? NaN);
  if (!(quarter >= 2 && quarter <= 4)) return null;
  return { year, part: quarter === 2 ? FIRST_QUARTER : `Q${quarter - 1}` };
}
