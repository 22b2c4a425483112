import { foldDiacriticsAligned } from '../../claims/normalize-text';
import { intersects } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import { isExactCount, widened, type Listed } from './parts-terms';

/*
 * Parts that miss their total for a reason the text's own conventions give: a warning that names the reason, not an
 * error (check-parts-total.ts).
 * - `truncated`: the parts meet the total cut after its last printed digit rather than rounded (spec §3's
 *   `match_truncated`, for a sum): Yên Bái's two quarters of 2023 add up to 10.537,65 tỷ đồng, printed "10 nghìn 537".
 * - `refunds`: a budget's revenue below its domestic and import-export parts. Provinces print the revenue from imports
 *   and exports before the VAT refunds that the total takes off (Quảng Nam, first half of 2024: 10.152 + 3.224 tỷ đồng
 *   against a total of 12.221).
 */
export type PartsRemark = 'truncated' | 'refunds';

/** The reason each remark gives, in both languages, after the arithmetic. */
export const REMARKS: Readonly<Record<PartsRemark, { readonly vi: string; readonly en: string }>> = {
  truncated: { vi: 'tổng khớp nếu được cắt bớt chữ số thay vì làm tròn', en: 'the total matches if it was truncated rather than rounded' },
  refunds: {
    vi: 'thu từ hoạt động xuất nhập khẩu thường được ghi trước khi trừ hoàn thuế giá trị gia tăng, nên tổng thu có thể nhỏ hơn tổng các khoản',
    en: 'revenue from imports and exports is often printed before the VAT refunds that the total takes off, so the total may be below its parts',
  },
};

// Grammar (folded): budget-revenue := "thu" space ( "ngan sach" | "nsnn" ) as words
// Example: "Tổng thu ngân sách nhà nước 6 tháng" names a budget's revenue; "chi ngân sách" does not.
const BUDGET_REVENUE = /(?<![\p{L}\p{M}])thu (?:ngan sach|nsnn)(?![\p{L}\p{M}])/u;

// Grammar (folded): trade-part := "xuat nhap khau" | "xuat khau" | "nhap khau" as words
// Example: "thu từ hoạt động xuất nhập khẩu" is the import-export part of a budget's revenue.
const TRADE_PART = /(?<![\p{L}\p{M}])(?:xuat nhap khau|xuat khau|nhap khau)(?![\p{L}\p{M}])/u;

const folded = (name: string | null): string => foldDiacriticsAligned((name ?? '').toLowerCase());

/**
 * The reason parts that miss their total may still be printed right (see the module comment), or null.
 *
 * @example
 * remarkOn(listed, sumInterval(listed.parts)) // 'truncated' for 10.537,65 against "10 nghìn 537"
 */
export function remarkOn(listed: Listed, sum: Interval): PartsRemark | null {
  const { total, parts } = listed;
  // A count ("12 phiên") is never cut: it has no digits to cut.
  const exact = total.sign > 0 && total.value > 0 && total.claim.qualifier === null && !isExactCount(total);
  if (exact && intersects(widened(sum), { lo: total.value, hi: total.value + 10 ** -total.decimals })) return 'truncated';
  const above = sum.lo > total.interval.hi;
  if (above && !listed.changes && BUDGET_REVENUE.test(folded(total.claim.indicator)) && parts.some((p) => TRADE_PART.test(folded(p.claim.indicator)))) return 'refunds';
  return null;
}
