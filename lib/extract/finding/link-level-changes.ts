import { isPeriod } from './find-time-phrases';
import type { ExtractedClaim, YearValue } from '../types';

/**
 * A level reached after a direction word ("tỷ trọng … là 13,3% năm 2016, đến năm 2018 tăng lên 14,8%") is a
 * direction claim between the level printed right before it and the one it names (spec §2 direction only); so is a
 * from–to split around its verb ("từ 7,19% năm 2015 giảm xuống còn 1,36% năm 2020").
 */

function ownYear(claim: ExtractedClaim): number | null {
  return !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
}

/** A "tăng lên …" claim as match-level-change.ts reads it: from–to, a direction claim, only its later figure. */
function isLevelChange(claim: ExtractedClaim): boolean {
  return claim.kind === 'from-to' && claim.endpoints === null && claim.figures.length === 1 && claim.claim?.ok === true && claim.claim.kind === 'direction';
}

/** The earlier level: the claim right before, in the same sentence, a plain level in the same unit. */
function earlierLevel(before: ExtractedClaim | undefined, claim: ExtractedClaim): YearValue | null {
  const figure = before?.figures[0];
  const later = claim.figures[0];
  if (before === undefined || figure === undefined || later === undefined || before.sentence !== claim.sentence) return null;
  if ((before.kind !== 'value' && before.kind !== 'share') || before.qualifier !== null || before.figures.length !== 1) return null;
  if (figure.unit === null || figure.unit !== later.unit) return null;
  return { ...figure, year: ownYear(before) };
}

/**
 * Gives each "tăng lên N" / "giảm xuống N" claim its two ends: the level printed right before it (same sentence,
 * same unit) and the level it names. Where there is no such level it stays what it was before this form was read:
 * a plain value.
 *
 * @example
 * linkLevelChanges(raw, extracted).at(-1)?.endpoints;
 * // 'Tỷ trọng người cao tuổi là 13,3% năm 2016, đến năm 2018 tăng lên 14,8%.' → { from: 13,3 %, to: 14,8 % (2018) }
 */
export function linkLevelChanges(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim, index) => {
    if (!isLevelChange(claim)) return claim;
    const later = claim.figures[0];
    const previous = claims[index - 1];
    const level = earlierLevel(previous, claim);
    if (later === undefined || previous === undefined || level === null) return { ...claim, kind: 'value', claim: null, direction: null };
    const split = splitYears(raw, previous, claim);
    const from = split === null ? level : { ...level, year: split.from };
    const to: YearValue = { ...later, year: split === null ? ownYear(claim) : split.to };
    const years = split !== null && split.to !== null ? { years: [split.from, split.to] } : {};
    return { ...claim, ...years, figures: [from, later], endpoints: { from, to }, indicator: claim.indicator ?? previous.indicator ?? null };
  });
}

// Grammar: from-opens := ( start | space | "(" ) "từ" space* end — the earlier level of a split from–to ("từ 7,19% năm 2015
//   giảm xuống còn …"), also opening a bracket
// Example: "Tỷ lệ hộ nghèo từ " before "7,19%"; "chiếm tỷ trọng cao hơn (từ " before "68,38% của cùng kỳ năm 2022".
const FROM_OPENS = /(?:^|[\s(])từ\s*$/iu;

// Grammar: year-between := "năm" space+ year, the first one between the two levels
// Example: " năm 2015 dự kiến " between "7,19%" and "giảm xuống còn 1,36%".
const YEAR_BETWEEN = /năm\s+((?:19|20|21)\d{2})(?!\d)/u;

// Grammar: year-after := space* ( ( "vào" | "đến" | "tới" | "trong" ) space+ )? ( "cuối" space+ | part space+ )? "năm" space+
//   year, right after the later level; part := digit+ space+ "tháng" ( space+ "đầu" )? | "quý" space+ roman
// Example: " vào cuối năm 2020" after "1,36%"; " năm 2020"; " trong 9 tháng năm 2023" after "69,98%" (Đà Nẵng's structure,
//          "từ 68,38% của cùng kỳ năm 2022 tăng lên 69,98% trong 9 tháng năm 2023").
const YEAR_AFTER = /^\s*(?:(?:vào|đến|tới|trong)\s+)?(?:cuối\s+|(?:\d+\s+tháng(?:\s+đầu)?|quý\s+[IVX]+)\s+)?năm\s+((?:19|20|21)\d{2})(?!\d)/u;

/**
 * The years of a from–to split around its verb ("từ 7,19% năm 2015 dự kiến giảm xuống còn 1,36% vào cuối năm 2020"): the
 * year printed between the levels is the earlier one's, the year right after the later level is its own. `null` when
 * the earlier level does not follow "từ" or no year sits between them.
 */
function splitYears(raw: string, before: ExtractedClaim, claim: ExtractedClaim): { from: number; to: number | null } | null {
  if (!FROM_OPENS.test(raw.slice(Math.max(0, before.start - 8), before.start))) return null;
  // The earlier level's own words may hold its year ("68,38% của cùng kỳ năm 2022").
  const between = YEAR_BETWEEN.exec(raw.slice(before.start, claim.start))?.[1];
  if (between === undefined) return null;
  const after = YEAR_AFTER.exec(raw.slice(claim.end, claim.end + 40))?.[1];
  return { from: Number(between), to: after === undefined ? null : Number(after) };
}
