import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

/*
 * A sector and its branches, read from the claims' names: the two sectors whose branches reports print one by one
 * (farming: agriculture, forestry, fishing; industry and construction), each branch by its bare name ("ngành lâm
 * nghiệp", "Giá trị tăng thêm ngành nông nghiệp"). A branch named with more words ("công nghiệp chế biến, chế tạo") is a
 * part of a branch. Used by the growth-range and branch-contribution checks.
 */

// Grammar (folded): name := ( measure space )? ( "cua" space )? ( "toan" space )? ( ( "khu vuc" | "nganh" | "linh vuc" ) space )? rest
//   measure := "gia tri tang them" | "gia tri san xuat" | "tang truong"
// Example: "gia tri tang them nganh nong nghiep" → measure "gia tri tang them", rest "nong nghiep"; "khu vuc dich vu" → rest
//   "dich vu".
const NAME = /^(?:(?<measure>gia tri tang them|gia tri san xuat|tang truong) )?(?:cua )?(?:toan )?(?:(?:khu vuc|nganh|linh vuc) )?(?<rest>.*)$/u;

// Grammar (folded): lead := ( "trong" space )? ( "khu vuc" | "nganh" | "linh vuc" ) space "nay" ","? space | ( "grdp" | "gdp" )
//   space — what a name opens with before the sector or branch it names
// Example: "khu vuc nay, lam nghiep" → "lam nghiep" (GSO's 2016: "Trong khu vực này, lâm nghiệp tăng 6,11%, …"); "grdp khu
//   vuc cong nghiep va xay dung" → "khu vuc cong nghiep va xay dung" (Quảng Bình, 2024).
const LEAD = /^(?:(?:trong )?(?:khu vuc|nganh|linh vuc) nay,? |(?:grdp|gdp) )/u;

// Grammar (folded): aspect-tail := space ( "da" | "dang" | "van" | "tiep tuc" | "voi" | "co" ) space any* end — a verb phrase
//   or a remark the name runs into, which no noun modifier starts with ("Ngành nông nghiệp với quy mô trong khu vực lớn
//   nhất (khoảng 75%) chỉ tăng thấp ở mức 0,72%": GSO, 2016)
// Example: "nong nghiep da cho thay dau hieu kha quan" → "nong nghiep" (GSO's first quarter of 2017); "nong nghiep cong nghe
//   cao" keeps its words.
const ASPECT_TAIL = / (?:da|dang|van|tiep tuc|voi|co) .*$/u;

// Grammar (folded): time-tail := space ( "trong" space )? ( digits space "thang" | "quy" space | "nam" space digits ) any* end
//   — the period a name is printed with, which the claim's own time already holds
// Example: "cong nghiep trong 6 thang" → "cong nghiep" ("Tăng trưởng toàn ngành công nghiệp trong 6 tháng đạt 8,52%", Hà
//   Tĩnh, first half of 2025); "xay dung quy i nam 2024" → "xay dung"; "nong nghiep cong nghe cao" keeps its words.
const TIME_TAIL = / (?:trong )?(?:\d+ thang|quy |nam \d).*$/u;

// Grammar (folded): farming := "nong" ( space "nghiep" )? sep "lam" ( space "nghiep" )? ( sep | ","? space "va" space )
//   ( "thuy san" | "ngu nghiep" ); sep := space? ( "," | "-" | "–" ) space? | space; industry := "cong nghiep" ( space "va" space | space? ( "-" | "–" | "," ) space? ) "xay dung"
// Example: "nong, lam nghiep va thuy san", "nong nghiep, lam nghiep va thuy san", "nong lam thuy san", "nong - lam nghiep -
//   thuy san" (Hà Tĩnh) name farming;
//   "cong nghiep va xay dung", "cong nghiep - xay dung" name industry and construction.
const FARMING = /^nong(?: nghiep)?(?: ?[,–-] ?| )lam(?: nghiep)?(?: ?[,–-] ?| |,? va )(?:thuy san|ngu nghiep)$/u;
const INDUSTRY = /^cong nghiep(?: va | ?[-–,] ?)xay dung$/u;

/** A sector and the bare names of its branches, which make it up whole. */
export interface Sector {
  readonly name: RegExp;
  readonly branches: readonly (readonly string[])[];
}

