import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { findTimePhrases, isPeriod } from './find-time-phrases';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears, ExtractedClaim, Period } from '../types';

/*
 * The time a sentence or claim takes from around it when it names none: a period heading above it, the sentence it
 * breaks down, or a later comparison that spans an average rate.
 */

// Grammar: breakdown-opening := ( "Trong đó" | "Bao gồm" | "Cụ thể" | "Chia ra" ) space* ( "," | ":" )
//   | ( "Trong đó" | "Bao gồm" | "Chia ra" ) space+ followed by a letter ("Cụ thể hóa" is a verb, not an opening)
// Example: "Trong đó, vốn ngân sách cấp tỉnh 372,6 tỷ đồng, giảm 11,9% so với tháng trước" breaks down the sentence
// before ("Tháng 7/2021, vốn đầu tư … đạt 882 tỷ đồng"): it speaks of the same month of 2021; so does "Trong đó vận
// tải hành khách đạt 610 tỷ đồng" without its comma (Nam Định's transport, first half of 2022).
const BREAKDOWN_OPENING = /^(?:(?:trong\s+đó|bao\s+gồm|cụ\s+thể|chia\s+ra)\s*[,:]|(?:trong\s+đó|bao\s+gồm|chia\s+ra)\s+(?=\p{L}))/iu;

/**
 * Whether a sentence opens by breaking down the one before it ("Trong đó, …", "Bao gồm: …"): it then speaks of the
 * time that sentence named.
 *
 * @example
 * breaksDownSentenceBefore('Trong đó, vốn cấp tỉnh 372,6 tỷ đồng') // true
 * breaksDownSentenceBefore('Vốn cấp tỉnh 372,6 tỷ đồng')           // false
 */
export function breaksDownSentenceBefore(sentence: string): boolean {
  return BREAKDOWN_OPENING.test(sentence);
}

// Grammar: same-period-opening := start "cùng kỳ" not-before-letter
// Example: "Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 triệu USD" after a sentence on nine months of 2023 speaks of
// nine months of 2022; "Cùng với đó" does not open so.
const SAME_PERIOD_OPENING = /^cùng\s+kỳ(?![\p{L}\p{M}])/iu;

/**
 * Whether a sentence opens with "Cùng kỳ …": it speaks of the part of the year the sentence before named, in the
 * year it names itself.
 *
 * @example
 * opensWithSamePeriod('Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 triệu USD') // true
 * opensWithSamePeriod('Cùng với đó, kim ngạch nhập khẩu tăng')                    // false
 */
export function opensWithSamePeriod(sentence: string): boolean {
  return SAME_PERIOD_OPENING.test(sentence);
}

// Grammar: period-heading := ( numbering space* )? ( "giai đoạn" | "thời kỳ" | "nhiệm kỳ" ) space+ year space* dash
//   space* year space* ":"? — the whole line; numbering := roman or arabic digits and "." or ")".
// Example: "Giai đoạn 2015 - 2020", "II. Thời kỳ 2011 – 2015:"; not "Trải qua 525 năm (1499 - 2024), …".
const PERIOD_HEADING = /^(?:[IVXLC\d]+[.)]\s*)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+\d{4}\s*[-–—]\s*\d{4}\s*:?$/iu;

/**
 * The period a heading line names ("Giai đoạn 2016 – 2020" on a line of its own), or `null`.
 *
 * @example
 * headingPeriod('II. Thời kỳ 2011 – 2015:') // { from: 2011, to: 2015 }
 */
export function headingPeriod(line: string): Period | null {
  if (!PERIOD_HEADING.test(line.trim())) return null;
  const times = findTimePhrases(line);
  const only = times.length === 1 ? times[0]?.years : undefined;
  return only !== undefined && only !== null && isPeriod(only) ? only : null;
}

/**
 * An average-annual claim without years takes them from a later comparison of the same indicator in the
 * same sentence: "… bình quân tăng trên 10%/năm; năm 2022 đạt …, tăng 39% so với năm 2015" → 2015–2022.
 *
 * @example
 * // found: the claims read in "Doanh thu bình quân tăng 8%/năm; năm 2022 đạt 500 tỷ đồng, tăng 39% so với năm 2018."
 * fillAverageYears(found)[0]?.years // { from: 2018, to: 2022 }
 */
export function fillAverageYears(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim, index) => {
    if (claim.kind !== 'average-annual' || claim.inherited || isPeriod(claim.years) || claim.years.length > 0) return claim;
    for (const later of claims.slice(index + 1)) {
      if (later.indicator !== claim.indicator || later.compareTo === null || !('year' in later.compareTo)) continue;
      const to = isPeriod(later.years) ? undefined : later.years[later.years.length - 1];
      if (to === undefined || to <= later.compareTo.year) continue;
      return { ...claim, years: { from: later.compareTo.year, to }, compareTo: { year: later.compareTo.year }, inherited: true };
    }
    return claim;
  });
}

