import { SHARE_CLAIM } from './claim-grammar';
import { claimOf } from './build-claim';
import type { ClaimText } from './read-claim-at';
import { qualifierWordOf } from './read-qualifier';
import { readMeasured } from '../numbers/read-measured';
import type { Claim } from './types';

type Groups = Partial<Record<string, string>>;

/**
 * Reads a share ("tỷ lệ hộ nghèo 10,44%", spec §2b) that starts at `at` in a clause: part / whole × 100, checked
 * against the two counts the prose prints before it. Not read by parseClaim or readClaimAt: a table cell or a
 * lone rate has no counts, and a rate alone is a level. `null` when no share starts there.
 *
 * @example
 * const clause = claimTextOf('44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%');
 * readShareClaimAt(clause, 42) // → { claim: { kind: 'share', figure: { value: 10.44, decimals: 2 }, unitSign: '%', … }, end: 63 }
 * readShareClaimAt(claimTextOf('tỷ lệ hộ nghèo giảm 2%'), 0) // → null
 */
export function readShareClaimAt(clause: ClaimText, at: number): { readonly claim: Claim; readonly end: number } | null {
  const match = SHARE_CLAIM.exec(clause.folded.slice(at));
  const g: Groups | undefined = match?.groups;
  const figure = g ? readMeasured(g.num ?? '') : null;
  if (!match || !g || !figure) return null;
  const length = match[0].length;
  const parts = { kind: 'share', direction: null, figure, unitSign: '%', qualifierWord: qualifierWordOf(g.q) } as const;
  return { claim: claimOf(clause.text.slice(at, at + length), parts), end: at + length };
}
