import { YEAR_SOURCE } from './figure-grammar';
import { findPeriodPhrases, WHOLE_YEAR } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears, Period } from '../types';

/** A time phrase found in prose, with offsets relative to the searched text. */
export interface TimePhrase {
  readonly start: number;
  readonly end: number;
  /**
   * `[2022]` for a year, `{ from, to }` for a period, `[]` for "đến nay" / "hiện nay"; `null` for a part of a
   * year written without its year ("Tính chung 9 tháng", "quý III"), which takes the year of its context.
   */
  readonly years: ClaimYears | null;
  /**
   * The part of the year ("Quý III/2023" → `Q3`, "9 tháng năm 2023" → `L9`); `''` for a whole year or none; `null` for
   * "cùng kỳ năm 2022", the same part of that year as its context.
   */
  readonly period: PeriodKey | null;
}

// Grammar: time-phrase := range | period | year | now
//   range  := ( "từ" space )? "năm" space YEAR space ( "đến" | "tới" ) space ( "hết" space )? ( "năm" space )? YEAR
//   period := ( ( "trong" space )? ( "giai đoạn" | "thời kỳ" | "nhiệm kỳ" | "kỳ" ) space )? ( "từ" space )? YEAR space* dash space* YEAR
//   year   := ( ( "đến" | "tới" ) space )? ( ( "hết" | "cuối" | "đầu" | "trong" | "cả" ) space )? "năm" space YEAR
//           | "cùng kỳ" space YEAR (the year without "năm": the same part of that year)
//   now    := ( "đến" | "tới" ) space "nay" | "hiện nay"
//   bare   := YEAR at the start of the text or after "(" ";" ":" "," and spaces, followed by the end of the text or by
//             space+ ( "tăng" | "giảm" | "đạt" | "là" ) as a word — a year that opens its clause as its subject
//   dash   := "-" | "–" | "—"
// Example: "giai đoạn 2018 - 2021" (period), "từ năm 2016 đến năm 2023" (range), "Đến hết năm 2024" (year), "cùng kỳ
// 2022" (year), "Đến nay" (now), "(2003 tăng 7,0%; 2004 tăng 7,1%)" (bare: GSO's earlier years listed in brackets).
const TIME_PHRASE = new RegExp(
  `(?:từ\\s+)?năm\\s+(?<r1>${YEAR_SOURCE})\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?(?<r2>${YEAR_SOURCE})` +
    `|(?:(?:trong\\s+)?(?:giai\\s+đoạn|thời\\s+kỳ|nhiệm\\s+kỳ|kỳ)\\s+)?(?:từ\\s+)?(?<p1>${YEAR_SOURCE})\\s*[-–—]\\s*(?<p2>${YEAR_SOURCE})` +
    `|(?:(?:đến|tới)\\s+)?(?:(?:hết|cuối|đầu|trong|cả)\\s+)?năm\\s+(?<y>${YEAR_SOURCE})` +
    `|cùng\\s+kỳ\\s+(?<sy>${YEAR_SOURCE})` +
    '|(?<now>(?:đến|tới)\\s+nay|hiện\\s+nay)(?![\\p{L}\\p{M}])' +
    `|(?<=^|[(;:,]\\s*)(?<by>${YEAR_SOURCE})(?=\\s*$|\\s+(?:tăng|giảm|đạt|là)(?![\\p{L}\\p{M}]))`,
  'giu',
);

// Grammar: same-period-before := "cùng" space+ "kỳ" space+ end — before a year: the same part of that year.
// Example: "cùng kỳ " in "tăng 7,92% so với cùng kỳ năm 2022" after "Chín tháng năm 2023".
const SAME_PERIOD_BEFORE = /cùng\s+kỳ\s+$/iu;

// Grammar: since-before := "kể" space+ "từ" space+ end; since-after := start space+ "trở" space+ "lại" space+ "đây" — a year
//   that opens "the years since", against which a figure is ranked
// Example: "là mức tăng trưởng cao nhất của quý I kể từ năm 2021 trở lại đây" (Hà Nam, first quarter of 2025): "năm 2021"
//          is no time of the sectors' rates after it.
const SINCE_BEFORE = /kể\s+từ\s+$/iu;
const SINCE_AFTER = /^\s+trở\s+lại\s+đây/iu;

// Grammar: brought-after := start space+ "mang" space+ "sang" — a year that dates what a budget carries over from it
// Example: "thu chuyển nguồn năm 2017 mang sang ngoài dự toán là 1.753.925 triệu đồng" (Hậu Giang's budget, September
//          2018): "năm 2017" is no time of that figure nor of the 2018 figures after it.
const BROUGHT_AFTER = /^\s+mang\s+sang/iu;

/**
 * Whether claim years are a period rather than a list of single years.
 *
 * @example
 * isPeriod({ from: 2016, to: 2020 }); // true
 * isPeriod([2022]); // false
 */
export function isPeriod(years: ClaimYears): years is Period {
  return !Array.isArray(years);
}

/**
 * Whether two claims speak of the same years (the same list, or the same period).
 *
 * @example
 * sameYears([2023], [2023]) // true
 */
