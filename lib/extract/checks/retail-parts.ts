import { foldDiacritics } from '../../claims/normalize-text';
import { isPeriod } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';
import { sameYears } from './parts-heading';
import { isRateUnit, sumInterval, termOf, type Listed, type Term } from './parts-terms';
import { scaledUnit } from './unit-scale';

/*
 * The retail total of the monthly reports and its four parts. GSO's "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu
 * dùng" is, by definition, retail sales of goods plus accommodation and food services, travel services and other
 * services, and every province's monthly report prints the five levels in that order, often a paragraph each ("Doanh
 * thu dịch vụ lưu trú, ăn uống tháng 1 ước đạt 1.496,12 tỷ đồng, …"). When all four parts are printed for the total's
 * own time, they must add up to it.
 */

// Grammar (each on the folded name):
//   total := "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"        retail := ( start | space ) "bán lẻ hàng hóa" end
//   lodging := "lưu trú" ","? space "ăn uống" end                   travel := "du lịch lữ hành" end
//   other := ( start | space ) "dịch vụ khác" end
// Example: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng" is the total; "doanh thu bán lẻ hàng hóa",
//          "Doanh thu dịch vụ lưu trú, ăn uống", "Doanh thu du lịch lữ hành" and "doanh thu dịch vụ khác" its parts;
//          "tỷ trọng bán lẻ hàng hóa trong tổng mức" is neither (a share, and no name ends so).
const TOTAL = /tong muc ban le hang hoa va doanh thu dich vu/u;
const PARTS: readonly RegExp[] = [/(?:^| )ban le hang hoa$/u, /luu tru,? an uong$/u, /du lich lu hanh$/u, /(?:^| )dich vu khac$/u];

/** How far from the total four parts may add up and still be taken for its parts: beyond, they are of another time. */
const NEAR = 0.25;

function isLevelOfProse(claim: ExtractedClaim): boolean {
  return claim.kind === 'value' && claim.source === 'prose' && claim.bracketBase !== true && !isRateUnit(claim.figures[0]?.unit ?? null);
}

function baseOf(claim: ExtractedClaim): string {
  return scaledUnit(claim.figures[0]?.unit ?? null).base;
}

/** Whether a part is of the total's own time: the same years and part of the year, or none named (the report's month). */
function sameTime(part: ExtractedClaim, total: ExtractedClaim): boolean {
  const named = part.part !== '' || isPeriod(part.years) || part.years.length > 0;
  return !named || (part.part === total.part && sameYears(part.years, total.years));
}

/** The four parts printed after the total at `index` for its time, before the next total of that time, or null. */
function partsOf(claims: readonly ExtractedClaim[], index: number, names: readonly string[]): { claim: ExtractedClaim; index: number }[] | null {
  const total = claims[index];
  if (total === undefined) return null;
  const found: ({ claim: ExtractedClaim; index: number } | undefined)[] = PARTS.map(() => undefined);
  for (let k = index + 1; k < claims.length; k++) {
    const claim = claims[k];
    const name = names[k] ?? '';
    if (claim === undefined || !isLevelOfProse(claim) || !sameTime(claim, total)) continue;
    if (TOTAL.test(name)) break;
    const which = PARTS.findIndex((part) => part.test(name));
    if (which >= 0 && found[which] === undefined && baseOf(claim) === baseOf(total)) found[which] = { claim, index: k };
  }
  return found.every((f) => f !== undefined) ? (found as { claim: ExtractedClaim; index: number }[]) : null;
}

/**
 * Each retail total with its four parts, when the text prints all four for the total's time and they come near it
 * (within a quarter: farther, they are another month's). The list is the whole, so parts that miss the total are an error.
 *
 * @example
 * retailLists(extractClaims(t)).length // 1 for a text printing the total and its four parts for January 2023
 */
export function retailLists(claims: readonly ExtractedClaim[]): Listed[] {
  const names = claims.map((c) => foldDiacritics(c.indicator ?? '').toLowerCase().trim());
  const out: Listed[] = [];
  claims.forEach((claim, index) => {
    if (!isLevelOfProse(claim) || !TOTAL.test(names[index] ?? '')) return;
    const found = partsOf(claims, index, names);
    if (found === null) return;
    const scale = scaledUnit(claim.figures[0]?.unit ?? null).scale;
    const total = termOf(claim, index, scale);
    const parts = found.map((p) => termOf(p.claim, p.index, scale)).filter((t): t is Term => t !== null);
    if (total === null || parts.length !== PARTS.length) return;
    const sum = sumInterval(parts);
    if (sum.hi < total.interval.lo * (1 - NEAR) || sum.lo > total.interval.hi * (1 + NEAR)) return;
    out.push({ total, parts, exhaustive: true, changes: false, marker: 'tổng mức bán lẻ' });
  });
  return out;
}
