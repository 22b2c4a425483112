import { claimOf } from './build-claim';
import { DIRECTION_CLAIM, DIRECTION_WORD } from './claim-grammar';
import { comparativeDirection, comparativeOf, directionOf } from './read-claim-words';
import type { Groups, Read, Span } from './reader-types';
import type { Claim } from './types';

/** The direction-only claim of a DIRECTION_WORD match (its verb or comparative), or `null`. */
function claimOfWord(text: string, g: Groups | undefined): Claim | null {
  if (g === undefined) return null;
  const comparative = comparativeOf(g.cmp);
  const direction = comparative !== null ? comparativeDirection(comparative) : directionOf(g.verb);
  return direction === null ? null : claimOf(text, { kind: 'direction', direction, comparative });
}

/**
 * A table cell that is a direction-only claim (spec §2): "Tăng", "Giảm so với năm 2015", "Thấp hơn"; `null`
 * for anything else ("Tăng mạnh" stays unparsed). The claim keeps the cell's whole text.
 *
 * @example
 * readDirectionCell('Giảm so với năm 2015', 'giam so voi nam 2015')?.direction // → 'down'
 * readDirectionCell('Cao hơn', 'cao hon')?.comparative                          // → 'cao'
 * readDirectionCell('Tăng mạnh', 'tang manh')                                   // → null
 */
export function readDirectionCell(text: string, folded: string): Claim | null {
  return claimOfWord(text, DIRECTION_CLAIM.exec(folded)?.groups);
}

/**
 * The word of a direction-only claim at the start of a span of prose ("giảm" of "giảm so với năm 2022 (…)",
 * "thấp hơn" of "thấp hơn mức chung (4,24%)"): the claim and the length of the word. Whether the text around
 * it compares two printed values is for the prose reader to decide.
 *
 * @example
 * readDirectionWord({ text: 'thấp hơn mức chung', folded: 'thap hon muc chung' })
 * // → { claim: { kind: 'direction', direction: 'down', comparative: 'thap', text: 'thấp hơn', … }, length: 8 }
 */
export function readDirectionWord(span: Span): Read | null {
  const match = DIRECTION_WORD.exec(span.folded);
  if (match === null) return null;
  const length = match[0].length;
  const claim = claimOfWord(span.text.slice(0, length), match.groups);
  return claim === null ? null : { claim, length };
}
