import type { Measured } from '../numbers/types';
import { readMeasured } from '../numbers/read-measured';
import { claimOf } from './build-claim';
import { FIGURE_CLAIM } from './claim-grammar';
import { comparativeDirection, comparativeOf, directionOf, isGrowthVerb, signOf } from './read-claim-words';
import { qualifierWordOf } from './read-qualifier';
import type { Groups, Read, Span } from './reader-types';
import { scaleOfUnit } from './scale-words';
import type { ClaimKind, Direction } from './types';

/** The ratio family: "tăng 3,8 lần", "gấp 1,7 lần", "giảm 2 lần", "tăng thêm 2 lần". */
function ratioKind(g: Groups): ClaimKind | null {
  const { verb, mod, gap } = g;
  if (verb === undefined) return gap === undefined ? null : 'ratio';
  if (verb === 'tang') {
    if (mod === 'them') return gap === undefined ? 'ratio-minus-one' : null;
    return mod === 'di' ? null : 'ratio';
  }
  return mod === undefined || mod === 'di' ? 'ratio-down' : null;
}

// Grammar: year-like := ("19" | "20") digit digit, the whole figure. Example: "2016"; not "2.016" or "7".
const YEAR_LIKE = /^(?:19|20)\d{2}$/u;

// Grammar: minus sign := "-" | "−" (U+2212). Example: the "-" of "giảm (-9,28%)".
const MINUS = /^[-−]$/u;

/** Whether a bracketed or bare sign agrees with the verb ("giảm (-9,28%)"); no sign agrees with anything. */
function signAgrees(sign: string | undefined, direction: Direction | null): boolean {
  if (sign === undefined) return true;
  if (direction === null) return false;
  return MINUS.test(sign) ? direction === 'down' : direction === 'up';
}

/** The upper bound of a range, when it is one and reads as a range (larger than the lower bound). */
function rangeUpper(g: Groups, lower: Measured): Measured | null | undefined {
  if (g.range === undefined) return null;
  const upper = readMeasured(g.num2 ?? '');
  if (!upper || !(upper.value > lower.value)) return undefined;
  // Two years ("2016-2020") are a period, not a range of figures.
  if (YEAR_LIKE.test(g.num ?? '') && YEAR_LIKE.test(g.num2 ?? '')) return undefined;
  if (g.rangeSign !== undefined && g.rangeSign !== g.sign && g.rangeSign !== g.diemSign) return undefined;
  return upper;
}

/**
 * Ratio, percent, points, absolute and average-annual claims; `null` when not one. `carried` is the
 * direction of a list head, given to a figure written without a verb ("giảm 125 trường học, 2 trung tâm").
 *
 * @example
 * readFigureClaim({ text: 'tăng 3,8 lần so với', folded: 'tang 3,8 lan so voi' }, null)
 * // → { claim: { kind: 'ratio', direction: 'up', text: 'tăng 3,8 lần', … }, length: 12 }
 * readFigureClaim({ text: '2 trung tâm', folded: '2 trung tam' }, 'down')
 * // → { claim: { kind: 'absolute', direction: 'down', unitWord: 'trung tâm', … }, length: 11 }
 */
export function readFigureClaim(span: Span, carried: Direction | null): Read | null {
  const match = FIGURE_CLAIM.exec(span.folded);
  const found: Groups | undefined = match?.groups;
  if (!match || !found) return null;
  const figure = readMeasured(found.num ?? '');
  if (!figure) return null;
  // A verb carried from the head of a list ("giảm 125 trường học, 2 trung tâm") stands for a missing one.
  const hasWord = found.verb !== undefined || found.cmp !== undefined;
  const g: Groups = !hasWord && carried !== null ? { ...found, verb: carried === 'up' ? 'tang' : 'giam' } : found;
  // A closing bracket without an opening one belongs to the text around the claim ("(tăng 5%)").
  const length = match[0].length - (g.open === undefined && g.close !== undefined ? g.close.length : 0);
  if (g.open !== undefined && g.close === undefined) return null;
  const text = span.text.slice(0, length);
  const comparative = comparativeOf(g.cmp);
  const direction = comparative !== null ? comparativeDirection(comparative) : directionOf(g.verb);
  if (!signAgrees(g.bsign, direction)) return null;
  const upper = rangeUpper(g, figure);
  if (upper === undefined) return null;
  const qualifierWord = qualifierWordOf(g.q0 ?? g.q1 ?? g.q2);
  const average = g.avg0 ?? g.avg1 ?? g.each ?? g.per;
  if (g.high !== undefined && g.gap === undefined) return null;
  // "tăng mạnh 20%": how strongly a verb moves, never a claim without one.
  if (g.manner !== undefined && g.verb === undefined) return null;

  // "tăng trưởng 7,5%" is a growth rate: growth in times, points or units is no reading of it.
  if (isGrowthVerb(g.verb) && (g.sign === undefined || g.mod !== undefined)) return null;

  if (g.lan !== undefined) {
    if (g.cmp !== undefined || upper !== null) return null;
    const kind = average === undefined ? ratioKind(g) : null;
    return kind ? { claim: claimOf(text, { kind, direction, figure, qualifierWord }), length } : null;
  }
  // Everything below needs a verb and takes no "gấp" and no "lên".
  if (direction === null || g.gap !== undefined || g.mod === 'len') return null;
  if (g.mod === 'di' && direction !== 'down') return null;
  if (g.cmp !== undefined && g.mod !== undefined) return null;

  if (g.diem !== undefined) {
    const unitSign = signOf(g.diemSign, g.diemWords);
    const kind = average === undefined ? 'points' : 'average-points';
    return { claim: claimOf(text, { kind, direction, figure, unitSign, qualifierWord, upper, comparative }), length };
  }
  const unitSign = signOf(g.sign, g.signWords);
  if (unitSign !== null) {
    if (average === undefined) return { claim: claimOf(text, { kind: 'percent', direction, figure, unitSign, qualifierWord, upper, comparative }), length };
    if (unitSign !== '%') return null;
    return { claim: claimOf(text, { kind: 'average-annual', direction, figure, unitSign, qualifierWord, upper, comparative }), length };
  }
  if (average !== undefined) return null;
  // The folded text is aligned with `text`, so the unit is cut from the original spelling.
  const words = match.indices?.groups?.words;
  const unitWord = words ? text.slice(words[0], words[1]) : null;
  const scale = scaleOfUnit(unitWord);
  return { claim: claimOf(text, { kind: 'absolute', direction, figure, unitWord, qualifierWord, upper, scale, comparative }), length };
}
