import { foldDiacriticsAligned } from './normalize-text';
import { readFigureClaim } from './read-figure-claim';
import { readFromToClaim } from './read-from-to-claim';
import { readIndexClaim } from './read-index-claim';
import { readPlanClaim } from './read-plan-claim';
import { readRateClaim } from './read-rate-claim';
import { readWordRatioClaim } from './read-word-ratio';
import { readDirectionWord } from './read-direction-claim';
import type { Read, Span } from './reader-types';
import type { Claim, Direction } from './types';

/**
 * Every claim with a figure, in the order the grammar tries them.
 *
 * @example
 * readClaimWithFigure({ text: 'bằng 104% kế hoạch', folded: 'bang 104% ke hoach' }, null)
 * // → { claim: { kind: 'plan', planVerb: 'bang', … }, length: 18 }
 */
export function readClaimWithFigure(span: Span, carried: Direction | null): Read | null {
  // A plan first: "tăng 14,7% so với dự toán" is over the plan, not a change on a year.
  return (
    readPlanClaim(span) ??
    readFigureClaim(span, carried) ??
    readFromToClaim(span) ??
    readIndexClaim(span) ??
    readRateClaim(span) ??
    readWordRatioClaim(span)
  );
}

/** Prose prepared for readClaimAt: NFC text with single spaces and its aligned fold (made once per clause). */
export interface ClaimText {
  readonly text: string;
  readonly folded: string;
}

/**
 * Prepares a clause of NFC, whitespace-collapsed prose for readClaimAt.
 *
 * @example
 * claimTextOf('Doanh thu tăng 12,4% so với năm 2020').folded // → 'doanh thu tang 12,4% so voi nam 2020'
 */
export function claimTextOf(text: string): ClaimText {
  return { text, folded: foldDiacriticsAligned(text) };
}

/**
 * Reads the claim that starts at `at` in a clause, by the same grammar as parseClaim: the claim
 * (its `text` is the part of the clause it took) and where it ends. `carried` gives the direction
 * of a list head to a figure written without a verb. `null` when no claim with a figure starts there.
 *
 * @example
 * const clause = claimTextOf('Doanh thu tăng 12,4% so với năm 2020');
 * readClaimAt(clause, 10) // → { claim: { kind: 'percent', direction: 'up', text: 'tăng 12,4%', … }, end: 20 }
 * readClaimAt(clause, 0)  // → null
 */
export function readClaimAt(
  clause: ClaimText,
  at: number,
  carried: Direction | null = null,
): { readonly claim: Claim; readonly end: number } | null {
  const read = readClaimWithFigure({ text: clause.text.slice(at), folded: clause.folded.slice(at) }, carried);
  return read === null ? null : { claim: read.claim, end: at + read.length };
}

/**
 * Reads the word of a direction-only claim ("giảm", "thấp hơn") that starts at `at` in a clause, by the grammar
 * of table cells (read-direction-claim.ts): the claim and where its word ends; `null` when none starts there.
 *
 * @example
 * readDirectionAt(claimTextOf('Số doanh nghiệp giảm so với năm 2022'), 16) // → { claim: { kind: 'direction', direction: 'down', … }, end: 20 }
 */
export function readDirectionAt(clause: ClaimText, at: number): { readonly claim: Claim; readonly end: number } | null {
  const read = readDirectionWord({ text: clause.text.slice(at), folded: clause.folded.slice(at) });
  return read === null ? null : { claim: read.claim, end: at + read.length };
}
