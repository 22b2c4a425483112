import type { ClaimText } from '../../claims/read-claim-at';
import type { ParsedClaim } from '../../claims/types';
import { aboutAfterBase, readAbout } from './about-subject';
import { claimAt, wordsOf, type ClaimMatch } from './claim-match';
import { makeFigure } from './figure-grammar';
import { readCompareTail, type CompareTail } from './read-compare-tail';
import { withSlashPair } from './read-slash-pair';
import type { Figure } from '../types';

/*
 * The changes match-claims.ts reads: a direction word and its figure ("tăng 9,2% so với năm 2020", "giảm (-9,28%)"), and a
 * rise or fall said by its sign alone ("+ 10,70%"), each with what it measures and its base when printed after it.
 */

// Grammar: unopened-close := space* ")" end. Example: the ")" of "tăng 6 trạm)".
const UNOPENED_CLOSE = /\s*\)$/u;

/**
 * A direction word and its figure (CHANGE), with what it measures ("về …") and its base when printed after it; null for a
 * phrase that is no change ("gấp" without "lần", a figure without a unit or a base).
 *
 * @example
 * matchChange(CHANGE.exec(text)!, claimTextOf(text))?.compareTo // { year: 2020 } for text 'tăng 9,2% so với năm 2020'
 */
export function matchChange(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const figure = makeFigure(g['n'] ?? '', g['u']);
  if (figure === null) return null;
  // A closing bracket belongs to the claim only when the claim opened it ("giảm (-9,28%)"), not in "(tăng 6 trạm)".
  const taken = m[0].includes('(') ? m[0] : m[0].replace(UNOPENED_CLOSE, '');
  const matchEnd = m.index + taken.length;
  const isRatio = g['gap'] !== undefined || (g['mod'] ?? '').trim().toLowerCase() === 'gấp';
  // "tăng 14,4% về lượng … so với năm 2022": what the change measures, then its base.
  const about = readAbout(clause.text.slice(matchEnd));
  const tailStart = matchEnd + (about?.end ?? 0);
  // "gấp 1,3 lần năm 2015": the base follows a "gấp" ratio directly.
  const tail = readCompareTail(clause.text.slice(tailStart), isRatio && about === null);
  if (isRatio && figure.unit !== 'lần') return null;
  if (figure.unit === null && tail === null) return null;
  // "giảm 15,8% so với cùng kỳ về số lượng doanh nghiệp mới thành lập": what it measures, after its base.
  const aboutAfter = about === null && tail !== null ? aboutAfterBase(clause.text.slice(tailStart + tail.end)) : null;
  const read = claimAt(clause, m.index, matchEnd);
  // "chỉ số giá tiêu dùng bình quân tăng 3,31% so với cùng kỳ": the average of the months against the same months a
  // year before, a change in %, not a rate a year (Hậu Giang's CPI, first half of 2022).
  const periodAverage = read.ok && read.kind === 'average-annual' && SAME_PERIOD_BASE.test(clause.text.slice(tailStart)) && !PER_YEAR.test(read.text);
  const claim: typeof read = periodAverage && read.ok ? { ...read, kind: 'percent' } : read;
  // An average in points a year ("bình quân mỗi năm giảm 2,13 điểm phần trăm") spans years as a rate does.
  const kind = claim.ok && (claim.kind === 'average-annual' || claim.kind === 'average-points') ? 'average-annual' : 'comparison';
  const change = changeMatch(kind, m.index, matchEnd, tailStart, figure, claim, tail);
  // "tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)": both values, printed after the base.
  const paired = kind === 'comparison' ? withSlashPair(change, clause.text) : change;
  const named = about ?? aboutAfter;
  return named === null ? paired : { ...paired, about: named.words };
}

/**
 * A change read from `start` to its figure's end, and on to the end of the base after `tailStart` when one follows.
 *
 * @example
 * changeMatch('comparison', 0, 9, 9, figure, claim, readCompareTail(' so với năm 2020')).end // 25
 */
