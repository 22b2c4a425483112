/**
 * What a consistency check reports. Types only, so client components may import this module.
 *
 * - `conflicting-values`: one indicator and year printed with different values in two places (in the
 *   text, or in the text and a dataset);
 * - `shares-not-100`: the shares of one whole for one year do not sum to 100 within rounding;
 * - `direction-contradicts-values`: a direction word (tăng/giảm) against the two values printed with it;
 * - `average-contradicts-total`: an average annual rate against the total change over the same years.
 */
export type ConsistencyKind =
  | 'conflicting-values'
  | 'shares-not-100'
  | 'direction-contradicts-values'
  | 'average-contradicts-total';

export const CONSISTENCY_KINDS: readonly ConsistencyKind[] = [
  'conflicting-values',
  'shares-not-100',
  'direction-contradicts-values',
  'average-contradicts-total',
];

/** `error`: the printed figures cannot all be right. `warning`: they disagree, but may measure different things. */
export type CheckSeverity = 'error' | 'warning';

export interface ConsistencyFinding {
  readonly kind: ConsistencyKind;
  readonly severity: CheckSeverity;
  /** Indices (into the claims checked) of the claims involved, in text order. */
  readonly claims: readonly number[];
  /** Vietnamese, with the arithmetic. */
  readonly message: string;
  readonly indicator: string | null;
  readonly year: number | null;
  /** The number the check worked out: the sum of the shares, the average rate a total implies, the gap between two values. */
  readonly computed: number | null;
}
