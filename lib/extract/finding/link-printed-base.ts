import { inUnitOf, sameBaseUnit } from './align-scale';
import { singleYear } from './sentence-levels';
import { WHOLE_YEAR } from '../../verify/reference-period';
import type { ExtractedClaim, YearValue } from '../types';

/*
 * A base printed after "so với" (spec §2b): "xuất khẩu tiêu đen đạt 7.700 tấn, trị giá 37,4 triệu USD (giảm 79% so
 * với 13.800 tấn nhưng chỉ thấp hơn gần 15% so với 43 triệu USD cùng kỳ năm ngoái)" (Bộ NN&PTNT, two months of 2024).
 * The text prints both values: each change is checked against the level of its base's unit printed before it.
 */

/** The nearest level before claim `index` in its sentence whose unit is the base's, as a value of its year. */
function levelInUnit(claims: readonly ExtractedClaim[], index: number, unit: string | null): YearValue | null {
  const claim = claims[index];
  for (let k = index - 1; k >= 0; k--) {
    const c = claims[k];
    if (c === undefined || claim === undefined || c.sentence !== claim.sentence) return null;
    const figure = c.figures[0];
    if (c.kind !== 'value' || c.bracketBase === true || figure === undefined) continue;
    if (unit !== null && figure.unit !== null && sameBaseUnit(unit, figure.unit)) {
      const year = singleYear(c) ?? singleYear(claim);
      return c.part === WHOLE_YEAR ? { ...figure, year } : { ...figure, year, part: c.part };
    }
  }
  return null;
}

/**
 * Gives each comparison that prints its base's value ("giảm 79% so với 13.800 tấn") the two values: that base and
 * the level of the same unit printed before it in the sentence. A comparison with no such level is left as it was.
 *
 * @example
 * linkPrintedBase(extractedClaims)[1]?.endpoints;
 * // text 'Năm 2023 doanh thu đạt 1.250 tỷ đồng, tăng 25% so với 1.000 tỷ đồng.' → { from: 1.000, to: 1.250 (2023) }
 */
export function linkPrintedBase(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim, index) => {
    const base = claim.printedBase;
    if (base === undefined || claim.endpoints !== null || claim.claim?.ok !== true) return claim;
    const to = levelInUnit(claims, index, base.unit);
    if (to === null) return claim;
    const year = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null;
    return { ...claim, endpoints: { from: inUnitOf({ ...base, year }, to.unit), to } };
  });
}
