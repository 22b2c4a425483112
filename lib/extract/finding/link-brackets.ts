import { sameBaseUnit } from './align-scale';
import { CLOSES, OPENS, OPENS_BASE, OPENS_OR_COMMA, VERSUS } from './bracket-grammar';
import { linkEquivalent } from './link-equivalent';
import { linkLevelAfter } from './link-level-after';
import { basePart } from './base-part';
import { carriedClaim } from './carry-list-direction';
import type { ExtractedClaim, YearValue } from '../types';
import { baseYear, isPercentUnit, levelBefore, levelOf, ownYear } from './bracket-levels';

/**
 * A base printed in brackets or in the next clause (spec §2b): "gấp 1,3 lần năm 2015 (5.104 USD)", "bằng 129,3%
 * so với cùng kỳ năm trước (7.369,1 tỷ đồng)", "tăng 2,79 lần so với năm 2010 (từ 1,07 lên 2,99 triệu
 * đồng/tháng)", "giảm (-9,28%) so với năm 2022, từ 1.153 xuống 1.046 doanh nghiệp", "cao gấp 1,36 lần lao động
 * nữ (8 triệu đồng so với 5,9 triệu đồng)". The text prints both values: the claim is checked against them.
 */

function isComparison(claim: ExtractedClaim): boolean {
  return (claim.kind === 'comparison' || claim.kind === 'index') && claim.endpoints === null && claim.claim?.ok === true;
}

/**
 * What a direction word printed without a figure compares with its bracket: the nearest level before it in its
 * sentence, or a percent change ("tăng 5,35%, cao hơn mức tăng chung của cả nước (4,24%)" compares two rates).
 */
function comparedBefore(claims: readonly ExtractedClaim[], index: number, bases: ReadonlySet<number>): ExtractedClaim | null {
  const claim = claims[index];
  for (let k = index - 1; k >= 0; k--) {
    const c = claims[k];
    if (c === undefined || claim === undefined || c.sentence !== claim.sentence) return null;
    // An earlier comparison's bracketed base ("(100 doanh nghiệp)") is that base, not the level compared, and an
    // earlier direction word compares the same level ("tăng so với năm 2022 (…) nhưng giảm so với năm 2021 (…)").
    if (bases.has(k) || isBareDirection(c)) continue;
    if (c.kind === 'value') return c;
    if (c.kind === 'comparison') return c.claim?.ok === true && c.claim.kind === 'percent' ? c : null;
  }
  return null;
}

/**
 * An index that names no base ("…quý III đạt 1.445,2 nghìn tỷ đồng và quý IV đạt 1.514,6 nghìn tỷ đồng, tốc độ
 * phát triển 104,8%") compares the two values printed right before it in its sentence, in one unit, the later
 * one last; `null` unless exactly those two levels precede it since the sentence (or the last claim) began.
 */
function twoLevelsBefore(claims: readonly ExtractedClaim[], index: number): { from: YearValue; to: YearValue } | null {
  const claim = claims[index];
  const a = claims[index - 2];
  const b = claims[index - 1];
  if (claim === undefined || a === undefined || b === undefined) return null;
  if (a.sentence !== claim.sentence || b.sentence !== claim.sentence || a.kind !== 'value' || b.kind !== 'value') return null;
  // An amount past a plan is no level ("đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng 99,6% so với năm trước").
  if (a.excess === true || b.excess === true) return null;
  const before = claims[index - 3];
  if (before !== undefined && before.sentence === claim.sentence && before.kind === 'value') return null;
  const from = levelOf(a, ownYear(a));
  const to = levelOf(b, ownYear(b));
  if (from === null || to === null || from.unit === null || from.unit !== to.unit) return null;
  return { from, to };
}

