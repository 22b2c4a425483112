import type { Direction, ParsedClaim, Qualifier } from '../claims/types';
import type { PeriodKey } from '../verify/reference-types';

/**
 * The kinds of numeric statement found in report prose.
 * - `value`: a level ("năm 2023 đạt 96,4 triệu USD")
 * - `comparison`: a change against a year or period ("tăng 23,5% so với năm 2018", "gấp 3,7 lần")
 * - `from-to`: both ends printed ("tăng từ 21,35% (năm 2018) lên 27,6% (năm 2023)")
 * - `plan`: achievement against a plan ("bằng 102,5% kế hoạch")
 * - `average-annual`: a yearly rate ("bình quân tăng 8%/năm", "giai đoạn … đạt 6,8%/năm")
 * - `share`: part of a whole ("chiếm 12,45% dân số")
 * - `part-whole`: a count out of a total ("73/95 xã")
 * - `index`: the later value as a percentage of the earlier ("bằng 104,2% so với cùng kỳ", "tốc độ phát triển 109,48%")
 * - `contribution`: a part's share of a total growth ("đóng góp 9,16%", "đóng góp 0,34 điểm phần trăm")
 */
export type ExtractedKind =
  | 'value'
  | 'comparison'
  | 'from-to'
  | 'plan'
  | 'average-annual'
  | 'share'
  | 'part-whole'
  | 'index'
  | 'contribution';

export const EXTRACTED_KINDS: readonly ExtractedKind[] = [
  'value',
  'comparison',
  'from-to',
  'plan',
  'average-annual',
  'share',
  'part-whole',
  'index',
  'contribution',
];

/** A span of years written "giai đoạn 2019 - 2023" or "từ năm 2016 đến năm 2023". */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/** The years a claim speaks about: single years (possibly none), or a period. */
export type ClaimYears = readonly number[] | Period;

/**
 * What a comparison is measured against ("so với năm 2018", "so với giai đoạn 2014 - 2018"). A base that names a
 * part of its year ("so với quý II/2023") carries it as `part`; without one the base is the claim's own part of the
 * year ("so với cùng kỳ năm 2022" after "9 tháng năm 2023").
 */
export type CompareTo = { readonly year: number; readonly part?: PeriodKey } | { readonly period: Period } | null;

/** A printed figure: its value, the decimals written, and its unit as written (canonical case). */
export interface Figure {
  readonly value: number;
  readonly decimals: number;
  /** `%`, `‰`, `%/năm`, `lần`, `triệu USD`, `tỷ đồng`, `doanh nghiệp`… or `null` when none is written. */
  readonly unit: string | null;
}

/** A value printed in the text together with the year it belongs to. */
export interface YearValue extends Figure {
  readonly year: number | null;
  /** A level printed as a bound ("hơn 6.000 người": `lower`): a value implied from it is a bound too. Absent otherwise. */
  readonly bound?: 'lower' | 'upper';
  /** `true` for a level its sentence says is at current prices ("theo giá hiện hành … đạt 188,1 …"). Absent otherwise. */
  readonly currentPrices?: true;
  /** The part of the year, where it is not the claim's (two quarters compared: "quý III … và quý IV …"). */
  readonly part?: PeriodKey;
}

/** Where the claim was read: running prose, or a table row flattened into the text by the PDF reader. */
export type ClaimSource = 'prose' | 'table';