// Grammar: same-time-last-year := ( "cùng kỳ" ( space+ "năm" space+ ( "trước" | "ngoái" ) )? | "năm" space+ ( "trước" |
//   "ngoái" ) ) ( space+ ( "đạt" | "là" | "được" | "có" | "chỉ đạt" ) )?, the whole subject (or the words before the
//   figure) — a bracket that dates its figure by the year before the claim it follows
// Example: "(cùng kỳ năm trước tăng 33,5%)" after "luân chuyển đạt 132,5 tỷ lượt khách.km, tăng 11,0%" of the first half
//   of 2024: the rise of the first half of 2023; "cùng kỳ năm 2023" names its year and is no match; "(cùng kỳ đạt 53,5%)"
//   after "đạt 74,1% số xã" of nine months of 2020 (Tiền Giang's new-style communes): the share of nine months of 2019.
const SAME_TIME_LAST_YEAR = /^(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái))(?:\s+(?:đạt|là|được|có|chỉ\s+đạt))?$/iu;

/**
 * The year a claim in brackets speaks of when its subject is only "cùng kỳ năm trước": the year before the claim it
 * follows (of one year), or no year (`[]`) when that claim names none, so that the bracket never takes the claim's own
 * time; `null` for any other subject.
 *
 * @example
 * yearBeforeOf('cùng kỳ năm trước', previous) // [2023] after a claim of 2024; [] after a claim of no year
 * yearBeforeOf('luân chuyển', previous)       // null
 */
export function yearBeforeOf(subject: string | null, previous: ExtractedClaim | null): number[] | null {
  if (subject === null || previous === null || !SAME_TIME_LAST_YEAR.test(subject.trim())) return null;
  const years = previous.years;
  const year = isPeriod(years) || years.length !== 1 ? undefined : years[0];
  return year === undefined ? [] : [year - 1];
}

// Grammar: bracketed := "(" ( any character but "(" ")" )* ")"
// Example: "(chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh)".
const BRACKETED = /\([^()]*\)/gu;

/**
 * A subject that names no time of its own, given the last time its clause names outside brackets before it: a claim
 * right after brackets, with no claim outside them before it, speaks of the time its clause opened with ("Chín
 * tháng năm 2022, châu Á (chiếm tỷ trọng 67,2% …) tăng 12,09%": the nine months of 2022). "(cùng kỳ năm 2023 …)"
 * names its time inside the brackets, and so dates only itself.
 *
 * @example
 * withTimeOutsideBrackets({ indicator: null, years: null, part: '' }, 'Chín tháng năm 2022, châu Á (chiếm 67,2%) ')
 * // { indicator: null, years: [2022], part: 'L9' }
 */
export function withTimeOutsideBrackets<T extends { readonly years: ClaimYears | null; readonly part: PeriodKey | null }>(subject: T, clauseBefore: string): T {
  if (subject.years !== null || (subject.part !== null && subject.part !== WHOLE_YEAR)) return subject;
  const last = findTimePhrases(clauseBefore.replace(BRACKETED, ' ')).at(-1);
  if (last === undefined) return subject;
  return { ...subject, years: last.years, part: last.period ?? subject.part };
}

// Grammar: cumulative := not-after-letter ( "lũy kế" | "luỹ kế" | "cộng dồn" ) not-before-letter, folded: "luy ke" | "cong don"
// Example: "tháng 3/2023 thu 877,48 tỷ đồng, lũy kế thu 3.289,63 tỷ đồng" (Hậu Giang's budget, first quarter of 2023): the
//   second figure is of January to March, not of March.
const CUMULATIVE = /(?<![\p{L}\p{M}])(?:luy ke|cong don)(?![\p{L}\p{M}])/u;

/**
 * Whether words before a figure say it runs from the year's start ("lũy kế", "cộng dồn").
 *
 * @example
 * saysCumulative(', lũy kế được ') // true
 */
export function saysCumulative(before: string): boolean {
  return CUMULATIVE.test(foldDiacriticsAligned(before.toLowerCase()));
}

/**
 * The part of the year a claim speaks of when the words before it say it runs from the year's start ("lũy kế"): the
 * months up to the month or quarter it took from its context (`T3` → `L3`, `Q2` → `L6`); `part` itself otherwise.
 *
 * @example
 * cumulativePart('lũy kế được ', 'T3') // 'L3'
 * cumulativePart('thu nội địa ', 'T3') // 'T3'
 */
export function cumulativePart(before: string, part: PeriodKey): PeriodKey {
  if (!saysCumulative(before)) return part;
  const month = /^T(\d{1,2})$/u.exec(part)?.[1];
  const quarter = /^Q([1-4])$/u.exec(part)?.[1];
  const months = month !== undefined ? Number(month) : quarter !== undefined ? 3 * Number(quarter) : null;
  return months === null ? part : months === 12 ? WHOLE_YEAR : `L${months}`;
}