export const SECTORS: readonly Sector[] = [
  { name: FARMING, branches: [['nong nghiep'], ['lam nghiep'], ['thuy san', 'ngu nghiep']] },
  { name: INDUSTRY, branches: [['cong nghiep'], ['xay dung']] },
];

/** How many claims after a sector's claim are searched for its branches'. */
const REACH = 40;

export type Measure = 'added' | 'output' | null;

export interface ReadName {
  readonly measure: Measure;
  readonly rest: string;
}

export function readName(indicator: string | null): ReadName | null {
  if (indicator === null) return null;
  const folded = foldDiacritics(indicator).toLowerCase().replace(/\s+/gu, ' ').trim().replace(LEAD, '');
  const m = NAME.exec(folded);
  const measure = m?.groups?.['measure'];
  const rest = m?.groups?.['rest'];
  if (rest === undefined) return null;
  return { measure: measure === 'gia tri san xuat' ? 'output' : measure === undefined ? null : 'added', rest: rest.replace(ASPECT_TAIL, '').replace(TIME_TAIL, '') };
}

/** Of one time and base; a base named by one and not the other is the same ("so với cùng kỳ năm 2016" in a 2017 text). */
export function sameTime(a: ExtractedClaim, b: ExtractedClaim): boolean {
  const sameBase = a.compareTo === null || b.compareTo === null || JSON.stringify(a.compareTo) === JSON.stringify(b.compareTo);
  return sameBase && a.part === b.part && JSON.stringify(a.years) === JSON.stringify(b.years);
}

/** Value added and output are never mixed; a name that says neither goes with either. */
function sameMeasure(a: Measure, b: Measure): boolean {
  return a === b || (a !== 'output' && b !== 'output');
}

/** Whether a name reads as a sector or one of its branches. */
function namesSectorOrBranch(name: ReadName | null): boolean {
  return name !== null && SECTORS.some((s) => s.name.test(name.rest) || s.branches.some((names) => names.includes(name.rest)));
}

/**
 * The name of claim `index` as a sector or branch: its own, or for a contribution whose own name says neither, that of
 * the change before it in its sentence (past any in brackets, never past another contribution) ("ngành nông nghiệp tăng khá ở mức 2,01% so với mức giảm 0,78% của cùng kỳ
 * năm trước, đóng góp 0,25 điểm phần trăm": GSO, first half of 2017).
 *
 * @example
 * nameAt(claims, 5)?.rest // 'nong nghiep'
 */
export function nameAt(claims: readonly ExtractedClaim[], index: number): ReadName | null {
  const claim = claims[index];
  const own = readName(claim?.indicator ?? null);
  if (claim === undefined || claim.kind !== 'contribution' || namesSectorOrBranch(own)) return own;
  // The change before it, past a remark in brackets ("(quý I/2016, ngành này giảm đến 2,69%)").
  for (let k = index - 1; k >= 0; k--) {
    const before = claims[k];
    if (before === undefined || before.sentence !== claim.sentence || before.kind === 'contribution') return own;
    if (before.kind === 'comparison' && before.inBrackets !== true) return readName(before.indicator);
  }
  return own;
}

/**
 * The claim indices of a sector's branches after claim `index`, one per branch in order, each a claim `read` accepts (a
 * rate, a contribution) of the sector's time and measure; null when a branch is missing.
 *
 * @example
 * branchesAfter(claims, 0, SECTORS[0], null, (c) => c.kind === 'contribution') // [2, 4, 6]
 */
export function branchesAfter(claims: readonly ExtractedClaim[], index: number, sector: Sector, measure: Measure, read: (claim: ExtractedClaim) => boolean): number[] | null {
  const whole = claims[index];
  if (whole === undefined) return null;
  const found: (number | undefined)[] = sector.branches.map(() => undefined);
  for (let j = index + 1; j < Math.min(claims.length, index + 1 + REACH); j++) {
    const claim = claims[j];
    if (claim === undefined || !read(claim)) continue;
    const name = nameAt(claims, j);
    if (name === null) continue;
    // The sector's claim printed again opens another statement: its branches are that one's.
    if (sector.name.test(name.rest)) break;
    const branch = sector.branches.findIndex((names) => names.includes(name.rest));
    if (branch < 0 || found[branch] !== undefined || !sameTime(whole, claim) || !sameMeasure(measure, name.measure)) continue;
    found[branch] = j;
  }
  return found.every((j) => j !== undefined) ? (found as number[]) : null;
}
