import type { Claim } from './types';

/*
 * What the claim readers (read-*-claim.ts) share: each works on a view of the text from a
 * position (`Span`) and answers the claim and how much of the text it took (`Read`), so prose
 * (lib/extract) reads claims where it finds them with the same grammar that reads table cells.
 */

/** The text from a position: `text` NFC with single spaces, `folded` its aligned fold. */
export interface Span {
  readonly text: string;
  readonly folded: string;
}

/** A claim read from a span, and the length of text it took. */
export interface Read {
  readonly claim: Claim;
  readonly length: number;
}

/** The named groups of a grammar match (claim-grammar.ts); a group that took no part is absent. */
export type Groups = Partial<Record<string, string>>;
