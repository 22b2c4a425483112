import type { Claim, Comparative, ClaimKind, Direction } from '../claims/types';
import type { Lang } from '../i18n/lang';
import type { UnitSign } from '../numbers/types';

/** The types of the kind table (./kind-rules.ts): what every claim kind must say about itself. */

/** What the formula needs besides the two values. */
export interface FormulaOptions {
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly unitSign: UnitSign | null;
  readonly years: number | null;
}

/** How a missing value follows from the claim: `to = from × factor` or `to = from + offset`, and whether it grows with the figure. */
export type Relation =
  | { readonly type: 'factor'; readonly factor: number; readonly increasing: boolean }
  | { readonly type: 'offset'; readonly offset: number; readonly increasing: boolean }
  | { readonly type: 'none'; readonly reason: 'no-direction' | 'no-years' | 'not-implied' };

/** The printed values of a formula text, already formatted, and what the text depends on. */
export interface FormulaValues {
  /** The earlier (or plan) value as printed, e.g. "10,6". */
  readonly from: string;
  /** The later (or achieved) value as printed, e.g. "39,8". */
  readonly to: string;
  readonly falling: boolean;
  readonly direction: Direction | null;
  /** The years of an average-annual claim, formatted ("7"). */
  readonly years: string;
}

/**
 * The verb before a figure: `up` tăng, `down` giảm, `up-further` tăng thêm, `down-further` giảm thêm,
 * `times` gấp, a comparative its own word (`cao` cao hơn, `thap` thấp hơn, …), `equal` bằng, `reach` đạt, `exceed` vượt, `rate` tỷ lệ (a share of a whole).
 */
export type LeadWord =
  | 'up'
  | 'down'
  | 'up-further'
  | 'down-further'
  | 'times'
  | 'equal'
  | 'reach'
  | 'exceed'
  | 'rate'
  | Comparative;

/**
 * The family of terms a kind's figure is in: figures of different families are never drawn on one
 * axis. `relative` is a percent (or per mille) change, `difference` a change in the row's unit,
 * `sign` a direction-only claim (no figure).
 */
export type FigureFamily =
  | 'ratio'
  | 'relative'
  | 'points'
  | 'per-year'
  | 'points-per-year'
  | 'plan'
  | 'plan-excess'
  | 'index'
  | 'difference'
  | 'sign';

export interface KindRules {
  /** The signed formula at one pair of values, before taking magnitudes. */
  readonly formula: (from: number, to: number, options: FormulaOptions) => number;
  /** Which value divides (it must be positive), or `null` for differences. */
  readonly baseSide: 'from' | 'to' | null;
  /** Whether `to` is clamped at 0 inside its rounding interval (a root of to / from). */
  readonly clampTo: boolean;
  /** `magnitude`: the direction word carries the sign; `by-direction`: negated for "giảm"; `signed`: as computed. */
  readonly sign: 'magnitude' | 'by-direction' | 'signed';
  /** Whether the formula needs the years between the two values. */
  readonly needsYears: boolean;
  /** How a missing value follows from the figure `n` (the `implied` verdict). */
  readonly relation: (n: number, direction: Direction | null, unitSign: UnitSign | null, years: number | null) => Relation;
  /** The formula with the printed values: "39,8 / 10,6", "1 − 33,65 / 62,4". */
  readonly formulaText: (values: FormulaValues) => string;
  /** What follows a computed result: "%", "%/năm", " điểm phần trăm". */
  readonly resultSuffix: (claim: Claim, lang: Lang) => string;
  /** What follows the figure in the claim's words: " lần", "% kế hoạch". */
  readonly claimSuffix: (claim: Claim, lang: Lang, period: boolean) => string;
  /** The verb before the figure, from the claim, else from the values' change (`changeSign`). */
  readonly lead: (claim: Claim, changeSign: number) => LeadWord;
  /** Whether `from` is a plan and `to` the achieved value (messages say "kế hoạch", not "năm gốc"). */
  readonly planBase: boolean;
  readonly family: FigureFamily;
  /**
   * Whether a matched claim of this kind vouches for both its values (a figure that pins their ratio or gap, so a value
   * off by a power of ten could not match it): the data-quality review takes them as confirmed. Not a plan (its other
   * value is the plan), a share (its whole is not in the row) or a direction (no figure).
   */
  readonly pinsValues: boolean;
}
