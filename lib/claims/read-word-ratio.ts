import type { Measured } from '../numbers/types';
import { claimOf } from './build-claim';
import { WORD_RATIO_CLAIM } from './claim-grammar';
import { qualifierWordOf } from './read-qualifier';
import type { Groups, Read, Span } from './reader-types';

/** The multiples said in words, folded, as figures: "đôi" is 2 as "2" is, "rưỡi" 1,5 as "1,5" is. */
const WORD_FIGURES: Readonly<Record<string, Measured>> = {
  doi: { value: 2, decimals: 0 },
  ruoi: { value: 1.5, decimals: 1 },
  ba: { value: 3, decimals: 0 },
  bon: { value: 4, decimals: 0 },
  muoi: { value: 10, decimals: 0 },
};

/**
 * A ratio said in words: "tăng gấp đôi", "gấp rưỡi", "cao gấp ba lần", "giảm gấp đôi" (halved: from / to = 2, as
 * "giảm 2 lần"); `null` when not one. The word stands for its
 * figure written with as many decimals ("gấp đôi" is "gấp 2 lần"), so it is checked with the same rounding.
 *
 * @example
 * readWordRatioClaim({ text: 'tăng gấp đôi so với', folded: 'tang gap doi so voi' })
 * // → { claim: { kind: 'ratio', direction: 'up', figure: { value: 2, decimals: 0 }, text: 'tăng gấp đôi', … }, length: 12 }
 */
export function readWordRatioClaim(span: Span): Read | null {
  const match = WORD_RATIO_CLAIM.exec(span.folded);
  const g: Groups | undefined = match?.groups;
  const figure = g?.word === undefined ? undefined : WORD_FIGURES[g.word];
  if (!match || !g || figure === undefined) return null;
  const length = match[0].length;
  const claim = claimOf(span.text.slice(0, length), {
    kind: g.verb === 'giam' ? 'ratio-down' : 'ratio',
    direction: g.verb === 'tang' ? 'up' : g.verb === 'giam' ? 'down' : null,
    figure,
    qualifierWord: qualifierWordOf(g.q0 ?? g.q1),
  });
  return { claim, length };
}
