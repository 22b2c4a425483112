import { makeFigure, UNIT_SOURCE } from './figure-grammar';
import type { ClaimMatch } from './claim-match';
import type { YearValue } from '../types';

/*
 * The two values of a comparison printed after it as "(later/earlier unit)", as district reports and five-year reviews
 * do: "tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)", "gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)".
 */

// Grammar: slash-pair := space* "(" space* number space* "/" space* number space* unit? space* ")" — the value compared,
//   then its base, in one unit written once after both; number := digit{1,3} ( "." digit{3} )+ ( "," digit+ )? | digit+
//   ( "," digit+ )? (figure-grammar's number will not start right after a "/", where it would be a unit's)
// Example: " (24.013/9.278 tỷ đồng)" → 24.013 and 9.278 tỷ đồng; " (13,86/9,15%)" → 13,86 % and 9,15 %; not " (5.104 USD)".
const PAIR_NUMBER = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const SLASH_PAIR = new RegExp(`^\\s*\\(\\s*(?<a>${PAIR_NUMBER})\\s*\\/\\s*(?<b>${PAIR_NUMBER})\\s*(?<u>${UNIT_SOURCE})?\\s*\\)`, 'u');

/** The two values of a slash pair and where it ends in the text given. */
export interface SlashPair {
  readonly end: number;
  readonly from: YearValue;
  readonly to: YearValue;
}

/**
 * The "(A/B unit)" right after a comparison: A is the value compared, B its base, each of the year given (`null` when
 * the text names none); `null` when no pair follows.
 *
 * @example
 * readSlashPair(' (24.013/9.278 tỷ đồng).', 2020, 2015)
 * // { end: 23, from: { value: 9278, …, year: 2015 }, to: { value: 24013, …, year: 2020 } }
 */
export function readSlashPair(text: string, toYear: number | null, fromYear: number | null): SlashPair | null {
  const m = SLASH_PAIR.exec(text);
  const g = m?.groups;
  if (m === null || g === undefined) return null;
  const to = makeFigure(g['a'] ?? '', g['u']);
  const from = makeFigure(g['b'] ?? '', g['u']);
  if (to === null || from === null) return null;
  return { end: m[0].length, from: { ...from, year: fromYear }, to: { ...to, year: toYear } };
}

/**
 * A change with the "(A/B unit)" printed right after it (in `text`, the clause it was matched in) as its ends, and its
 * span over the pair; the change as it was when none follows. The earlier end is of the base's year.
 *
 * @example
 * withSlashPair(change, 'tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng).').endpoints?.from.value // 9278
 */
export function withSlashPair(change: ClaimMatch, text: string): ClaimMatch {
  const base = change.compareTo !== null && 'year' in change.compareTo ? change.compareTo.year : null;
  const pair = readSlashPair(text.slice(change.end), null, base);
  return pair === null ? change : { ...change, end: change.end + pair.end, endpoints: { from: pair.from, to: pair.to } };
}
