import type { Direction, ParsedClaim, Qualifier } from '../../claims/types';
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
  readonly endpoints: { readonly from: YearValue; readonly to: YearValue } | null;
  /** Offset just past the figure and its unit, where an object noun phrase may follow. */
  readonly figureEnd: number;
  /** The words a change names after "về" ("tăng 14,4% về lượng"): what it measures (about-subject.ts). */
  readonly about?: string;
  /** The base's value, printed after "so với" ("giảm 79% so với 13.800 tấn"). Absent otherwise. */
  readonly printedBase?: Figure;
}
