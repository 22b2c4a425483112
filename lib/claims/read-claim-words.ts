import type { UnitSign } from '../numbers/types';
import type { Direction } from './types';

/**
 * The direction a folded verb of the grammar states: "tang" up, "giam" down, anything else none.
 *
 * @example
 * directionOf('giam') // → 'down'
 * directionOf('bang') // → null
 */
export function directionOf(verb: string | undefined): Direction | null {
  if (verb === 'tang') return 'up';
  if (verb === 'giam') return 'down';
  return null;
}

/**
 * The unit sign of a claim from its printed sign or, failing that, its folded sign words.
 *
 * @example
 * signOf('%', undefined)         // → '%'
 * signOf(undefined, 'phan ngan') // → '‰'
 * signOf(undefined, undefined)   // → null
 */
export function signOf(sign: string | undefined, words: string | undefined): UnitSign | null {
  if (sign === '%' || sign === '‰') return sign;
  if (words === 'phan tram') return '%';
  if (words === 'phan nghin' || words === 'phan ngan') return '‰';
  return null;
}
