/*
 * Comparison-column headers (spec "Columns"), on `headerKey(cell)`: lower case, no diacritics, whitespace collapsed.
 * recognize-columns.ts asks here first: "Năm 2022 so sánh với năm 2009" names years but is the comparison column.
 */

// Grammar: any text containing "so sanh", "so voi", "comparison", "compared" or "claim".
// Example: "nam 2022 so sanh voi nam 2009" matches; "nam 2022" does not.
const CLAIM_HEADER = /so sanh|so voi|comparison|compared|claim/;

// Grammar (folded): short-compare := "so" space BASE (a whole word), in a header with a "%" anywhere
//   BASE := "cung ky" | "ck" | "kh" | "ke hoach" | "du toan" | ( "nam" | "thang" | "quy" | "ky" ) space "truoc"
//   — a report form's "So cùng kỳ (%)", "So CK (%)", "% so CK", "So KH năm (%)", written without "với". The "%" tells
//   "So" (compared with) from "Số" (the figure of), which fold alike: "Số kế hoạch năm 2023" is a plan's values.
// Example: "so cung ky (%)", "9 thang 2023 so ck (%)", "% so kh" match; "so ke hoach nam 2023" does not.
const SHORT_COMPARE = /(?:^|\s)so (?:cung ky|ck|kh|ke hoach|du toan|(?:nam|thang|quy|ky) truoc)\b/;
const PERCENT_MARK = /%/;

// Grammar (folded): value-over-base := VALUE [ any but "/" ] "/" space* BASE-VALUE (whole words) — the ratio of two
//   value columns a report form names by their short names
//   VALUE := "th" | "uth" | "thuc hien" | "uoc th" | "uoc thuc hien" | "uoc tinh" | "uoc"
//   BASE-VALUE := "kh" | "ke hoach" | "du toan" | "ck" | "cung ky" | "th" | "thuc hien"
// Example: "th/kh (%)", "uoc th 2023/kh 2023", "uth/ck" match; "2016/2015" (a yearbook's index) and "nguoi/ho" do not.
const VALUE_OVER_BASE = /(?:^|\s)(?:th|uth|thuc hien|uoc th|uoc thuc hien|uoc tinh|uoc)\b[^/]*\/ *(?:kh|ke hoach|du toan|ck|cung ky|th|thuc hien)\b/;

/**
 * Whether a folded header names a comparison column: in words ("so sánh với", "so với"), or in a report form's short
 * names ("So CK (%)", "TH/KH (%)").
 *
 * @example
 * namesComparison('so ck (%)')            // true
 * namesComparison('so ke hoach nam 2023') // false: "Số kế hoạch", the plan's values
 */
export function namesComparison(key: string): boolean {
  return CLAIM_HEADER.test(key) || (SHORT_COMPARE.test(key) && PERCENT_MARK.test(key)) || VALUE_OVER_BASE.test(key);
}
