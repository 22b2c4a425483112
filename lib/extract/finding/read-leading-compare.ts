import { findSubject, type Subject } from './find-indicator';
import { findTimePhrases, isPeriod } from './find-time-phrases';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears, CompareTo } from '../types';

// Grammar: leading-compare := ( start | space | "," | ";" | "(" ) "so" space+ ( ( "sánh" space+ )? "với" space+
//   ( ( "thực hiện" | "TH" ) space+ )? | before a time word ) ( "cùng" space+ "kỳ" space+ )? time subject — a base named before the subject, the change
//   coming after it; time word := "cùng kỳ" | "CK" | "năm" | "quý" | "tháng" | "kỳ" ("so tháng 9.2012" says "so với");
//   time := one year, or a part of a year with or without its year (find-time-phrases.ts reads it);
//   subject := space* ","? ( any but a digit "," ";" ":" )* end.
// Example: "so với năm 1999 dân số " before "tăng 9,47 triệu người"; "So với cùng kỳ năm 2021, thu nhập " before
//   "tăng 30,1%"; "so với tháng 12 năm trước " before "tăng 3,12%"; "và so tháng 9.2012, " before "tăng 6,3%"; ", so với
//   thực hiện cùng kỳ năm trước " (what was done a year before) before "bằng 105,21%"; not
//   "năm 2021 thu nhập " (a year of the claim).
const LEADING_HEAD = /(?:^|[\s,;(])so\s+(?:(?:sánh\s+)?với\s+(?:(?:thực\s+hiện|TH)\s+)?|(?=(?:cùng\s+kỳ|ck|năm|quý|tháng|kỳ)(?![\p{L}\p{M}])))/giu;
const SUBJECT_AFTER_BASE = /^\s*,?[^\d,;:]*$/u;

// Grammar: conjunction-only := space* ","? space* ( "và" | "nhưng" | "còn" ) space* end — nothing after the base but a
//   word that joins two predicates
// Example: ", không đổi so với quý trước và " before "cao hơn 0,3 điểm phần trăm": the base closes "không đổi", the
//   claim before; the change after "và" names its own.
const CONJUNCTION_ONLY = /^\s*,?\s*(?:và|nhưng|còn)\s*$/iu;

// Grammar: relative-base := ( "cùng" space+ "kỳ" [ space+ "năm" space+ "trước" ] | "CK" | ( "năm" | "tháng" | "quý" | "kỳ" )
//   space+ "trước" ) not-before-letter — a base named by its place before the claim's own time, whose year the text
//   leaves to the context
// Example: "và so với cùng kỳ năm trước " before "tăng 2,89%" (GSO's CPI of October 2024); "so với tháng trước ";
//   ", so với cùng kỳ " and ", so với CK " before "giảm 9,28%" (a provincial GRDP).
const RELATIVE_BASE = /^(?:cùng\s+kỳ(?:\s+năm\s+trước)?|ck|(?:năm|tháng|quý|kỳ)\s+trước)(?![\p{L}\p{M}])/iu;

// Grammar: same-time := "cùng" space+ "kỳ" space+ — the words before the year of a dated base ("cùng kỳ năm 2021")
// Example: "cùng kỳ năm 2021, thu nhập " → the base's time starts at "năm 2021".
const SAME_TIME = /^cùng\s+kỳ\s+/iu;

// Grammar: so-word := "so" (case aside) — where a leading head's own words start
// Example: ", so với năm 1999 " → at 2.
const SO_WORD = /so/iu;

/** A base named before the subject of a change: its year (`null` when not written) and part of the year. */
export interface LeadingBase {
  readonly year: number | null;
  readonly part: PeriodKey;
  /** Where "so" starts in the text given: a subject may stand before it ("CPI so với tháng trước tăng 0,5%"). */
  readonly headStart: number;
  /** Where the subject starts in the text given: past the base and its comma. */
  readonly subjectStart: number;
}

/**
 * The base a change names before its subject ("so với năm 1999 dân số tăng 9,47 triệu người"), read from the
 * words between the previous claim and the change; `null` when they name none.
 *
 * @example
 * leadingCompare('; so với năm 1999 dân số '); // { year: 1999, part: '', headStart: 2, subjectStart: 17 }
 * leadingCompare('; so với tháng 12 năm trước '); // { year: null, part: 'T12', headStart: 2, subjectStart: 27 }
 * leadingCompare(' và so với cùng kỳ năm trước '); // { year: null, part: '', headStart: 4, subjectStart: 28 }
 * leadingCompare('năm 2021 thu nhập '); // null
 */
export function leadingCompare(before: string): LeadingBase | null {
  // Every time phrase once, by where it starts: a base must begin right after "so với" (one scan, not one per "so với").
  const phraseAt = new Map(findTimePhrases(before).map((t) => [t.start, t] as const));
  // Each head: where its "so" starts (past the space or comma before it) and where its base starts.
  const heads = [...before.matchAll(LEADING_HEAD)].map((m) => ({ so: m.index + m[0].search(SO_WORD), base: m.index + m[0].length }));
  // The last head whose base is followed by the subject only; a stop after one head is after every earlier one too.
  for (let h = heads.length - 1; h >= 0; h--) {
    const headStart = heads[h]?.so ?? 0;
    const baseStart = heads[h]?.base ?? 0;
    const base = before.slice(baseStart);
    // A dated base ("cùng kỳ năm 2021", "cùng kỳ 2019", "năm 1999") before a relative one ("cùng kỳ năm trước").
    const time = phraseAt.get(baseStart) ?? phraseAt.get(baseStart + (SAME_TIME.exec(base)?.[0].length ?? 0));
    if (time === undefined) {
      const relative = RELATIVE_BASE.exec(base);
      if (relative === null) continue;
      const subjectStart = baseStart + relative[0].length;
      const rest = before.slice(subjectStart);
      return SUBJECT_AFTER_BASE.test(rest) && !CONJUNCTION_ONLY.test(rest) ? { year: null, part: WHOLE_YEAR, headStart, subjectStart } : null;
    }
    const rest = before.slice(time.end);
    if (!SUBJECT_AFTER_BASE.test(rest) || CONJUNCTION_ONLY.test(rest)) return null;
    const years = time.years;
    if (years !== null && (isPeriod(years) || years.length !== 1)) continue;
    return { year: years === null ? null : (years[0] ?? null), part: time.period ?? WHOLE_YEAR, headStart, subjectStart: time.end };
  }
  return null;
}

/**
 * What a leading base compares with: its year, and the part of it when it names one ("so với quý II/2023").
 *
 * @example
 * leadingCompareTo({ year: 2021, part: '', headStart: 0, subjectStart: 30 }); // { year: 2021 }
 */
export function leadingCompareTo(base: LeadingBase): CompareTo {
  if (base.year === null) return null;
  return base.part === WHOLE_YEAR ? { year: base.year } : { year: base.year, part: base.part };
}

/**
 * The years a subject gives a change whose base it named: none when they are only that base year.
 *
 * @example
 * yearsBesideBase([1999], { year: 1999 }); // null
 * yearsBesideBase([2023], { year: 1999 }); // [2023]
 */
export function yearsBesideBase(years: ClaimYears | null, base: { readonly year: number | null } | null): ClaimYears | null {
  if (base === null || years === null || !Array.isArray(years)) return years;
  return years.length === 1 && years[0] === base.year ? null : years;
}

/**
 * The subject of a claim whose base is named before it: the words after the base ("so với năm 1999 dân số tăng …"),
 * else those before the base ("Tháng 9/2023, CPI so với tháng trước tăng 0,5%"), with the time written there. The
 * year of the base itself is never the claim's own (yearsBesideBase drops it).
 *
 * @example
 * subjectAroundBase('Tháng 9/2023, CPI so với tháng trước ', leadingCompare('Tháng 9/2023, CPI so với tháng trước ')!)
 * // { indicator: 'CPI', years: [2023], part: 'T9' }
 */
export function subjectAroundBase(before: string, leading: LeadingBase): Subject {
  const after = findSubject(before.slice(leading.subjectStart));
  const all = findSubject(before);
  if (after.indicator !== null) return { ...after, years: all.years };
  const front = findSubject(before.slice(0, leading.headStart));
  const frontTime = front.years !== null || front.part !== WHOLE_YEAR;
  return { indicator: front.indicator, years: frontTime ? front.years : all.years, part: frontTime ? front.part : after.part };
}