export function sameYears(a: ClaimYears, b: ClaimYears): boolean {
  if (isPeriod(a) || isPeriod(b)) return isPeriod(a) && isPeriod(b) && a.from === b.from && a.to === b.to;
  return a.length === b.length && a.every((year, i) => b[i] === year);
}

/**
 * Whether a part speaks of its whole's years: the same years, or no year on either side.
 *
 * @example
 * yearsFit([2025], []) // true
 * yearsFit([2024], [2025]) // false
 */
export function yearsFit(part: ClaimYears, whole: ClaimYears): boolean {
  const undated = (years: ClaimYears): boolean => !isPeriod(years) && years.length === 0;
  return undated(part) || undated(whole) || sameYears(part, whole);
}

/** The longest plausible period, in years; "1499 - 2024" in a history passage is still a period. */
const MAX_PERIOD_YEARS = 600;

function periodOf(fromText: string | undefined, toText: string | undefined): ClaimYears | null {
  const from = Number(fromText);
  const to = Number(toText);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from || to - from > MAX_PERIOD_YEARS) return null;
  return { from, to };
}

/**
 * Finds years, periods, parts of a year (lib/verify/reference-period.ts reads those) and "up to now" phrases, left to
 * right, without overlaps: "quý III năm 2023" is one phrase, not a quarter and a year.
 *
 * @example
 * findTimePhrases('giai đoạn 2018 - 2021 đạt 6%/năm, năm 2023 đạt 5,5%');
 * // [{ start: 0, end: 21, years: { from: 2018, to: 2021 }, period: '' }, { start: 34, end: 43, years: [2023], period: '' }]
 * findTimePhrases('Tính chung 9 tháng năm 2023, xuất khẩu'); // [{ start: 11, end: 27, years: [2023], period: 'L9' }]
 */
export function findTimePhrases(text: string): TimePhrase[] {
  const parts: TimePhrase[] = findPeriodPhrases(text).map((p) => ({
    start: p.start,
    end: p.end,
    years: p.year === null ? null : [p.year],
    period: p.key,
  }));
  const found: TimePhrase[] = [...parts];
  // Both lists run left to right: `next` is the first part of a year not wholly before this match.
  let next = 0;
  TIME_PHRASE.lastIndex = 0;
  for (let m = TIME_PHRASE.exec(text); m !== null; m = TIME_PHRASE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < parts.length && (parts[next]?.end ?? 0) <= start) next++;
    const part = parts[next];
    if (part !== undefined && part.start < end) continue;
    const g = m.groups ?? {};
    let years: ClaimYears | null = null;
    if (g['r1'] !== undefined) years = periodOf(g['r1'], g['r2']);
    else if (g['p1'] !== undefined) years = periodOf(g['p1'], g['p2']);
    else if (g['y'] !== undefined) years = [Number(g['y'])];
    else if (g['sy'] !== undefined) years = [Number(g['sy'])];
    else if (g['now'] !== undefined) years = [];
    else if (g['by'] !== undefined) years = [Number(g['by'])];
    // "kể từ năm 2021 trở lại đây" ranks the figure against the years since: no time of what is said ("kể từ đầu năm 2024"
    // is the year so far, its time).
    const since = SINCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || SINCE_AFTER.test(text.slice(end, end + 16));
    if (g['y'] !== undefined && since && /^năm/iu.test(m[0])) continue;
    // "chuyển nguồn năm 2017 mang sang" names where the money comes from, not when it is counted.
    if (g['y'] !== undefined && BROUGHT_AFTER.test(text.slice(end, end + 16))) continue;
    const samePeriod = g['sy'] !== undefined || (g['y'] !== undefined && SAME_PERIOD_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
    if (years !== null) found.push({ start, end, years, period: samePeriod ? null : WHOLE_YEAR });
  }
  return parts.length === 0 ? found : found.sort((a, b) => a.start - b.start);
}

// Grammar: base-lead := ( start | non-letter ) "so" space+ ( "với" space+ )? ( "cùng kỳ" space+ )? end
//   — the words that make the time phrase after them a comparison's base
// Example: "tốc độ tăng GRDP so với cùng kỳ năm 2021 đạt thấp: dịch vụ tăng 6,16%" (Lào Cai, 6 months of 2022): "năm
//          2021" is the base of the rates, not their time.
const BASE_LEAD = /(?:^|[^\p{L}\p{M}])so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?$/iu;

/**
 * Whether a time phrase after `before` is a comparison's base ("so với cùng kỳ năm 2021"), not the time of what is said.
 *
 * @example
 * followsBaseLead('tăng 20,48% so với cùng kỳ '); // true
 * followsBaseLead('Trong ');                     // false
 */
export function followsBaseLead(before: string): boolean {
  return BASE_LEAD.test(before);
}

/**
 * Whether a sentence names a time of its own: a time phrase that is not a comparison's base.
 *
 * @example
 * namesOwnTime('Khu vực dịch vụ tăng 8,33% so với cùng kỳ năm 2024.'); // false
 * namesOwnTime('Sáu tháng năm 2025, khu vực dịch vụ tăng 8,33%.');     // true
 */
export function namesOwnTime(sentence: string): boolean {
  return findTimePhrases(sentence).some((t) => !followsBaseLead(sentence.slice(0, t.start)));
}
