import { interpretScan } from './parse-number';
import { isThousandsShaped, scanNumber, type ScannedNumber } from './scan-number';
import type { NumberStyle } from './types';

export interface NumberStyleDecision {
  readonly style: NumberStyle;
  /**
   * True when some cells are unambiguously `vi` and others unambiguously `en`, or when a file read the English way also
   * holds cells written like `442.113`, which group thousands the Vietnamese way (Kon Tum's yearbook prints its people
   * `442.113` and its rates `2.39` in one table).
   */
  readonly mixed: boolean;
  /** How many cells voted for each style (ambiguous cells and integers do not vote). */
  readonly votes: { readonly vi: number; readonly en: number };
}

/**
 * The style a cell can only have been written in, or null when it could be either.
 * - both marks: the last one is the decimal mark (`1.234,5` → vi, `1,234.5` → en);
 * - one mark written twice or more groups (`1.042.100` → vi, `1,042,100` → en);
 * - one mark written once: `147.210` / `1,234` shapes do not vote; otherwise it is a decimal
 *   mark (`10,6` → vi, `28.27` → en); if more groups follow it, it groups (`1.234 567` → vi).
 */
function voteOf(scan: ScannedNumber): NumberStyle | null {
  const seps = scan.separators;
  const n = seps.length;
  if (scan.dotCount > 0 && scan.commaCount > 0) {
    const last = seps[n - 1];
    return last === 'comma' ? 'vi' : last === 'dot' ? 'en' : null;
  }
  const marks = scan.dotCount + scan.commaCount;
  if (marks === 0) return null;
  const isDot = scan.dotCount > 0;
  const groupsStyle: NumberStyle = isDot ? 'vi' : 'en';
  const decimalStyle: NumberStyle = isDot ? 'en' : 'vi';
  if (marks > 1) return groupsStyle;
  if (seps[n - 1] === 'space') return groupsStyle;
  return isThousandsShaped(scan) ? null : decimalStyle;
}

/**
 * Decides a file's number style from all its value cells, as Datawrapper does: cells that can
 * only be read one way vote; the majority wins; a tie or no vote gives `vi`.
 *
 * @example
 * detectNumberStyle(['10,6', '1.042.100', '147.210']); // { style: 'vi', mixed: false, votes: { vi: 2, en: 0 } }
 * detectNumberStyle(['28.27', '1,234.5', '10,6']);     // { style: 'en', mixed: true, votes: { vi: 1, en: 2 } }
 */
export function detectNumberStyle(cells: readonly string[]): NumberStyleDecision {
  let vi = 0;
  let en = 0;
  let dotGroups = 0;
  let commaGroups = 0;
  for (const cell of cells) {
    const sign = styleSignOf(cell);
    if (sign === 'vi') vi++;
    else if (sign === 'en') en++;
    else if (sign === 'dot-group') dotGroups++;
    else if (sign === 'comma-group') commaGroups++;
  }
  return decideNumberStyle(vi, en, dotGroups, commaGroups);
}

/**
 * What one cell says about its file's style, read in one scan: the style it votes for (it can only have been written
 * that way, and reads cleanly so); `dot-group` for a cell written like `442.113` (one dot before exactly three digits,
 * no comma: Vietnamese thousands, or an English decimal point) and `comma-group` for one written like `11,114` (the
 * same with a comma), which cast no vote; else `null`.
 *
 * @example
 * styleSignOf('10,6')    // 'vi'
 * styleSignOf('442.113') // 'dot-group'
 * styleSignOf('11,114')  // 'comma-group'
 * styleSignOf('2009')    // null
 */
export function styleSignOf(cell: string): NumberStyle | 'dot-group' | 'comma-group' | null {
  const scan = scanNumber(cell);
  if (typeof scan === 'string') return null;
  const vote = voteOf(scan);
  // Only cells that read cleanly in the style they vote for count.
  if (vote !== null) return interpretScan(scan, vote).ok ? vote : null;
  if (!isThousandsShaped(scan) || scan.dotCount + scan.commaCount !== 1) return null;
  return scan.dotCount === 1 ? 'dot-group' : 'comma-group';
}

/**
 * The vote one cell casts in detectNumberStyle (styleSignOf): the style it can only have been written in, when it also
 * reads cleanly in that style; `null` when it does not vote.
 *
 * @example
 * voteNumberStyle('10,6');    // 'vi'
 * voteNumberStyle('147.210'); // null
 */
export function voteNumberStyle(cell: string): NumberStyle | null {
  const sign = styleSignOf(cell);
  return sign === 'dot-group' || sign === 'comma-group' ? null : sign;
}

/**
 * detectNumberStyle's decision from the votes counted: the majority; on no vote at all, `en` when the only marks are
 * commas before three digits (`commaGroups`: `19,186`, `11,114` and `1,100` beside `898` are thousands, as `147.210` is
 * in a Vietnamese file; a coastal province's enterprises 2008–2011 in a thesis table), else `vi`; `vi` on a tie. Mixed
 * when both styles voted, or when the English way wins over cells shaped like `442.113` (`dotGroups`, which do not vote).
 *
 * @example
 * decideNumberStyle(2, 1); // { style: 'vi', mixed: true, votes: { vi: 2, en: 1 } }
 * decideNumberStyle(0, 7, 8); // { style: 'en', mixed: true, votes: { vi: 0, en: 7 } }
 * decideNumberStyle(0, 0, 0, 40).style; // 'en'
 */
export function decideNumberStyle(vi: number, en: number, dotGroups = 0, commaGroups = 0): NumberStyleDecision {
  const unvoted = vi === 0 && en === 0 && commaGroups > 0 && dotGroups === 0;
  const style: NumberStyle = en > vi || unvoted ? 'en' : 'vi';
  return { style, mixed: (vi > 0 && en > 0) || (style === 'en' && dotGroups > 0), votes: { vi, en } };
}
