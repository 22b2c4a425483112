import { YEAR_SOURCE } from './figure-grammar';
import type { ClaimYears, Period } from '../types';

/** A time phrase found in prose, with offsets relative to the searched text. */
export interface TimePhrase {
  readonly start: number;
  readonly end: number;
  /** `[2022]` for a year, `{ from, to }` for a period, `[]` for "đến nay" / "hiện nay". */
  readonly years: ClaimYears;
}

// Grammar: time-phrase := range | period | year | now
//   range  := ( "từ" space )? "năm" space YEAR space ( "đến" | "tới" ) space ( "hết" space )? ( "năm" space )? YEAR
//   period := ( ( "trong" space )? ( "giai đoạn" | "thời kỳ" | "nhiệm kỳ" | "kỳ" ) space )? ( "từ" space )? YEAR space* dash space* YEAR
//   year   := ( ( "đến" | "tới" ) space )? ( ( "hết" | "cuối" | "đầu" | "trong" ) space )? "năm" space YEAR
//   now    := ( "đến" | "tới" ) space "nay" | "hiện nay"
//   dash   := "-" | "–" | "—"
// Example: "giai đoạn 2018 - 2021" (period), "từ năm 2016 đến năm 2023" (range), "Đến hết năm 2024" (year), "Đến nay" (now).
const TIME_PHRASE = new RegExp(
  `(?:từ\\s+)?năm\\s+(?<r1>${YEAR_SOURCE})\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?(?<r2>${YEAR_SOURCE})` +
    `|(?:(?:trong\\s+)?(?:giai\\s+đoạn|thời\\s+kỳ|nhiệm\\s+kỳ|kỳ)\\s+)?(?:từ\\s+)?(?<p1>${YEAR_SOURCE})\\s*[-–—]\\s*(?<p2>${YEAR_SOURCE})` +
    `|(?:(?:đến|tới)\\s+)?(?:(?:hết|cuối|đầu|trong)\\s+)?năm\\s+(?<y>${YEAR_SOURCE})` +
    '|(?<now>(?:đến|tới)\\s+nay|hiện\\s+nay)(?![\\p{L}\\p{M}])',
  'giu',
);

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

/** The longest plausible period, in years; "1499 - 2024" in a history passage is still a period. */
const MAX_PERIOD_YEARS = 600;

function periodOf(fromText: string | undefined, toText: string | undefined): ClaimYears | null {
  const from = Number(fromText);
  const to = Number(toText);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from || to - from > MAX_PERIOD_YEARS) return null;
  return { from, to };
}

/**
 * Finds years, periods and "up to now" phrases, left to right, without overlaps.
 *
 * @example
 * findTimePhrases('giai đoạn 2018 - 2021 đạt 6%/năm, năm 2023 đạt 5,5%');
 * // [{ start: 0, end: 21, years: { from: 2018, to: 2021 } }, { start: 34, end: 43, years: [2023] }]
 */
export function findTimePhrases(text: string): TimePhrase[] {
  const found: TimePhrase[] = [];
  TIME_PHRASE.lastIndex = 0;
  for (let m = TIME_PHRASE.exec(text); m !== null; m = TIME_PHRASE.exec(text)) {
    const g = m.groups ?? {};
    let years: ClaimYears | null = null;
    if (g['r1'] !== undefined) years = periodOf(g['r1'], g['r2']);
    else if (g['p1'] !== undefined) years = periodOf(g['p1'], g['p2']);
    else if (g['y'] !== undefined) years = [Number(g['y'])];
    else if (g['now'] !== undefined) years = [];
    if (years !== null) found.push({ start: m.index, end: m.index + m[0].length, years });
  }
  return found;
}
