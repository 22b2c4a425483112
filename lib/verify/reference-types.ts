/**
 * The plain data of reference series (verification.md §6): the province's official figures that a
 * document's figures are checked against. Types only, so client components may import this module.
 */

/** How final a reference value is: `sơ bộ`, `ước tính` or `chính thức` (table-csv.md, `trạng thái`). */
export type ReferenceStatus = 'preliminary' | 'estimate' | 'final';

export const REFERENCE_STATUSES: readonly ReferenceStatus[] = ['preliminary', 'estimate', 'final'];

/**
 * The period within a year, as a key: `''` for the whole year, `Q1`…`Q4` for a quarter, `T1`…`T12` for one
 * month, `L1`…`L11` for the months from January to that month (`6T` → `L6`, `9T lũy kế` → `L9`).
 * Equal periods have equal keys: `Q1` is written `L3`, `T1` is `L1`, and `L12` is the whole year.
 */
export type PeriodKey = string;

/** Current prices, or constant prices of a base year (`null` when the year is not said). */
export type PriceBase = { readonly kind: 'current' } | { readonly kind: 'constant'; readonly year: number | null };

/** How a printed indicator is linked to a reference series: an admin's synonym pair (folded phrases). */
export interface Synonym {
  /** The phrase as written in documents, folded ("gdp"). */
  readonly from: string;
  /** The phrase it means, folded ("grdp"). */
  readonly to: string;
}

/** A user's answer to an ambiguous match: which series a printed name means, or `null` for none of them. */
export interface MatchAnswer {
  /** The printed name's key (see `indicatorKey`). */
  readonly printed: string;
  /** The chosen series' name key, or `null`: no reference series is this indicator. */
  readonly choice: string | null;
}

/** What the matcher uses besides the names themselves: the synonym table and the stored answers. */
export interface MatchRules {
  readonly synonyms: readonly Synonym[];
  readonly answers: readonly MatchAnswer[];
}

export const NO_RULES: MatchRules = { synonyms: [], answers: [] };
