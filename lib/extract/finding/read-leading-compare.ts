import type { ClaimYears } from '../types';

// Grammar: leading-compare := ( start | space | "," | ";" | "(" ) "so" space+ ( "sánh" space+ )? "với" space+
//   ( "cùng" space+ "kỳ" space+ )? "năm" space+ year space* ","? ( any but a digit "," ";" ":" )* end — a base named
//   before the subject, the change coming after it.
// Example: "so với năm 1999 dân số " before "tăng 9,47 triệu người"; "So với cùng kỳ năm 2021, thu nhập " before
//   "tăng 30,1%"; not "năm 2021 thu nhập " (a year of the claim itself).
const LEADING_COMPARE = /(?:^|[\s,;(])so\s+(?:sánh\s+)?với\s+(?:cùng\s+kỳ\s+)?năm\s+(?<year>\d{4})\s*,?[^\d,;:]*$/iu;

/**
 * The base year a change names before its subject ("so với năm 1999 dân số tăng 9,47 triệu người"), read from the
 * words between the previous claim and the change; `null` when they name none.
 *
 * @example
 * leadingCompare('; so với năm 1999 dân số '); // { year: 1999, subjectStart: 17 }
 * leadingCompare('năm 2021 thu nhập '); // null
 */
export function leadingCompare(before: string): { readonly year: number; readonly subjectStart: number } | null {
  const m = LEADING_COMPARE.exec(before);
  const year = m?.groups?.['year'];
  if (m === null || year === undefined) return null;
  // The subject starts after the year (and its comma): "so với năm 1999 dân số " → "dân số ".
  const subjectStart = m.index + m[0].indexOf(year) + year.length;
  return { year: Number(year), subjectStart };
}

/**
 * The years a subject gives a change whose base it named: none when they are only that base year.
 *
 * @example
 * yearsBesideBase([1999], { year: 1999 }); // null
 * yearsBesideBase([2023], { year: 1999 }); // [2023]
 */
export function yearsBesideBase(years: ClaimYears | null, base: { readonly year: number } | null): ClaimYears | null {
  if (base === null || years === null || !Array.isArray(years)) return years;
  return years.length === 1 && years[0] === base.year ? null : years;
}
