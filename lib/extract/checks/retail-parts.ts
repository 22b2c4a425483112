import { isRetailTotal, ofTotalTime, retailPartOf, RETAIL_PARTS } from '../finding/retail-names';
import type { ExtractedClaim } from '../types';
import { isRateUnit, sumInterval, termOf, type Listed, type Term } from './parts-terms';
import { scaledUnit } from './unit-scale';

/*
 * The retail total of the monthly reports against its four parts (finding/retail-names.ts): when all four are printed for
 * the total's time, they must add up to it.
 */

/** How far from the total four parts may add up and still be taken for its parts: beyond, they are of another time. */
const NEAR = 0.25;

function isLevelOfProse(claim: ExtractedClaim): boolean {
  return claim.kind === 'value' && claim.source === 'prose' && claim.bracketBase !== true && !isRateUnit(claim.figures[0]?.unit ?? null);
}

function baseOf(claim: ExtractedClaim): string {
  return scaledUnit(claim.figures[0]?.unit ?? null).base;
}


/** The four parts printed after the total at `index` for its time, before the next total of that time, or null. */
function partsOf(claims: readonly ExtractedClaim[], index: number): { claim: ExtractedClaim; index: number }[] | null {
  const total = claims[index];
  if (total === undefined) return null;
  const found: ({ claim: ExtractedClaim; index: number } | undefined)[] = Array.from({ length: RETAIL_PARTS }, () => undefined);
  for (let k = index + 1; k < claims.length; k++) {
    const claim = claims[k];
    if (claim === undefined || !isLevelOfProse(claim) || !ofTotalTime(claim, total)) continue;
    if (isRetailTotal(claim.indicator)) break;
    const which = retailPartOf(claim.indicator);
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
  const out: Listed[] = [];
  claims.forEach((claim, index) => {
    if (!isLevelOfProse(claim) || !isRetailTotal(claim.indicator)) return;
    const found = partsOf(claims, index);
    if (found === null) return;
    const scale = scaledUnit(claim.figures[0]?.unit ?? null).scale;
    const total = termOf(claim, index, scale);
    const parts = found.map((p) => termOf(p.claim, p.index, scale)).filter((t): t is Term => t !== null);
    if (total === null || parts.length !== RETAIL_PARTS) return;
    const sum = sumInterval(parts);
    if (sum.hi < total.interval.lo * (1 - NEAR) || sum.lo > total.interval.hi * (1 + NEAR)) return;
    out.push({ total, parts, exhaustive: true, changes: false, marker: 'tổng mức bán lẻ' });
  });
  return out;
}