export function changeMatch(
  kind: 'comparison' | 'average-annual',
  start: number,
  figureEnd: number,
  tailStart: number,
  figure: Figure,
  claim: ParsedClaim,
  tail: CompareTail | null,
): ClaimMatch {
  return {
    kind,
    start,
    end: tail === null ? tailStart : tailStart + tail.end,
    figures: [figure],
    claim,
    ...wordsOf(claim),
    compareTo: tail?.compareTo ?? null,
    ownYears: null,
    endpoints: null,
    figureEnd,
    ...(tail?.printedBase === undefined ? {} : { printedBase: tail.printedBase }),
  };
}

// Grammar: ends-with-figure := ( digit | "%" ) space* end — what a range's dash follows ("15 - 20%", "5% -7%").
const ENDS_WITH_FIGURE = /[\d%]\s*$/u;

/** How far before a signed figure matchSigned reads: a bracket restating a change is shorter. */
const LOOK_BACK = 160;

// Grammar: restated-change := ( "tăng" | "giảm" ) not-after-letter ( any but , ; ( ) )* digit ( any but , ; ( ) )* space* "(" space* end
// Example: "tăng 164.112 con (" before "+8,82%)": the bracket restates that change in %, which link-brackets reads as
// one change with two figures; "tăng khá cao (" before "+14,4%)" names no figure, so the sign is the claim.
const RESTATED_CHANGE = /(?<![\p{L}\p{M}])(?:tăng|giảm)[^,;()]*\d[^,;()]*\(\s*$/iu;

// Grammar: compared-rate := ( "cao" | "thấp" ) space+ "hơn" not-before-letter ( any but , ; ( ) )* "(" space* end
// Example: "cao hơn khá nhiều so với quý IV năm trước (" before "+5,8%)": the rate it is compared with, a level.
const COMPARED_RATE = /(?<![\p{L}\p{M}])(?:cao|thấp)\s+hơn(?![\p{L}\p{M}])[^,;()]*\(\s*$/iu;

// Grammar: same-period-base := start space* "so" ( space+ "với" )? space+ ( "cùng kỳ" | ( "tháng" | "quý" | "kỳ" ) space+
//   "trước" ) — a base one period back, not a span of years
// Example: " so với cùng kỳ" after "bình quân tăng 3,31%"; not " so với năm 2015".
const SAME_PERIOD_BASE = /^\s*so(?:\s+với)?\s+(?:cùng\s+kỳ|(?:tháng|quý|kỳ)\s+trước)/iu;

// Grammar: per-year := "/" space* "năm" | ( "mỗi" | "hằng" | "hàng" | "một" ) space+ "năm"
// Example: "bình quân tăng 8%/năm", "bình quân mỗi năm tăng 8%" are rates a year; "bình quân tăng 3,31%" is not by itself.
const PER_YEAR = /\/\s*năm|(?:mỗi|hằng|hàng|một)\s+năm/iu;

/**
 * "+ 10,70%", "(-9,1%)": a rise or fall said by its sign alone, read by lib/claims as the figure with the sign's
 * direction. A sign and a space at the clause's start is a bullet ("- 50% số xã …"), a dash after a figure a range.
 *
 * @example
 * matchSigned(SIGNED.exec(text)!, claimTextOf(text))?.direction // 'down' for text 'Vốn đầu tư: 19.394 tỷ đồng, -13,78%'
 */
export function matchSigned(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  // What precedes, as far as the rules look back (a clause may be long; the tests stay linear in it).
  const before = clause.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
  if (ENDS_WITH_FIGURE.test(before) || (g['gap'] !== '' && m.index === before.length && before.trim() === '')) return null;
  if (m[0].startsWith('(') && (RESTATED_CHANGE.test(`${before}(`) || COMPARED_RATE.test(`${before}(`))) return null;
  const figure = makeFigure(g['n'] ?? '', '%');
  if (figure === null) return null;
  const taken = m[0].includes('(') ? m[0] : m[0].replace(UNOPENED_CLOSE, '');
  const end = m.index + taken.length;
  const numberAt = m.index + taken.indexOf(g['n'] ?? '', taken.indexOf(g['sign'] ?? ''));
  const claim = claimAt(clause, numberAt, end, g['sign'] === '+' ? 'up' : 'down');
  if (!claim.ok) return null;
  return changeMatch('comparison', m.index, end, end, figure, claim, readCompareTail(clause.text.slice(end)));
}
