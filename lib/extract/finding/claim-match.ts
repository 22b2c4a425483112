import { readClaimAt, type ClaimText } from '../../claims/read-claim-at';
import type { Direction, ParsedClaim, Qualifier } from '../../claims/types';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears, CompareTo, ExtractedKind, Figure, YearValue } from '../types';

/** One claim pattern matched inside a clause; offsets are relative to the clause text. */
export interface ClaimMatch {
  readonly kind: ExtractedKind;
  readonly start: number;
  readonly end: number;
  readonly figures: readonly Figure[];
  readonly claim: ParsedClaim | null;
  readonly qualifier: Qualifier | null;
  readonly direction: Direction | null;
  readonly compareTo: CompareTo;
  /** Years printed inside the claim itself (from–to statements). */
  readonly ownYears: ClaimYears | null;
  /**
   * The part of the year printed with ownYears ("3,59% của 6 tháng đầu năm 2021" → `L6`), `null` for the context's
   * ("9,3% của cùng kỳ 2011"); a whole year when absent.
   */
  readonly ownPart?: PeriodKey | null;
  readonly endpoints: { readonly from: YearValue; readonly to: YearValue } | null;
  /** Offset just past the figure and its unit, where an object noun phrase may follow. */
  readonly figureEnd: number;
  /** The words a change names after "về" ("tăng 14,4% về lượng"): what it measures (about-subject.ts). */
  readonly about?: string;
  /** The base's value, printed after "so với" ("giảm 79% so với 13.800 tấn"). Absent otherwise. */
  readonly printedBase?: Figure;
}

/**
 * The claim lib/claims reads where a pattern matched; an unparsed claim of the phrase when it reads none.
 *
 * @example
 * claimAt(claimTextOf('tăng 9,2% so với năm 2020'), 0, 9).ok // true (kind 'percent')
 */
export function claimAt(clause: ClaimText, start: number, end: number, carried: Direction | null = null): ParsedClaim {
  const read = readClaimAt(clause, start, carried);
  return read?.claim ?? { ok: false, reason: 'unparsed', text: clause.text.slice(start, end) };
}

/**
 * The direction and qualifier of a claim, as its reader found them.
 *
 * @example
 * wordsOf(claimAt(claimTextOf('tăng trên 10%'), 0, 13)) // { direction: 'up', qualifier: 'lower' }
 */
export function wordsOf(claim: ParsedClaim): { direction: Direction | null; qualifier: Qualifier | null } {
  return claim.ok ? { direction: claim.direction, qualifier: claim.qualifier } : { direction: null, qualifier: null };
}
