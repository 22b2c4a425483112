import { LEVEL_CHANGE_CLAIM } from './claim-grammar';
import { claimOf } from './build-claim';
import type { ClaimText } from './read-claim-at';
import { readMeasured } from '../numbers/read-measured';
import type { Claim } from './types';

type Groups = Partial<Record<string, string>>;

/** The level a "tăng lên" / "giảm xuống" claim says was reached, with its decimals and `%`/`‰`. */
export interface LevelReached {
  readonly claim: Claim;
  readonly level: { readonly value: number; readonly decimals: number; readonly sign: '%' | '‰' | null };
  readonly end: number;
}

/**
 * Reads "tăng lên 14,8%" / "giảm xuống còn 6,05%" at `at` in a clause: a direction claim (spec §2) and the level it
 * reached. The earlier level is the one the prose printed before it; the caller links the two. Not read by
 * parseClaim: in a table cell "tăng lên 20%" has no earlier level and stays unparsed. `null` when no such claim
 * starts there, or when the level carries a qualifier ("tăng lên trên 15%" bounds the level; no direction to check).
 *
 * @example
 * readLevelChangeAt(claimTextOf('đến năm 2018 tăng lên 14,8%'), 13)
 * // → { claim: { kind: 'direction', direction: 'up', text: 'tăng lên 14,8%', … }, level: { value: 14.8, decimals: 1, sign: '%' }, end: 27 }
 */
export function readLevelChangeAt(clause: ClaimText, at: number): LevelReached | null {
  const match = LEVEL_CHANGE_CLAIM.exec(clause.folded.slice(at));
  const g: Groups | undefined = match?.groups;
  const figure = g ? readMeasured(g.num ?? '') : null;
  if (!match || !g || !figure || g.q !== undefined) return null;
  const direction = g.down === undefined ? 'up' : 'down';
  const length = match[0].length;
  const sign = g.sign === '%' || g.sign === '‰' ? g.sign : null;
  const claim = claimOf(clause.text.slice(at, at + length), { kind: 'direction', direction });
  return { claim, level: { value: figure.value, decimals: figure.decimals, sign }, end: at + length };
}
