import type { ClaimKind, Direction, Qualifier } from '@/lib/claims/types';
import type { RowView } from '@/lib/dataset/types';
import type { UnitSign } from '@/lib/numbers/types';

/**
 * The figure a printed claim states, read on the server so the client needs no claim parser.
 * `value`/`decimals` are `null` for a direction-only claim ("tăng từ A lên B").
 */
export interface ClaimFigure {
  readonly kind: ClaimKind;
  /** The direction word, if any (`null` for "gấp 1,7 lần" and plan claims). */
  readonly direction: Direction | null;
  readonly value: number | null;
  readonly decimals: number | null;
  readonly qualifier: Qualifier | null;
  readonly unitSign: UnitSign | null;
  readonly unitWord: string | null;
}

/** A table row as the client table receives it: the checked row plus its claim's figure. */
export interface ReportRow extends RowView {
  /** `null` when the row prints no claim or the claim did not parse. */
  readonly figure: ClaimFigure | null;
  /** The `/chi-tieu/<id>` id of the row's indicator, when the dataset has a page for it. */
  readonly indicatorPage: string | null;
}

/**
 * The terms a claim is stated in. Figures in different terms are never drawn on one axis.
 * `absolute:<unit>` keeps absolute changes in different units apart.
 */
export type ClaimTerms = 'ratio' | 'percent' | 'permille' | 'points' | 'annual' | 'points-annual' | 'plan' | 'plan-excess' | 'index' | `absolute:${string}`;

/** What the chart draws a claim in: its terms, or, for a direction-only claim, the signed change in the row's unit. */
export type ChartTerms = ClaimTerms | `direction:${string}`;
