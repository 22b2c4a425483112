import { foldDiacritics } from '../../claims/normalize-text';
import { isPeriod, sameYears } from './find-time-phrases';
import type { ExtractedClaim } from '../types';

/*
 * The retail total of the monthly reports and its four parts, by name. GSO's "tổng mức bán lẻ hàng hóa và doanh thu dịch
 * vụ tiêu dùng" is, by definition, retail sales of goods plus accommodation and food services, travel services and other
 * services; every province's monthly report prints the five levels in that order, often a paragraph each, and often each
 * part's share of the total. One list of names for the check of the parts (checks/retail-parts.ts) and the shares
 * (link-retail-shares.ts).
 */

// Grammar (each on the folded name):
//   total := "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"        retail := ( start | space ) "bán lẻ hàng hóa" end
//   lodging := "lưu trú" ","? space "ăn uống" end                   travel := ( "du lịch" | "dịch vụ" ) space "lữ hành" end
//   other := ( start | space ) "dịch vụ khác" end
// Example: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng" is the total; "doanh thu bán lẻ hàng hóa",
//          "Doanh thu dịch vụ lưu trú, ăn uống", "Doanh thu du lịch lữ hành" (or "dịch vụ lữ hành", Bình Định's first quarter
//          of 2024) and "doanh thu dịch vụ khác" its parts;
//          "tỷ trọng bán lẻ hàng hóa trong tổng mức" is neither (no name ends so).
const TOTAL = /tong muc ban le hang hoa va doanh thu dich vu/u;
const PARTS: readonly RegExp[] = [/(?:^| )ban le hang hoa$/u, /luu tru,? an uong$/u, /(?:du lich|dich vu) lu hanh$/u, /(?:^| )dich vu khac$/u];

/** How many parts the retail total has. */
export const RETAIL_PARTS = PARTS.length;

function folded(name: string | null): string {
  return foldDiacritics(name ?? '').toLowerCase().trim();
}

/**
 * Whether a name is the retail total's.
 *
 * @example
 * isRetailTotal('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng') // true
 */
export function isRetailTotal(name: string | null): boolean {
  return TOTAL.test(folded(name));
}

/**
 * Which of the retail total's four parts a name is (0 retail, 1 lodging and food, 2 travel, 3 other services), or -1.
 *
 * @example
 * retailPartOf('Doanh thu dịch vụ lưu trú, ăn uống') // 1
 */
export function retailPartOf(name: string | null): number {
  const key = folded(name);
  return TOTAL.test(key) ? -1 : PARTS.findIndex((part) => part.test(key));
}

/**
 * Whether a part is of the total's own time: the same years and part of the year, or none named (the report's month).
 *
 * @example
 * ofTotalTime(partWithNoTime, januaryTotal) // true
 */
export function ofTotalTime(part: ExtractedClaim, total: ExtractedClaim): boolean {
  const named = part.part !== '' || isPeriod(part.years) || part.years.length > 0;
  return !named || (part.part === total.part && sameYears(part.years, total.years));
}