// Grammar: plan-opens := ( letter | mark | space ){0,40} "(" space* plan-named? end — the rest of the plan's name, then its
//   bracket; plan-named := ( "kế hoạch" | "KH" | "dự toán" | "chỉ tiêu" ) ( letter | mark | space | year ){0,30} ( ":" | space )*
//   — the bracket names the plan again before its figure
// Example: " HĐND tỉnh giao (" after "bằng 107,8% dự toán"; " (" after "vượt 0,4% kế hoạch"; " (kế hoạch đạt " after "đạt
//          74,84% kế hoạch năm 2023" (Hải Phòng's retail, 9 months of 2023); " (dự toán năm 2024: " likewise.
const PLAN_OPENS = /^[\p{L}\p{M}\s]{0,40}\(\s*(?:(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu)(?:[\p{L}\p{M}\s]|\d{4}){0,30}?[:\s]*)?$/u;

/**
 * A plan claim whose plan is printed in brackets ("bằng 107,8% dự toán HĐND tỉnh giao (2.300 tỷ đồng)", "vượt 0,4%
 * kế hoạch (12.400 tỷ đồng)"): the level before the claim against that plan. The bracketed plan is no level of the
 * year (it names no indicator), so it is never a second value of the achieved figure. Whether it linked.
 */
function linkPlanBracket(raw: string, out: ExtractedClaim[], i: number, bases: Set<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  if (claim === undefined || next === undefined || claim.kind !== 'plan' || claim.claim?.ok !== true || claim.endpoints !== null) return false;
  if (next.kind !== 'value' || next.sentence !== claim.sentence || !PLAN_OPENS.test(raw.slice(claim.end, next.start)) || !CLOSES.test(raw.slice(next.end))) return false;
  const beside = levelBefore(raw, out, i, bases);
  const to = beside === null ? null : levelOf(beside, ownYear(beside) ?? ownYear(claim));
  // A plan is no level of its year: it carries none, so no check takes it for a second value of that year.
  const plan = levelOf(next, null);
  if (to === null || plan === null || !sameBaseUnit(to.unit, plan.unit)) return false;
  out[i] = { ...claim, endpoints: { from: plan, to } };
  out[i + 1] = { ...next, indicator: null, years: [], inherited: true };
  bases.add(i + 1);
  return true;
}

/** Two units that cannot be compared: both printed, and counting different things ("tỷ USD", "tỷ đồng"). */
function unitsConflict(a: YearValue, b: YearValue): boolean {
  return a.unit !== null && b.unit !== null && !sameBaseUnit(a.unit, b.unit);
}

// Grammar: opens-same := space* "(" space* ( "bằng" space+ )? ( sign space* )? end, sign := "+" | "-" | "−" — a bracket that says
//   the same change again, its sign (when printed) the change's direction
// Example: " (" in "tăng 1,14% (0,68 tạ/ha)"; " (bằng " in "giảm 1.686 ha (bằng 2,24%)"; " (+" in "tăng 164.112 con
//          (+8,82%)"; " (+ " in "tăng 0,5% (+ 0,24 nghìn con)" (a space after the sign).
const OPENS_SAME = /^\s*\(\s*(?:bằng\s+)?(?:([+\-−])\s*)?$/iu;

/** The earlier value, given the later one and the change to it: `to − d` for a rise, `to + d` for a fall. */
function baseOf(to: YearValue, difference: YearValue, direction: 'up' | 'down', year: number | null): YearValue {
  const decimals = Math.max(to.decimals, difference.decimals);
  const value = direction === 'up' ? to.value - difference.value : to.value + difference.value;
  return { value: Number(value.toFixed(decimals)), decimals, unit: to.unit, year };
}

/**
 * A change printed twice, once relative and once absolute, the second in brackets right after the first (provincial
 * farm reports: "năng suất đạt 60,45 tạ/ha, tăng 1,14% (0,68 tạ/ha) so với năm 2018"; "gieo trồng 73.467 ha, giảm
 * 1.686 ha (bằng 2,24%)"). The bracket is the same change, not the base: the base is the level minus the difference,
 * and the percentage is checked against it. A bracket after "so với …" stays the base ("tăng 113% so với cùng kỳ năm
 * trước (921 tỉ đồng)"), and so does one that reads better as the base than as the difference. Whether it linked.
 */
function linkSameChange(raw: string, out: ExtractedClaim[], i: number, bases: Set<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  const parsed = claim?.claim;
  if (claim === undefined || next === undefined || parsed?.ok !== true || claim.endpoints !== null) return false;
  if (parsed.direction !== 'up' && parsed.direction !== 'down') return false;
  if (linkSameChangeWithVerb(raw, out, i, bases)) return true;
  const opens = OPENS_SAME.exec(raw.slice(claim.end, next.start));
  if (next.kind !== 'value' || next.sentence !== claim.sentence || opens === null || !CLOSES.test(raw.slice(next.end))) return false;
  const sign = opens[1];
  // A named base ("so với cuối năm 2021 tăng 208 tỷ đồng") leaves a bracket after the change to be that base, unless it
  // is a signed percentage ("(+136%)": Tuyên Quang's bad debt, September 2022), which no base is.
  if (claim.compareTo !== null && (sign === undefined || !isPercentUnit(next.figures[0]?.unit ?? null))) return false;
  // A sign against the direction ("tăng 164.112 con (−8,82%)") says something else: left unlinked.
  if (sign !== undefined && (sign === '+') !== (parsed.direction === 'up')) return false;
  const bracket = levelOf(next, null);
  const beside = levelBefore(raw, out, i, bases, bracket !== null && !isPercentUnit(bracket.unit));
  const to = beside === null ? null : levelOf(beside, ownYear(beside) ?? ownYear(claim));
  if (to === null && sign !== undefined && bracket !== null && parsed.kind === 'percent' && !isPercentUnit(bracket.unit)) {
    // A signed amount is the change itself even with no level of the subject before it ("trong đó: đàn trâu tăng 0,2%
    // (+ 0,02 nghìn con)"): it is no level of the next part either.
    out[i + 1] = { ...next, indicator: null, years: [], inherited: true };
    bases.add(i + 1);
    return true;
  }
  if (to === null || bracket === null || to.value <= 0) return false;
  const direction = parsed.direction;
  if (parsed.kind === 'percent' && parsed.figure !== null && !isPercentUnit(bracket.unit) && sameBaseUnit(bracket.unit, to.unit)) {
    const from = baseOf(to, bracket, direction, null);
    if (from.value <= 0) return false;
    // Read as the base, the bracket would give a change far from the printed one: it is the difference.
    const asDifference = Math.abs((bracket.value / from.value) * 100 - parsed.figure.value);
    const asBase = Math.abs(Math.abs(to.value / bracket.value - 1) * 100 - parsed.figure.value);
    if (asDifference > asBase) return false;
    out[i] = { ...claim, endpoints: { from, to }, baseFromChange: bracket };
    out[i + 1] = { ...next, indicator: null, years: [], inherited: true };
    bases.add(i + 1);
    return true;
  }
  if (parsed.kind === 'absolute' && isPercentUnit(bracket.unit) && next.qualifier === null) {
    const figure = claim.figures[0];
    if (figure === undefined || !sameBaseUnit(figure.unit, to.unit)) return false;
    const from = baseOf(to, { ...figure, year: null }, direction, null);
    if (from.value <= 0) return false;
    // The bracketed percentage is the same change, relative: checked against the base the difference gives.
    const relative = carriedClaim(next.text, direction);
    if (!relative.ok) return false;
    out[i + 1] = { ...next, kind: 'comparison', claim: relative, direction, indicator: claim.indicator, endpoints: { from, to }, inherited: true, baseFromChange: figure };
    return true;
  }
  return false;
}

/**
 * The same change in brackets with its own verb, after the percentage and its base ("năng suất lúa 55,8 tạ/ha, giảm 1,7%
 * so cùng kỳ (giảm 1,0 tạ/ha)", Thanh Hóa's farm reports): a change of the same direction in the level's unit is the
 * difference, never a base, so the base is the level minus it, for the percentage. Whether it linked.
 */
function linkSameChangeWithVerb(raw: string, out: ExtractedClaim[], i: number, bases: ReadonlySet<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  const parsed = claim?.claim;
  const inner = next?.claim;
  if (claim === undefined || next === undefined || parsed?.ok !== true || parsed.kind !== 'percent' || parsed.figure === null) return false;
  if (next.kind !== 'comparison' || inner?.ok !== true || inner.kind !== 'absolute' || next.compareTo !== null || next.endpoints !== null) return false;
  if (inner.direction !== parsed.direction || next.sentence !== claim.sentence) return false;
  if (!OPENS.test(raw.slice(claim.end, next.start)) || !CLOSES.test(raw.slice(next.end))) return false;
  const beside = levelBefore(raw, out, i, bases);
  const to = beside === null ? null : levelOf(beside, ownYear(beside) ?? ownYear(claim));
  const difference = next.figures[0];
  if (to === null || difference === undefined || to.value <= 0 || !sameBaseUnit(difference.unit, to.unit)) return false;
  const from = baseOf(to, { ...difference, year: null }, parsed.direction === 'up' ? 'up' : 'down', baseYear(claim));
  if (from.value <= 0) return false;
  // The bracketed change gave the base: held against it, it would match by construction, so it is left to its level
  // (an implied base) and the percentage carries the check ("giảm 0,81% (giảm 633 tấn)", Kiên Giang's fisheries, July).
  out[i] = { ...claim, endpoints: { from, to }, baseFromChange: difference };
  out[i + 1] = { ...next, indicator: claim.indicator, inherited: true };
  return true;
}

/**
 * Gives each comparison the two values its brackets (or the from–to right after it) print, as `endpoints`, and
 * gives a bracketed base the base year (not the year of the sentence), so it is never a second value of that year.
 *
 * @example
 * linkBrackets(raw, extractClaims(raw))[1]?.endpoints;
 * // raw 'Năm 2020 đạt 6.799 USD, gấp 1,3 lần năm 2015 (5.104 USD).' → { from: 5.104 (2015), to: 6.799 (2020) }
 */
export function linkBrackets(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  const bases = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    const claim = out[i];
    if (claim !== undefined && claim.kind === 'index' && claim.compareTo === null) {
      const ends = twoLevelsBefore(out, i);
      if (ends !== null && claim.endpoints === null) out[i] = { ...claim, endpoints: ends };
    }
    const next = out[i + 1];
    if (claim !== undefined && next !== undefined && linkEquivalent(raw, out, i, bases)) continue;
    if (claim !== undefined && next !== undefined && linkPlanBracket(raw, out, i, bases)) continue;
    if (claim !== undefined && next !== undefined && linkSameChange(raw, out, i, bases)) continue;
    if (claim !== undefined && next !== undefined && linkLevelAfter(raw, out, i, bases)) continue;
    if (claim !== undefined && next !== undefined && markUnreadBase(raw, out, i, bases)) continue;
    if (claim === undefined || next === undefined || !isComparison(claim) || next.sentence !== claim.sentence) continue;
    const gap = raw.slice(claim.end, next.start);
    const from = baseYear(claim);
    if (next.kind === 'from-to' && next.endpoints !== null && OPENS_OR_COMMA.test(gap)) {
      const ends = next.endpoints;
      const endpoints = { from: { ...ends.from, year: ends.from.year ?? from }, to: { ...ends.to, year: ends.to.year ?? ownYear(claim) } };
      out[i] = { ...claim, endpoints };
      continue;
    }
    if (next.kind !== 'value' || !(OPENS.test(gap) || OPENS_BASE.test(gap))) continue;
    const after = out[i + 2];
    if (after !== undefined && after.kind === 'value' && VERSUS.test(raw.slice(next.end, after.start)) && CLOSES.test(raw.slice(after.end))) {
      const to = levelOf(next, ownYear(claim));
      const base = levelOf(after, from);
      if (to !== null && base !== null) out[i] = { ...claim, endpoints: { from: base, to } };
      continue;
    }
    if (!CLOSES.test(raw.slice(next.end))) continue;
    const beside = isBareDirection(claim) ? comparedBefore(out, i, bases) : levelBefore(raw, out, i, bases);
    const base = levelOf(next, from);
    const to = beside === null ? null : levelOf(beside, ownYear(beside) ?? ownYear(claim));
    // A bracket in another unit than the level is no base of it ("… 1,5 tỷ USD …, tăng 77,2% (20.379 tỷ đồng)").
    if (base === null || (to !== null && unitsConflict(base, to))) continue;
    // A bracket after a base named by its words ("so với Quảng Ngãi (97,4 …)") is that base even with no level before.
    if (to === null && !NAMED_BASE.test(claim.text)) continue;
    if (to !== null) out[i] = { ...claim, endpoints: { from: base, to } };
    out[i + 1] = { ...next, indicator: claim.indicator, years: from === null ? [] : [from], part: basePart(claim), inherited: true, bracketBase: true };
    bases.add(i + 1);
  }
  return out;
}

// Grammar: named-base := "so" space+ ( "sánh" space+ )? "với" space+ letter — a base named in words after the figure
// Example: "gấp gần 1,1 lần so với Quảng Ngãi"; not "tăng 12%" (its bracket may be the amount: "(tăng 1.271 ha)").
const NAMED_BASE = /so\s+(?:sánh\s+)?với\s+[\p{L}]/iu;

/**
 * The bracket after a comparison lib/claims could not read ("cao hơn 1,8 lần so với Thừa Thiên Huế (58,2 nghìn tỷ
 * đồng)", Quảng Nam's GRDP of 2021) is still that comparison's base, never a level of the subject: the next comparison
 * ("; gấp gần 1,1 lần so với Quảng Ngãi (97,4 …)") must not measure it. Whether it marked one.
 */
function markUnreadBase(raw: string, out: ExtractedClaim[], i: number, bases: Set<number>): boolean {
  const claim = out[i];
  const next = out[i + 1];
  if (claim === undefined || next === undefined || claim.kind !== 'comparison' || claim.claim?.ok === true) return false;
  if (next.kind !== 'value' || next.sentence !== claim.sentence) return false;
  if (!OPENS.test(raw.slice(claim.end, next.start)) || !CLOSES.test(raw.slice(next.end))) return false;
  const from = baseYear(claim);
  out[i + 1] = { ...next, years: from === null ? [] : [from], part: basePart(claim), inherited: true, bracketBase: true };
  bases.add(i + 1);
  return true;
}

/**
 * A direction word printed without a figure ("giảm so với năm 2022 (…)"): match-claims' bare comparison.
 *
 * @example
 * isBareDirection(extractClaims('Năm 2023 có 120 doanh nghiệp, giảm so với năm 2022 (100 doanh nghiệp).')[1]!) // true
 */
export function isBareDirection(claim: ExtractedClaim): boolean {
  return claim.figures.length === 0 && claim.claim?.ok === true && claim.claim.kind === 'direction';
}

/**
 * Leaves out each direction word printed without a figure that linkBrackets did not give two values of one unit:
 * with no level before it, or a level of another unit than its bracket, it states nothing to check.
 *
 * @example
 * keepLinkedDirections(linkBrackets(raw, extractClaims(raw))).length;
 * // raw 'Số doanh nghiệp giảm so với năm 2022 (100 doanh nghiệp).' → 1 (the bracketed value; no level before the word)
 */
export function keepLinkedDirections(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.filter((c) => !isBareDirection(c) || (c.endpoints !== null && sameBaseUnit(c.endpoints.from.unit, c.endpoints.to.unit)));
}
