import { readMeasured } from '../numbers/read-measured';
import { claimOf } from './build-claim';
import { INDEX_CLAIM } from './claim-grammar';
import { qualifierWordOf } from './read-qualifier';
import type { Groups, Read, Span } from './reader-types';

/**
 * "bằng 104,2% so với cùng kỳ", "(so với tháng trước) bằng 101,72%", "tốc độ phát triển 109,48%": an index, which has no direction (a value
 * below 100 is a fall written as an index); `null` when not one.
 *
 * @example
 * readIndexClaim({ text: 'bằng 104,2% so với cùng kỳ', folded: 'bang 104,2% so voi cung ky' })
 * // → { claim: { kind: 'index', direction: null, figure: { value: 104.2, decimals: 1 }, text: 'bằng 104,2%', … }, length: 11 }
 */
export function readIndexClaim(span: Span): Read | null {
  const match = INDEX_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  if (!match || !g) return null;
  const figure = readMeasured(g.num ?? g.num3 ?? g.num2 ?? '');
  if (!figure) return null;
  const length = match[0].length;
  const parts = { kind: 'index', direction: null, figure, unitSign: '%', qualifierWord: qualifierWordOf(g.q ?? g.q3 ?? g.q2) } as const;
  return { claim: claimOf(span.text.slice(0, length), parts), length };
}
