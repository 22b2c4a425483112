import { currencyOf } from './align-scale';
import { CLOSES } from './bracket-grammar';
import type { ExtractedClaim } from '../types';

// Grammar: equivalent-opens := space* ( "(" | "," ) space* ( equivalent-word ( space+ "với" )? space* )?
//            ( ( "khoảng" | "hơn" | "gần" | "trên" | "dưới" ) space* )? end, where
//            equivalent-word := "tương đương" | "tương ứng" | "quy đổi" | "quy ra" | "tức là" | "hay"
// Example: " (tương đương hơn " between "36.112 tỷ đồng" and "1,5 tỷ USD"; ", khoảng " before "6,5 tỷ USD"; " (" too.
const EQUIVALENT_OPENS =
  /^\s*[(,]\s*(?:(?:tương\s+đương|tương\s+ứng|quy\s+đổi|quy\s+ra|tức\s+là|hay)(?:\s+với)?\s*)?(?:(?:khoảng|hơn|gần|trên|dưới)\s*)?$/iu;

/**
 * A level said again in another currency right after it ("tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5
 * tỷ USD), tăng 77,2% so với cùng kỳ"; "GDP bình quân đầu người … 101,9 triệu đồng/người, tương đương 4.284 USD"):
 * the same amount converted. It keeps the level's name and time, and is marked `restates`: a change in its currency
 * ("tăng 160 USD") is measured from it, any other from the amount printed first. Whether it linked; `bases` gets
 * its index, so the bracket steps never take it for the level a comparison measures.
 *
 * @example
 * // out: the claims of "… đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% …"
 * linkEquivalent(raw, out, 0, bases); // true; out[1].restates === true
 */
export function linkEquivalent(raw: string, out: ExtractedClaim[], i: number, bases: Set<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  if (claim === undefined || next === undefined || claim.kind !== 'value' || next.kind !== 'value' || next.sentence !== claim.sentence) return false;
  const currency = currencyOf(claim.figures[0]?.unit ?? null);
  const other = currencyOf(next.figures[0]?.unit ?? null);
  if (currency === null || other === null || currency === other) return false;
  const gap = raw.slice(claim.end, next.start);
  if (!EQUIVALENT_OPENS.test(gap) || (gap.includes('(') && !CLOSES.test(raw.slice(next.end)))) return false;
  out[i + 1] = { ...next, indicator: claim.indicator, years: claim.years, part: claim.part, inherited: true, restates: true };
  bases.add(i + 1);
  return true;
}
