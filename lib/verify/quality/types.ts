/**
 * Data-quality review of stored series: the typed warnings and the plain inputs the checks read.
 * Types only, so client components may import this module. Every warning carries the facts its
 * message is built from (`message`, in both languages); none is an error.
 */
import type { Localized } from '../../i18n/lang';

/** One value of a series as the checks read it. */
export interface QualityPoint {
  readonly year: number;
  readonly value: number;
  /** Decimals as printed: the value stands for [value − ½·10^−decimals, value + ½·10^−decimals]. */
  readonly decimals: number;
  /** The text as printed (`1.234,5`). */
  readonly raw: string;
  /** The unit written for this value (`Tỷ đồng`); `''` when none. */
  readonly unit: string;
}

/** One indicator's values across the years, one per year, in year order. */
export interface QualitySeries {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly points: readonly QualityPoint[];
}

/** A value named in a warning: the year, the text as printed, the value read and its unit. */
export interface QualityValue {
  readonly year: number;
  readonly raw: string;
  readonly value: number;
  readonly unit: string;
}

/** `warning`: likely wrong, look at it; `info`: explained (e.g. by rounding), said so for the record. */
export type QualitySeverity = 'warning' | 'info';

interface QualityBase {
  /** Stable within a dataset: the code, the indicators and the years. */
  readonly id: string;
  readonly severity: QualitySeverity;
  /** The indicator ids (URL ids) the warning is about; several for a group of shares. */
  readonly indicatorIds: readonly string[];
  /** The indicator names as printed, in the order of `indicatorIds`. */
  readonly indicators: readonly string[];
  readonly years: readonly number[];
  /** The values the reason rests on. */
  readonly values: readonly QualityValue[];
  /** The table the warning was found in (plan words, shares of one table); `null` for a series. */
  readonly tableId: string | null;
  /** The reason in words, built from the fields above. */
  readonly message: Localized;
}

/** A value about 10× or 1000× off its neighbours: a decimal mark or a thousands group slipped. */
export interface ScaleSlipWarning extends QualityBase {
  readonly code: 'scale-slip';
  /** 10 or 1000. */
  readonly factor: number;
  /** `high`: the value is `factor` times too large; `low`: too small. */
  readonly direction: 'high' | 'low';
  readonly value: QualityValue;
  /** The value it most likely should be (`123,45` for `1.234,5` among ~123). */
  readonly likely: { readonly value: number; readonly decimals: number };
  readonly neighbours: readonly QualityValue[];
}

/**
 * The unit changes inside a series: `label` when the unit column changes between two years,
 * `step` when the values jump by a scale factor (1000) from one year on and stay there.
 */
export interface UnitChangeWarning extends QualityBase {
  readonly code: 'unit-change';
  readonly kind: 'label' | 'step';
  readonly before: QualityValue;
  readonly after: QualityValue;
  /** How many times the second unit's scale is the first's (`Tỷ đồng` → `Triệu đồng`: 0,001); `null` when not comparable. */
  readonly factor: number | null;
  /**
   * For `label`: whether the values agree once converted to one unit. For `step`: the unit the
   * later values look written in (`Triệu đồng`), or `null` when it cannot be named.
   */
  readonly consistent: boolean | null;
  readonly likelyUnit: string | null;
}

/** A zero or a tiny value among large ones: a missing value typed as 0, or a stray entry. */
export interface StraySmallWarning extends QualityBase {
  readonly code: 'stray-small';
  readonly zero: boolean;
  readonly value: QualityValue;
  readonly neighbours: readonly QualityValue[];
}

/** One part of a group of shares in one year. */
export interface SharePart {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly raw: string;
  readonly value: number;
  readonly decimals: number;
}

/**
 * Shares of one whole in one year that do not sum to exactly 100: `shares-rounding` (info) when
 * the sum of their rounding intervals still holds 100, `shares-gap` (warning) when it does not.
 */
export interface SharesWarning extends QualityBase {
  readonly code: 'shares-rounding' | 'shares-gap';
  readonly year: number;
  readonly parts: readonly SharePart[];
  readonly sum: number;
  /** The sum of the parts' rounding intervals. */
  readonly low: number;
  readonly high: number;
  /** Decimals to print the sum and the interval with. */
  readonly decimals: number;
}

/** The plan word printed in a row. */
export type PlanWord = 'dat' | 'khong-dat' | 'vuot';

/** A plan as a target: a minimum (`≥ 8`, or a plain `8`), a maximum (`< 7,6`), or a range (`7,5-8,0`). */
export type PlanTarget =
  | { readonly kind: 'at-least'; readonly low: number; readonly decimals: number; readonly strict: boolean; readonly plain: boolean }
  | { readonly kind: 'at-most'; readonly high: number; readonly decimals: number; readonly strict: boolean; readonly plain: boolean }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly decimals: number };

/** A plan word (`Đạt`, `Không đạt`, `Vượt`) that the plan and actual columns contradict. */
export interface PlanWordWarning extends QualityBase {
  readonly code: 'plan-word';
  readonly word: PlanWord;
  /** The word as printed. */
  readonly wordRaw: string;
  /** The plan cell as printed. */
  readonly planRaw: string;
  readonly target: PlanTarget;
  readonly actual: QualityValue;
  /** Decimals of the actual value as printed (its rounding interval). */
  readonly actualDecimals: number;
  /** The word the columns support. */
  readonly expected: PlanWord;
  /** The 1-based line of the row in its file. */
  readonly line: number;
}

/**
 * A row of a table read as a total or as one of its parts: its values by year as printed. A part's dash ("-", GSO's
 * notation for "nothing occurred") is 0 with no rounding (`none`), so a breakdown with an empty part still adds up.
 */
export interface TotalPart {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  readonly values: ReadonlyMap<number, { readonly raw: string; readonly value: number; readonly decimals: number; readonly none?: true }>;
}

/** A table's total row that the rows listed as its parts (numbered, or districts) do not add up to in one year. */
export interface PartsTotalWarning extends QualityBase {
  readonly code: 'parts-total';
  readonly year: number;
  /** The sum of the parts as printed, and the total as printed. */
  readonly sum: number;
  readonly total: number;
}

/**
 * A share printed in a yearbook's structure block ("Cơ cấu - Structure (%)") that its row's value over the total's value
 * (× 100), in the block of values above it, does not give within rounding.
 */
export interface StructureShareWarning extends QualityBase {
  readonly code: 'structure-share';
  readonly year: number;
  /** The share as printed, and as computed from the two values. */
  readonly printed: number;
  readonly computed: number;
}

/**
 * A row of one year that prints an area (ha), a yield (tạ/ha) and an output (tấn) whose output is not the area times the
 * yield within the rounding of the three printed figures (area-yield-output.ts).
 */
export interface AreaYieldOutputWarning extends QualityBase {
  readonly code: 'area-yield-output';
  readonly year: number;
  /** The output as printed, and the area times the yield in the output's unit, with the bounds rounding allows. */
  readonly printed: number;
  readonly computed: number;
  readonly low: number;
  readonly high: number;
}

export type QualityWarning =
  | AreaYieldOutputWarning
  | ScaleSlipWarning
  | UnitChangeWarning
  | StraySmallWarning
  | SharesWarning
  | PlanWordWarning
  | PartsTotalWarning
  | StructureShareWarning;

export type QualityCode = QualityWarning['code'];
