import type { ExtractedClaim, YearValue } from '../types';
import { comparesYearBefore } from './base-part';
import { comparisonBaseOf } from './comparison-base';

/*
 * A change of a growth rate, printed between the rate and the year before's rate in brackets: "khu vực nông, lâm nghiệp
 * và thủy sản tăng 10,25%, …, cao hơn 1,04% so với cùng kỳ năm trước (năm 2022 tăng 9,21%)" (Bình Phước's 2023 report):
 * the rate rose from 9,21 % to 10,25 %, by 1,04 points; "tăng 7,12%, …, giảm 7,63% so với cùng kỳ năm trước (năm 2022
 * tăng 14,75%)" fell by 7,63 points. The three claims are read together when:
 * - the change is in "%" or in points, and the claim right after it is a rise or fall in "%" in brackets, of the change's
 *   base year (named, or the year before for "cùng kỳ", "năm trước");
 * - the same sentence prints before the change, outside brackets, a rise or fall in "%": the rate it changes, the last
 *   one, of the change's year when it names one. Its subject is the rate's: the words between take the change's
 *   ("đóng góp 3,21 điểm phần trăm vào tăng trưởng GRDP của tỉnh, cao hơn 1,04% …").
 * A change in points may also name its base in words and print the base's rate in brackets as a level: "GRDP … ước
 * tăng 9,46%, cao hơn 0,66 điểm % so với kịch bản (8,80%)" (Quảng Ninh, first half of 2023): 9,46 − 8,80 points. The
 * bracket is then the comparison's base (link-brackets.ts marks it), of no year of its own.
 * A rate on another base than the change's is no rate it changes: "tăng 1,17% so với tháng trước và tăng 23,64% so với
 * cùng kỳ năm trước (tháng 9 năm 2021 giảm 11,51% …)" prints two rises of one level and last year's fall (Sơn La's retail,
 * September 2022).
 */

/** A rise or fall in "%" as a signed rate of its year ("giảm 1,14%" → −1,14). */
function signedRate(claim: ExtractedClaim, year: number): YearValue | null {
  const parsed = claim.claim;
  const figure = claim.figures[0];
  if (claim.kind !== 'comparison' || parsed?.ok !== true || parsed.kind !== 'percent' || figure === undefined || claim.direction === null) return null;
  const value = claim.direction === 'down' ? -figure.value : figure.value;
  return { value, decimals: figure.decimals, unit: '%', year };
}

function singleYearOf(claim: ExtractedClaim): number | null {
  const years = claim.years;
  return Array.isArray(years) && years.length === 1 ? (years[0] ?? null) : null;
}

/** The last rise or fall in "%" before claim `index` in its sentence, outside brackets. */
function rateBefore(claims: readonly ExtractedClaim[], index: number): ExtractedClaim | undefined {
  const claim = claims[index];
  const before = claims.slice(0, index).filter((c) => c.sentence === claim?.sentence && c.inBrackets !== true && signedRate(c, 0) !== null);
  return before[before.length - 1];
}

/** A change in points against the rate its named base prints in brackets ("so với kịch bản (8,80%)"), or null. */
function namedBaseGap(claims: readonly ExtractedClaim[], index: number, bracket: ExtractedClaim): { from: YearValue; to: YearValue; subject: string | null } | null {
  const figure = bracket.figures[0];
  const last = rateBefore(claims, index);
  if (figure === undefined || figure.unit !== '%' || bracket.qualifier !== null || last === undefined) return null;
  const rate = signedRate(last, 0);
  if (rate === null) return null;
  const to = { ...rate, year: singleYearOf(last) };
  return { from: { value: figure.value, decimals: figure.decimals, unit: '%', year: null }, to, subject: last.indicator };
}

/**
 * The year before's rate and the rate a change in "%" or points changes (see the module comment), or null.
 *
 * @example
 * // "… tăng 10,25%, đóng góp 3,21 điểm phần trăm, cao hơn 1,04% so với cùng kỳ năm trước (năm 2022 tăng 9,21%)"
 * rateGapOf(claims, 2) // { from: { value: 9.21, …, year: 2022 }, to: { value: 10.25, …, year: 2023 }, subject: 'khu vực nông, …' }
 */
export function rateGapOf(claims: readonly ExtractedClaim[], index: number): { from: YearValue; to: YearValue; subject: string | null } | null {
  const claim = claims[index];
  const next = claims[index + 1];
  const parsed = claim?.claim;
  if (claim === undefined || next === undefined || parsed?.ok !== true || (parsed.kind !== 'percent' && parsed.kind !== 'points')) return null;
  if (claim.kind !== 'comparison' || claim.inBrackets === true || next.inBrackets !== true || next.sentence !== claim.sentence) return null;
  if (parsed.kind === 'points' && next.bracketBase === true) return namedBaseGap(claims, index, next);
  // The rate it changes: the last rise or fall in "%" before it in its sentence, outside brackets, of its year when it
  // names one (its subject may be lost to the words between: "đóng góp 3,21 điểm phần trăm vào tăng trưởng GRDP").
  const own = singleYearOf(claim);
  const last = rateBefore(claims, index);
  // A rate of no year printed (a paragraph that names none) is of the year after the bracket's, "so với cùng kỳ năm trước".
  const bracketYear = singleYearOf(next);
  const year = last === undefined ? null : (singleYearOf(last) ?? (bracketYear !== null && comparesYearBefore(claim.text) ? bracketYear + 1 : null));
  if (last === undefined || year === null || (own !== null && own !== year)) return null;
  const [lastBase, ownBase] = [comparisonBaseOf(last.text), comparisonBaseOf(claim.text)];
  if (lastBase !== null && ownBase !== null && lastBase !== ownBase) return null;
  const base = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : comparesYearBefore(claim.text) ? year - 1 : null;
  if (base === null || singleYearOf(next) !== base) return null;
  const from = signedRate(next, base);
  const rate = signedRate(last, year);
  return from === null || rate === null || last === undefined ? null : { from, to: rate, subject: last.indicator };
}
