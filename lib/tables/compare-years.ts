import { headerKey } from './header-key';
import { AVERAGE_HEADER } from './recognize-columns';
import { yearPairOf } from './year-headers';
import type { Column, ReportTable } from './types';

export type CompareYears = ReportTable['compare'];

// Grammar: a 4-digit year 1900–2199 not inside a longer number.
// Example: "nam 2022 so sanh voi nam 2009" → 2022, 2009.
const YEAR_IN_TEXT = /(?<!\d)(?:19|20|21)\d{2}(?!\d)/g;

// Grammar: "ke hoach" | "du toan" | "nhiem vu" anywhere, or "kh" / "plan" as a whole word — the plan, the
//   budget estimate (dự toán) or the spending task (nhiệm vụ chi) a value is compared with.
// Example: "so sanh voi ke hoach", "% kh", "vs plan", "11 thang so voi du toan nam (%)" match; "khach", "dau tu" do not.
const MENTIONS_PLAN = /ke hoach|du toan|nhiem vu|\bkh\b|\bplan\b/;

// Grammar: YEAR, optional spaces, a dash or en/em dash, optional spaces, YEAR — a period.
// Example: "giai doan 2009 - 2022" matches; "2022 so voi 2015" does not.
const YEAR_RANGE = /(?:19|20|21)\d{2} ?[-–—] ?(?:19|20|21)\d{2}/;

// Grammar: two-periods := YEAR_RANGE anything YEAR_RANGE — a comparison of one period's average with another's
// Example: "chi so phat trien bq giai doan 2016-2018 so voi bq giai doan 2011-2015" (GSO's enterprises of Hà Nội, 2019):
//          neither period's average is a year column, so the column compares no two years of the table.
const TWO_PERIODS = new RegExp(`${YEAR_RANGE.source}.*${YEAR_RANGE.source}`);

// Grammar (folded): last-year-base := "cung ky" | "nam truoc" anywhere, or "ck" (a report form's "cùng kỳ") as a word.
// Example: "so voi cung ky nam truoc (%)", "nam truoc = 100", "so ck (%)" name the same time a year earlier as the base.
const LAST_YEAR_BASE = /cung ky|nam truoc|\bck\b/;

// Grammar: "voi" as a whole word (the "so với" of a comparison).
// Example: "so sanh voi nam 2009" matches.
const WITH_WORD = /\bvoi\b/;

interface NamedYear {
  readonly year: number;
  readonly at: number;
}

function namedYears(key: string): NamedYear[] {
  const out: NamedYear[] = [];
  for (const m of key.matchAll(YEAR_IN_TEXT)) {
    const year = Number(m[0]);
    if (!out.some((y) => y.year === year)) out.push({ year, at: m.index });
  }
  return out;
}

/**
 * The first and last of a table's years, which a table with no comparison column compares; null for fewer than two.
 *
 * @example
 * spanYears([2005, 2008, 2010]) // { from: 2005, to: 2010 }
 */
export function spanYears(years: readonly number[]): CompareYears {
  if (years.length < 2) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

function comparePlan(years: readonly number[], plan: Column, named: readonly NamedYear[]): CompareYears {
  const namedYear = named.find((y) => years.includes(y.year))?.year;
  const to = namedYear ?? (plan.year !== undefined && years.includes(plan.year) ? plan.year : years[years.length - 1]);
  if (to === undefined) return null;
  return { from: plan.year ?? to, to, fromPlan: true };
}

/** One year named: after "với" it is the base (from); otherwise it is the year compared (to). */
function compareOneNamed(years: readonly number[], key: string, named: NamedYear): CompareYears {
  const withAt = key.search(WITH_WORD);
  const others = years.filter((y) => y !== named.year);
  if (others.length === 0) return null;
  if (withAt >= 0 && withAt < named.at) return { from: named.year, to: Math.max(...others) };
  return { from: Math.min(...others), to: named.year };
}

/** Whether every year column is headed by a pair of years, the later over the earlier (a yearbook's indices). */
function indexColumnsAlone(columns: readonly Column[]): boolean {
  const valued = columns.filter((c) => c.role === 'year' || c.role === 'estimate');
  return valued.length > 0 && valued.every((c) => yearPairOf(c.header) !== null);
}

/**
 * The years the comparison column compares (spec "Comparison years"):
 * - a plan comparison ("So sánh với kế hoạch") with a plan column: the plan (from) against the
 *   year (to), `fromPlan: true`;
 * - an average rate over a period ("Tốc độ tăng bình quân 2016-2020 (%)"): from the year before the period when
 *   the table has it (2015 → 2020), else from its first year;
 * - two years named in the header: "Năm 2022 so sánh với năm 2009", "2020 so với 2015" → the
 *   first named is `to`, the one after "với" is `from`; a period "2009 - 2022" reads in order;
 * - one year column and a base "cùng kỳ (năm trước)" or "năm trước = 100": that year against the year before it,
 *   which the table does not print; with no year column, the year the header names ("Tháng 3 năm 2023 so với: Tháng
 *   3 năm trước");
 * - a table of indices alone, each year column headed "2016/2015", or two periods' averages ("BQ giai đoạn 2016-2018 so
 *   với BQ giai đoạn 2011-2015"): nothing;
 * - otherwise the earliest year column against the latest.
 * Year columns are taken chronologically. Null when fewer than two years (and no plan).
 *
 * @example
 * compareYears(buildColumns(['Chỉ tiêu', '2015', '2020', '2022', '2020 so với 2015'])); // { from: 2015, to: 2020 }
 */
export function compareYears(columns: readonly Column[]): CompareYears {
  const years: number[] = [];
  let plan: Column | undefined;
  let claim: Column | undefined;
  for (const column of columns) {
    if ((column.role === 'year' || column.role === 'estimate') && column.year !== undefined) years.push(column.year);
    else if (column.role === 'plan') plan = column;
    else if (column.role === 'claim' || column.role === 'index') claim = column;
  }
  // A table of indices alone ("2016/2015 | 2017/2016 | …", read as years by header-columns.ts) compares nothing: each
  // value is already a comparison, and one index over another is no change of anything.
  if (claim === undefined && plan === undefined && indexColumnsAlone(columns)) return null;
  const key = claim ? headerKey(claim.header) : '';
  const named = namedYears(key);
  if (plan && (MENTIONS_PLAN.test(key) || (claim === undefined && years.length === 1))) {
    return comparePlan(years, plan, named);
  }
  if (TWO_PERIODS.test(key)) return null;
  const first = named[0];
  const second = named[1];
  // "Tốc độ tăng bình quân 2016-2020 (%)" runs from the year before the period when the table prints it.
  if (first && second && AVERAGE_HEADER.test(key) && YEAR_RANGE.test(key)) {
    return { from: years.includes(first.year - 1) ? first.year - 1 : first.year, to: second.year };
  }
  if (first && second) {
    return YEAR_RANGE.test(key) ? { from: first.year, to: second.year } : { from: second.year, to: first.year };
  }
  // "So với cùng kỳ năm trước (%)" beside one column of values: the base is the same time a year earlier, which
  // the table does not print (its claims are then `implied`). A table of indices alone ("Tháng 3 năm 2023 so với:
  // Tháng 3 năm trước") names its year in the header.
  const only = years.length === 1 ? years[0] : years.length === 0 ? first?.year : undefined;
  if (only !== undefined && LAST_YEAR_BASE.test(key) && (first === undefined || first.year === only)) return { from: only - 1, to: only };
  if (first) return compareOneNamed(years, key, first);
  return spanYears(years);
}
