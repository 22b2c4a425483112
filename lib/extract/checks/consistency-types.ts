import type { Localized } from '../../i18n/lang';

/**
 * What a consistency check reports. Types only, so client components may import this module.
 *
 * - `conflicting-values`: one indicator and year printed with different values in two places (in the
 *   text, or in the text and a dataset);
 * - `shares-not-100`: the shares of one whole for one year do not sum to 100 within rounding;
 * - `direction-contradicts-values`: a direction word (tăng/giảm) against the two values printed with it;
 * - `average-contradicts-total`: an average annual rate against the total change over the same years;
 * - `parts-not-total`: the parts the text lists for a total ("gồm …", "trong đó …", "Chia theo …" after it) do not
 *   add up to it;
 * - `contributions-not-total`: contributions in percentage points do not add up to the stated growth;
 * - `impossible-unit`: a figure whose unit its kind cannot have (an index in "triệu đồng");
 * - `differs-from-reference`: a printed level against the reference series' value (verification.md §6);
 * - `differs-between-documents`: two stored documents print different values for one indicator and year.
 */
export type ConsistencyKind =
  | 'conflicting-values'
  | 'shares-not-100'
  | 'direction-contradicts-values'
  | 'average-contradicts-total'
  | 'parts-not-total'
  | 'contributions-not-total'
  | 'impossible-unit'
  | 'differs-from-reference'
  | 'differs-between-documents';

export const CONSISTENCY_KINDS: readonly ConsistencyKind[] = [
  'conflicting-values',
  'shares-not-100',
  'direction-contradicts-values',
  'average-contradicts-total',
  'parts-not-total',
  'contributions-not-total',
  'impossible-unit',
  'differs-from-reference',
  'differs-between-documents',
];

/** `error`: the printed figures cannot all be right. `warning`: they disagree, but may measure different things. */
export type CheckSeverity = 'error' | 'warning';

/** A stretch of the checked text (UTF-16 offsets, `end` exclusive). */
export interface TextPlace {
  readonly start: number;
  readonly end: number;
}

export interface ConsistencyFinding {
  readonly kind: ConsistencyKind;
  readonly severity: CheckSeverity;
  /** Indices (into the claims checked) of the claims involved, in text order. */
  readonly claims: readonly number[];
  /** Figures the check read in the text itself that are no claim (a contribution, a part of a list), in text order. */
  readonly places: readonly TextPlace[];
  /** One sentence saying why this is a finding, with the arithmetic, in both languages. */
  readonly message: Localized;
  readonly indicator: string | null;
  readonly year: number | null;
  /** The number the check worked out: the sum of the shares, the average rate a total implies, the gap between two values. */
  readonly computed: number | null;
}

/**
 * What an explanation is about: the check that examined the figures, or `price-basis` for a rate at constant
 * prices printed beside levels at current prices, which no check compares (spec §2b).
 */
export type ExplainedKind = ConsistencyKind | 'price-basis';

/**
 * A figure group a careful reader might expect a check to report but that is consistent, or not comparable:
 * shown under `claims --explain` (JSON `explanations`), never reported as a finding.
 */
export interface ConsistencyExplanation {
  readonly kind: ExplainedKind;
  readonly claims: readonly number[];
  readonly places: readonly TextPlace[];
  /** One sentence saying why this is no finding, in both languages. */
  readonly message: Localized;
}

/** What the checks return: the findings, and the non-findings worth explaining. */
export interface CheckOutcome {
  readonly findings: readonly ConsistencyFinding[];
  readonly explanations: readonly ConsistencyExplanation[];
}
