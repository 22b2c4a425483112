import { foldDiacritics } from '../../claims/normalize-text';
import { isPeriod } from '../finding/find-time-phrases';
import { endsWithParts } from '../finding/base-part';
import type { PeriodKey } from '../../verify/reference-types';
import type { ExtractedClaim, YearValue } from '../types';

/*
 * The levels a text prints for a named indicator and a single year, and what their names say: the levels that
 * check-conflicts.ts holds against each other and check-known.ts against the known series.
 */

/** Slack for binary floating point when comparing printed values. */
const EPSILON = 1e-9;

/** A level the text prints for one indicator and one year, with the claim that prints it. */
export interface TextLevel {
  readonly index: number;
  /** Where the claim that prints it starts and ends in the text. */
  readonly start: number;
  readonly end: number;
  readonly indicator: string;
  readonly value: YearValue & { readonly year: number };
  /** The part of the year (`''`: the whole year): "9 tháng" and "cả năm" are two levels, never two values of one. */
  readonly part: PeriodKey;
}

/**
 * Every level the text prints for a named indicator and a single year: plain value statements (no
 * qualifier such as "trên", none said again in another unit) and both ends of from–to statements and table rows.
 *
 * @example
 * textLevels(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.'))[0]?.value.year; // 2023
 */
export function textLevels(claims: readonly ExtractedClaim[]): TextLevel[] {
  const out: TextLevel[] = [];
  claims.forEach((claim, index) => {
    // An amount said again in another unit ("(tương đương 1,5 tỷ USD)") is no second value of its level.
    // A time carried from an earlier sentence is the reader's guess, not the text's word: no value is held to it.
    if (claim.indicator === null || claim.restates === true || claim.excess === true || claim.timeCarried === true) return;
    const first = claim.figures[0];
    const year = !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
    if (claim.kind === 'value' && claim.qualifier === null && first !== undefined && year !== null) {
      out.push({ index, start: claim.start, end: claim.end, indicator: claim.indicator, value: { ...first, year }, part: claim.part });
    }
    for (const { value, part } of endsWithParts(claim)) {
      if (value.year !== null) out.push({ index, start: claim.start, end: claim.end, indicator: claim.indicator, value: { ...value, year: value.year }, part });
    }
  });
  return out;
}

/**
 * Whether two printed values cannot be the same number: their rounding intervals do not meet.
 *
 * @example
 * valuesDiffer({ value: 412.7, decimals: 1 }, { value: 413, decimals: 0 }); // false
 */
export function valuesDiffer(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  return Math.abs(a.value - b.value) > 0.5 * 10 ** -a.decimals + 0.5 * 10 ** -b.decimals + EPSILON;
}

// Grammar (folded): scale-word := ( "nghin" | "ngan" | "trieu" | "ty" ) space — the scale before a unit's words
// Example: "tỷ lượt khách" → "luot khach".
const SCALE_WORD = /^(?:nghin|ngan|trieu|ty) /u;

// Grammar (folded): comparison-only := ( ( "cao" | "thap" ) " hon" | "so voi" | "bang" ) [ " muc" [ " tang" ] ] | "muc"
//   [ " tang" ] — the whole name
// Example: "cao hơn mức" before "tăng 0,55% của năm 2017" (An Giang, 2018: each sector's growth against its own of the year
//          before) names the comparison, not a series.
const COMPARISON_ONLY = /^(?:(?:(?:cao|thap) hon|so voi|bang)(?: muc(?: tang)?)?|muc(?: tang)?)$/u;

/**
 * Whether a level's name names no series: only its unit's words (a figure after "và" that the reader named by its unit:
 * "… đạt 1.874,5 triệu lượt khách, tăng 10,4% … và 82,8 tỷ lượt khách", GSO's transport, 5 months of 2018: passenger-km
 * with its ".km" lost), or only the words of a comparison ("cao hơn mức").
 *
 * @example
 * namesNoSeries({ indicator: 'lượt khách', value: { unit: 'tỷ lượt khách', … }, … }) // true
 */
export function namesNoSeries(level: TextLevel): boolean {
  const name = foldDiacritics(level.indicator).toLowerCase().trim();
  const unit = foldDiacritics(level.value.unit ?? '').toLowerCase().replace(SCALE_WORD, '');
  return (unit !== '' && name === unit) || COMPARISON_ONLY.test(name);
}

// Grammar (folded): of-which := "trong do" as words — the marker before a part of the level named before it
// Example: "Doanh thu hoạt động dịch vụ … 670,51 tỷ đồng … Trong đó: doanh thu hoạt động dịch vụ lưu trú, ăn uống … 277,28 tỷ
//          đồng" (Sơn La, September 2022): the second is a part of the first, no second value of it.
const OF_WHICH = /(?:^|[^a-z])trong do(?:[^a-z]|$)/u;
/** How far after a level its parts' "trong đó" may be printed (characters: about a paragraph). */
const PART_REACH = 600;

/** The words of a name, folded. */
function wordsOf(name: string): string[] {
  return foldDiacritics(name).toLowerCase().split(/[^a-z0-9]+/u).filter((w) => w !== '');
}

/** Whether `later` is a part of `earlier`: named with all its words and more, after a "trong đó" that follows it. */
export function partOfEarlier(earlier: TextLevel, later: TextLevel, text: string): boolean {
  const whole = new Set(wordsOf(earlier.indicator));
  const part = wordsOf(later.indicator);
  if (later.start < earlier.end || later.start - earlier.end > PART_REACH || part.length <= whole.size) return false;
  return [...whole].every((w) => part.includes(w)) && OF_WHICH.test(foldDiacritics(text.slice(earlier.end, later.start)).toLowerCase());
}

