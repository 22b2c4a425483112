import type { Claim, ParsedClaim } from '../claims/types';
import type { Localized } from '../i18n/lang';
import type { Measured } from '../numbers/types';

/** The verdict codes of spec §3, plus `none` for a row without a claim. */
export type Verdict =
  | 'match'
  | 'match_truncated'
  | 'match_points'
  | 'mismatch'
  | 'wrong_direction'
  | 'implied'
  | 'not_computable'
  | 'unparsed'
  | 'none';

export const VERDICTS: readonly Verdict[] = [
  'wrong_direction',
  'mismatch',
  'match_points',
  'match_truncated',
  'implied',
  'not_computable',
  'unparsed',
  'match',
  'none',
];

/** A closed interval `[lo, hi]`; `hi` may be `Infinity` for a lower-bound claim. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** What a claim is checked against. */
export interface ClaimInput {
  /** The earlier value (or the plan value, for a plan claim); `null` when missing. */
  readonly from: Measured | null;
  /** The later value (or the achieved value, for a plan claim); `null` when missing. */
  readonly to: Measured | null;
  /** The unit of the values as written in the table ("%", "‰", "Tỷ đồng"…). */
  readonly unit: string;
  /** Years between from and to; needed for average-annual claims. */
  readonly years: number | null;
  readonly claim: ParsedClaim | null;
  /**
   * What the base is, for the words of an `implied` message: a year (the default: tables and most prose), or a part of
   * one ("so với tháng trước", a quarter, a week), which the message calls "kỳ gốc" (the base period).
   */
  readonly basePeriod?: 'year' | 'period';
  /** The one value present, printed as a bound ("hơn 6.000": `lower`), for an `implied` value that is a bound too. */
  readonly presentBound?: 'lower' | 'upper';
}

export interface Verification {
  readonly verdict: Verdict;
  /** The point estimate in the claim's own terms (ratio, percent, points…), or `null`. */
  readonly computed: number | null;
  /** The computed interval over the rounding intervals of the values, or `null`. */
  readonly computedInterval: Interval | null;
  /** The figure that should have been printed, at the claim's precision and in its words, for mismatches. */
  readonly expected: string | null;
  /** For `implied`: the missing value the claim implies, and which side it fills. */
  readonly implied: { readonly side: 'from' | 'to'; readonly value: number } | null;
  /** A short message that shows the arithmetic, in both languages (spec §4 prints the Vietnamese one). */
  readonly message: Localized;
  /** The parsed claim, when there was one and it parsed. */
  readonly claim: Claim | null;
}
