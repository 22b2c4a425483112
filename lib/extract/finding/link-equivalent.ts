import { currencyOf } from './align-scale';
import { CLOSES } from './bracket-grammar';
import type { ExtractedClaim } from '../types';

// Grammar: equivalent-opens := space* ( "(" | "," ) space* ( equivalent-word ( space+ "với" )? space* )?
//            ( ( "khoảng" | "hơn" | "gần" | "trên" | "dưới" ) space* )? end, where
//            equivalent-word := "tương đương" | "tương ứng" | "quy đổi" | "quy ra" | "tức là" | "hay"
// Example: " (tương đương hơn " between "36.112 tỷ đồng" and "1,5 tỷ USD"; ", khoảng " before "6,5 tỷ USD"; " (" too.
const EQUIVALENT_OPENS =
  /^\s*[(,]\s*(?:(?:tương\s+đương|tương\s+ứng|quy\s+đổi|quy\s+ra|tức\s+là|hay)(?:\s+với)?\s*)?(?:(?:khoảng|hơn|gần|trên|dưới)\s*)?$/iu;

// Grammar: said-again-opens := space* "(" space* ( "tương đương" | "quy đổi" | "quy ra" ) ( space+ "với" )?
//            ( space+ ( "khoảng" | "hơn" | "gần" | "trên" | "dưới" ) )? space* end
// Example: " (tương đương " between "452.000 tấn" (live weight) and "309.000 tấn thịt xẻ" (carcass weight).
const SAID_AGAIN_OPENS = /^\s*\(\s*(?:tương\s+đương|quy\s+đổi|quy\s+ra)(?:\s+với)?(?:\s+(?:khoảng|hơn|gần|trên|dưới))?\s*$/iu;

// Grammar: closes-after-words := ( any character but "(" ")" or a digit ){0,40} ")"
// Example: " thịt xẻ)" after "309.000 tấn"; ")" alone.
const CLOSES_AFTER_WORDS = /^[^()\d]{0,40}\)/u;

/** A unit of a rate, which says what part of the level something is, never the level again ("(tương đương 30%)"). */
function isRate(unit: string | null): boolean {
  return unit !== null && (unit.startsWith('%') || unit.startsWith('‰'));
}

/** Whether `next` says the level `claim` again: in another currency, or in brackets that say so in any unit. */
function saysAgain(raw: string, claim: ExtractedClaim, next: ExtractedClaim): boolean {
  const gap = raw.slice(claim.end, next.start);
  const unit = next.figures[0]?.unit ?? null;
  if (SAID_AGAIN_OPENS.test(gap)) return !isRate(unit) && CLOSES_AFTER_WORDS.test(raw.slice(next.end));
  if (gap.includes('(') && !CLOSES.test(raw.slice(next.end))) return false;
  const currency = currencyOf(claim.figures[0]?.unit ?? null);
  const other = currencyOf(unit);
  return currency !== null && other !== null && currency !== other && EQUIVALENT_OPENS.test(gap);
}

/**
 * A level said again in another currency right after it ("tổng thu du lịch đạt 36.112 tỷ đồng (tương đương hơn 1,5
 * tỷ USD), tăng 77,2% so với cùng kỳ"; "GDP bình quân đầu người … 101,9 triệu đồng/người, tương đương 4.284 USD"):
 * the same amount converted; or, in brackets that say so, in another measure ("452.000 tấn (tương đương 309.000 tấn
 * thịt xẻ)"). It keeps the level's name and time, and is marked `restates`: a change in its currency
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
  if (!saysAgain(raw, claim, next)) return false;
  out[i + 1] = { ...next, indicator: claim.indicator, years: claim.years, part: claim.part, inherited: true, restates: true };
  bases.add(i + 1);
  // The claims after it that took its name ("…309.000 tấn thịt xẻ), tăng 5%") are of the level it says again.
  for (let k = i + 2; k < out.length; k++) {
    const later = out[k];
    // A new level ends what is said of the amount said again.
    if (later === undefined || later.sentence !== claim.sentence || later.kind === 'value' || !later.inherited || later.indicator !== next.indicator) break;
    out[k] = { ...later, indicator: claim.indicator };
  }
  return true;
}
