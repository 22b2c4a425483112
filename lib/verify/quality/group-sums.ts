import { halfUnit } from './growth-band';
import type { TotalPart } from './types';

/*
 * The sums of a total's parts, year by year, within the rounding of every printed figure (table-totals.ts reads the
 * groups, and warns where they do not add up).
 */

/** A floating-point allowance on sums of printed decimals. */
export const EPSILON = 1e-9;
/** Fewest parts worth adding up. */
export const MIN_PARTS = 2;

/** A group's sum of parts in one year, its printed total and the rounding they allow (the sum of their half-units). */
export interface YearSum {
  readonly total: number;
  readonly sum: number;
  readonly slack: number;
  readonly parts: readonly { readonly raw: string; readonly value: number; readonly decimals: number; readonly none?: true }[];
}

/**
 * The sum of a group's parts in `year`; `null` when a figure of that year is not printed (or every part is a dash).
 *
 * @example
 * sumIn(group, 2018)?.sum // 31032: the nine districts, against the total's 31.005
 */
export function sumIn(group: TotalGroup, year: number): YearSum | null {
  const total = group.total.values.get(year);
  const parts = group.parts.map((p) => p.values.get(year));
  if (total === undefined || parts.some((v) => v === undefined)) return null;
  const printed = parts.filter((v): v is NonNullable<typeof v> => v !== undefined);
  if (printed.every((v) => v.none === true)) return null;
  const sum = printed.reduce((s, v) => s + v.value, 0);
  // A structure's 100 is exact, however it is printed ("100" over shares to two decimals, Quảng Ngãi's yearbook 2016).
  const exact = total.value === 100 && group.total.unit.includes('%');
  const slack = printed.reduce((s, v) => s + (v.none === true ? 0 : halfUnit(v.decimals)), exact ? 0 : halfUnit(total.decimals));
  return { total: total.value, sum, slack, parts: printed };
}

/**
 * Whether a group's parts add up to its total in `year`, within the rounding of every printed figure (the sum of their
 * half-units); `null` when a figure of that year is not printed.
 *
 * @example
 * addsUp(group, 2021) // true: 16.754.328 + 998.949 + 730.972 + 13.813 + 10.164 = 18.508.226
 */
export function addsUp(group: TotalGroup, year: number): boolean | null {
  const y = sumIn(group, year);
  return y === null ? null : isWithinRounding(y);
}

/**
 * Whether a year's parts add up to its total within the rounding of every printed figure.
 *
 * @example
 * isWithinRounding({ total: 100, sum: 100.04, slack: 0.05, parts: [] }) // true
 */
export function isWithinRounding(y: YearSum): boolean {
  return Math.abs(y.sum - y.total) <= y.slack + EPSILON;
}

/**
 * Whether rows under a "Phân theo …" heading that no standard breakdown names are a whole list of the total's parts:
 * they add up in more of the years than not, and in two at least. A list with rows under rows ("Vốn khu vực Nhà nước"
 * over "Vốn ngân sách Nhà nước", …) counts some values twice and never adds up, so it is never read as one.
 *
 * @example
 * addsUpMostly(group) // true: the parts add up in 4 years of 5
 */
export function addsUpMostly(group: TotalGroup): boolean {
  let agree = 0;
  let differ = 0;
  for (const year of group.total.values.keys()) {
    const verdict = addsUp(group, year);
    if (verdict === true) agree++;
    else if (verdict === false) differ++;
  }
  return agree >= MIN_PARTS && agree > differ;
}

/** A total row and the rows the table lists as its parts. */
export interface TotalGroup {
  readonly tableId: string;
  readonly total: TotalPart;
  readonly parts: readonly TotalPart[];
  /** For a total and parts printed as columns of one row (column-splits.ts): the row's name and the columns' measures. */
  readonly across?: { readonly row: string; readonly total: string; readonly parts: readonly string[] };
}

