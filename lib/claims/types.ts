import type { Measured, UnitSign } from '../numbers/types';

/**
 * The claim kinds of spec §2.
 * - `ratio`: to / from ("tăng 3,8 lần", "gấp 1,7 lần")
 * - `ratio-down`: from / to ("giảm 2 lần")
 * - `ratio-minus-one`: to / from − 1 ("tăng thêm 2 lần")
 * - `percent`: (to / from − 1) × 100, magnitude ("tăng 51,8%"); a `‰` claim is the same × 1000
 * - `points`: to − from, magnitude ("tăng 6 điểm phần trăm")
 * - `absolute`: to − from, magnitude ("tăng 785 doanh nghiệp")
 * - `average-annual`: ((to / from)^(1 / years) − 1) × 100 ("bình quân tăng 10%/năm")
 * - `average-points`: (to − from) / years, magnitude: a rate's change in points a year ("bình quân mỗi năm giảm
 *   2,13 điểm phần trăm", "giảm bình quân 1,5 điểm %/năm")
 * - `plan`: value / plan × 100 ("bằng 104% kế hoạch")
 * - `plan-excess`: value / plan × 100 − 100, the part over the plan as printed ("vượt 4% kế hoạch", spec §2b)
 * - `direction`: sign of to − from ("tăng", "giảm", "tăng từ 54,06% lên 53,75%")
 * - `index`: to / from × 100 ("bằng 104,2% so với cùng kỳ", "tốc độ phát triển 109,48%", a bare
 *   `99,72` in a yearbook column headed `(%)` or `Năm trước = 100`; spec §2b)
 * - `share`: part / whole × 100, a rate printed beside the two counts it is made of ("44.541 hộ nghèo
 *   trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%"; spec §2b share forms, §5 shares). `from` is the
 *   whole, `to` the part.
 */
export type ClaimKind =
  | 'ratio'
  | 'ratio-down'
  | 'ratio-minus-one'
  | 'percent'
  | 'points'
  | 'absolute'
  | 'average-annual'
  | 'average-points'
  | 'plan'
  | 'plan-excess'
  | 'direction'
  | 'index'
  | 'share';

export type Direction = 'up' | 'down';

/**
 * The comparative word that printed a claim's direction (spec §2b comparative difference), folded:
 * `cao` cao hơn, `thap` thấp hơn, `nhieu` nhiều hơn, `it` ít hơn, `lon` lớn hơn, `nho` nhỏ hơn.
 */
export type Comparative = 'cao' | 'thap' | 'nhieu' | 'it' | 'lon' | 'nho';

/** `lower`: trên/hơn (more than). `upper`: dưới (less than). `about`: gần/khoảng/xấp xỉ/ước (±5 %). */
export type Qualifier = 'lower' | 'upper' | 'about';

/**
 * The qualifier word as printed, so a message quotes the claim's own word back: `tren` trên,
 * `hon` hơn, `duoi` dưới, `chua-den` chưa đến / chưa tới, `gan` gần, `khoang` khoảng,
 * `xap-xi` xấp xỉ, `uoc` ước / ước tính / ước đạt.
 */
export type QualifierWord = 'tren' | 'hon' | 'duoi' | 'chua-den' | 'gan' | 'khoang' | 'xap-xi' | 'uoc';

/** The verb of a plan claim: `bang` "bằng" (equal to), `dat` "đạt" / "thực hiện" / "hoàn thành" (reached). */
export type PlanVerb = 'bang' | 'dat';

export interface Claim {
  readonly ok: true;
  readonly kind: ClaimKind;
  /** The direction word, if any. `null` for "gấp 1,7 lần" and plan claims. */
  readonly direction: Direction | null;
  /** The claimed figure with the decimals written; `null` for direction-only claims. */
  readonly figure: Measured | null;
  /** `%` or `‰` written with the figure (percent, points, average-annual, plan, absolute ‰). */
  readonly unitSign: UnitSign | null;
  /** The unit word of an absolute claim ("doanh nghiệp", "bác sĩ"), if any. */
  readonly unitWord: string | null;
  readonly qualifier: Qualifier | null;
  /** The word that printed the qualifier, `null` when there is none. */
  readonly qualifierWord: QualifierWord | null;
  /** The verb of a `plan` claim ("bằng" or "đạt"), `null` for every other kind. */
  readonly planVerb: PlanVerb | null;
  /** For "tăng từ A lên B" forms: the two figures the text itself prints. */
  readonly fromTo: { readonly from: Measured; readonly to: Measured } | null;
  /** The text as given, NFC-normalised, whitespace collapsed. */
  readonly text: string;
  /**
   * For a range ("tăng 7-8%", "7,5–8,0%"): the upper bound; `figure` is then the lower bound and the
   * claim stands for the interval from the lower bound's interval to the upper's (spec §2b). Absent otherwise.
   */
  readonly upper?: Measured | null;
  /**
   * The power of ten the scale words of `unitWord` give ("triệu người" → 1e6, "nghìn tỷ đồng" → 1e12).
   * Absent (1) when the unit has none. Differences are compared after converting to the values' unit.
   */
  readonly scale?: number;
  /**
   * The comparative that printed the direction ("thấp hơn 0,2 người/hộ" → `thap`), so advice keeps the
   * document's word. Absent when a verb ("tăng", "giảm") or nothing printed it.
   */
  readonly comparative?: Comparative;
}

export interface UnparsedClaim {
  readonly ok: false;
  readonly reason: 'unparsed';
  readonly text: string;
}

export type ParsedClaim = Claim | UnparsedClaim;
