import { readMeasured } from '../numbers/read-measured';
import { claimOf } from './build-claim';
import { RATE_CLAIM } from './claim-grammar';
import { qualifierWordOf } from './read-qualifier';
import type { Groups, Read, Span } from './reader-types';

/**
 * "bình quân đạt 12,5%/năm", "đạt 6,8%/năm": a yearly growth rate, average-annual and up; `null`
 * when not one (a bare "đạt 12,5%" is a level).
 *
 * @example
 * readRateClaim({ text: 'đạt 6,8%/năm', folded: 'dat 6,8%/nam' })
 * // → { claim: { kind: 'average-annual', direction: 'up', figure: { value: 6.8, decimals: 1 }, … }, length: 12 }
 * readRateClaim({ text: 'đạt 12,5%', folded: 'dat 12,5%' }) // → null
 */
export function readRateClaim(span: Span): Read | null {
  const match = RATE_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g || (g.avg === undefined && g.per === undefined)) return null;
  const figure = readMeasured(g.num ?? '');
  if (!figure) return null;
  const length = match[0].length;
  const parts = { kind: 'average-annual', direction: 'up', figure, unitSign: '%', qualifierWord: qualifierWordOf(g.q) } as const;
  return { claim: claimOf(span.text.slice(0, length), parts), length };
}