export interface ExtractedClaim {
  /** The claim's text, NFC-normalised, whitespace collapsed. */
  readonly text: string;
  /** Start offset in the ORIGINAL raw text (inclusive). */
  readonly start: number;
  /** End offset in the ORIGINAL raw text (exclusive). */
  readonly end: number;
  readonly kind: ExtractedKind;
  /** The indicator phrase ("doanh thu bưu chính"), or `null` when none could be found. */
  readonly indicator: string | null;
  /** The years the claim is about: `[2023]`, `[2018, 2023]` (from–to), `[]`, or a period. */
  readonly years: ClaimYears;
  /** The part of the year it speaks of ("Quý III/2023" → `Q3`, "9 tháng" → `L9`; see `PeriodKey`); `''` for the whole year. */
  readonly part: PeriodKey;
  /** The base of a comparison, when the text names it. */
  readonly compareTo: CompareTo;
  /** The figures in the order printed (the claimed figure; for from–to both ends; for part-whole both counts). */
  readonly figures: readonly Figure[];
  /**
   * The comparison as lib/claims read it where it is printed ("tăng 23,5%", "tăng bình quân 8%/năm",
   * "tăng từ 21,35% lên 27,6%"); unparsed when the phrase found is no claim of the grammar. `null` for
   * values, shares and part–whole counts, which compare nothing.
   */
  readonly claim: ParsedClaim | null;
  readonly qualifier: Qualifier | null;
  /** The direction word (tăng/giảm, lên/xuống), if any. */
  readonly direction: Direction | null;
  /** Values the text itself prints for the two ends (from–to statements and table rows), else `null`. */
  readonly endpoints: { readonly from: YearValue; readonly to: YearValue } | null;
  /** `true` when the indicator or years were carried over from an earlier claim in the same sentence or list. */
  readonly inherited: boolean;
  readonly source: ClaimSource;
  /** Index of the sentence the claim sits in (claims of one sentence share it). */
  readonly sentence: number;
  /**
   * For a `share` printed right after the two counts it is made of ("44.541 hộ nghèo trong tổng số 423.400 hộ,
   * tỷ lệ hộ nghèo 10,44%"): the part and the whole, checked as part / whole × 100. Absent otherwise.
   */
  readonly counts?: { readonly part: Figure; readonly whole: Figure };
  /**
   * `true` for a level said again in another currency right after it ("101,9 triệu đồng/người, tương đương 4.284 USD",
   * "155,6 nghìn tỷ đồng (khoảng 6,5 tỷ USD)"): the same amount, the level only of a change in its own unit ("tăng
   * 160 USD"). Absent otherwise.
   */
  readonly restates?: boolean;
  /**
   * `true` for an amount over a plan or a mark ("vượt 204,4 tấn so với kế hoạch"): a difference, no level of its
   * indicator; also for a threshold ("dưới ngưỡng 100 triệu USD") or the rate of another period a change is set against
   * ("thấp hơn mức tăng 7,56% của 6 tháng đầu năm 2021"), a mark, no level (mark-excess.ts). Absent otherwise.
   */
  readonly excess?: boolean;
  /**
   * Why a change printed in "%" is read in points: `shares`, its sentence's structure shows it (read-share-points.ts:
   * the shares of the base year add up to 100 only so); `rate`, it compares a growth rate with the year before's and
   * the text prints no base ("đạt 9,02%, cao hơn 3,57% so với năm 2021", link-claims.ts). Absent otherwise.
   */
  readonly readAsPoints?: 'shares' | 'rate';
  /**
   * The difference printed beside a change that gave its base (the level minus it: "giảm 0,81% (giảm 633 tấn)",
   * link-brackets.ts): when the change does not match, either printed figure may be the slip. Absent otherwise.
   */
  readonly baseFromChange?: Figure;
  /**
   * `true` for a share that names its whole right after its figure ("chiếm 85,4% diện tích gieo cấy"): a change in % after
   * it is of its subject's amount, not of the share (named-whole.ts). Absent otherwise.
   */
  readonly namesWhole?: true;
  /** `true` for a claim read inside brackets ("Châu Á (chiếm tỷ trọng 67,2% …) tăng 12,09%"). Absent otherwise. */
  readonly inBrackets?: boolean;
  /**
   * `true` for a value in brackets right after a comparison, which it is the base of ("gấp gần 1,1 lần so với Quảng
   * Ngãi (97,4 nghìn tỷ đồng)"): the compared one's value, never a level of the sentence's subject. Absent otherwise.
   */
  readonly bracketBase?: true;
  /**
   * The level a change in % prints in brackets right after itself, with no level before it ("số doanh nghiệp thành lập
   * mới giảm 1,0% (3.502 doanh nghiệp)", "tăng 12,5% (đạt 45.600 tỷ đồng)"): its later value (link-level-after.ts).
   * Absent otherwise.
   */
  readonly levelAfter?: YearValue;
  /** The base's value a comparison prints after "so với" ("giảm 79% so với 13.800 tấn"). Absent otherwise. */
  readonly printedBase?: Figure;
  /**
   * The price basis its sentence names before its end ("GRDP … đạt 41.690,8 tỷ đồng (theo giá so sánh 2010), tăng
   * 11,51%": `constant` for both). Absent when none is named.
   */
  readonly prices?: 'constant' | 'current';
  /**
   * `true` when its time is the one an earlier sentence of its paragraph named ("Khu vực dịch vụ đạt 13.483,5 tỷ đồng"
   * after "6 tháng đầu năm 2025, GRDP …"): good for reading the sentence, too weak to hold a value against another
   * value of that time (conflicts, reference data). Absent otherwise.
   */
  readonly timeCarried?: boolean;
}
