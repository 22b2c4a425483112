import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { Localized } from '../../i18n/lang';
import type { ExtractedClaim } from '../types';
import type { ConsistencyFinding } from './consistency-types';

/*
 * A sector's growth against its branches'. A sector's value is the sum of its branches' (at constant prices as at
 * current ones), so its growth is their growth weighted by their base values: it lies between the lowest and the
 * highest. GSO's first quarter of 2024 prints agriculture, forestry and fishing at 2,98 %, and further on agriculture at
 * 2,81 %, forestry at 4,08 %, fishing at 3,46 %: consistent. Had agriculture been 3,81 %, every branch would have grown
 * faster than their sector, which cannot be.
 *
 * Read only when the sector's rate is printed first and every one of its branches after it, each by its bare name
 * ("ngành lâm nghiệp", "Giá trị tăng thêm ngành nông nghiệp"), of the sector's period, year and base, and all of them
 * measure value added or all gross output. A branch named with more words ("công nghiệp chế biến, chế tạo") is a part
 * of a branch, and a list that misses a branch bounds nothing.
 */

// Grammar (folded): name := ( measure space )? ( "cua" space )? ( "toan" space )? ( ( "khu vuc" | "nganh" | "linh vuc" ) space )? rest
//   measure := "gia tri tang them" | "gia tri san xuat" | "tang truong"
// Example: "gia tri tang them nganh nong nghiep" → measure "gia tri tang them", rest "nong nghiep"; "khu vuc dich vu" → rest
//   "dich vu".
const NAME = /^(?:(?<measure>gia tri tang them|gia tri san xuat|tang truong) )?(?:cua )?(?:toan )?(?:(?:khu vuc|nganh|linh vuc) )?(?<rest>.*)$/u;

// Grammar (folded): farming := "nong" ( space "nghiep" )? sep "lam" ( space "nghiep" )? ( sep | ","? space "va" space )
//   ( "thuy san" | "ngu nghiep" ); sep := space? ( "," | "-" | "–" ) space? | space; industry := "cong nghiep" ( space "va" space | space? ( "-" | "–" | "," ) space? ) "xay dung"
// Example: "nong, lam nghiep va thuy san", "nong nghiep, lam nghiep va thuy san", "nong lam thuy san", "nong - lam nghiep -
//   thuy san" (Hà Tĩnh) name farming;
//   "cong nghiep va xay dung", "cong nghiep - xay dung" name industry and construction.
const FARMING = /^nong(?: nghiep)?(?: ?[,–-] ?| )lam(?: nghiep)?(?: ?[,–-] ?| |,? va )(?:thuy san|ngu nghiep)$/u;
const INDUSTRY = /^cong nghiep(?: va | ?[-–,] ?)xay dung$/u;

/** A sector and the bare names of its branches, which make it up whole. */
interface Sector {
  readonly name: RegExp;
  readonly branches: readonly (readonly string[])[];
}

const SECTORS: readonly Sector[] = [
  { name: FARMING, branches: [['nong nghiep'], ['lam nghiep'], ['thuy san', 'ngu nghiep']] },
  { name: INDUSTRY, branches: [['cong nghiep'], ['xay dung']] },
];

/** Room for binary fractions when two rounding bounds meet (2,98 + 0,005 against 2,99 − 0,005). */
const EPSILON = 1e-9;

/** How many claims after a sector's rate are searched for its branches'. */
const REACH = 40;

type Measure = 'added' | 'output' | null;

interface ReadName {
  readonly measure: Measure;
  readonly rest: string;
}

function readName(indicator: string | null): ReadName | null {
  if (indicator === null) return null;
  const folded = foldDiacritics(indicator).toLowerCase().replace(/\s+/gu, ' ').trim();
  const m = NAME.exec(folded);
  const measure = m?.groups?.['measure'];
  const rest = m?.groups?.['rest'];
  if (rest === undefined) return null;
  return { measure: measure === 'gia tri san xuat' ? 'output' : measure === undefined ? null : 'added', rest };
}

/** A rise or fall in %, as a signed interval, with the claim's words for it. */
interface Rate {
  readonly lo: number;
  readonly hi: number;
  readonly text: string;
}

function rateOf(claim: ExtractedClaim): Rate | null {
  const figure = claim.figures[0];
  if (claim.kind !== 'comparison' || claim.claim?.ok !== true || claim.claim.kind !== 'percent') return null;
  if (figure === undefined || claim.direction === null) return null;
  const { lo, hi } = claimInterval(figure, claim.qualifier);
  const down = claim.direction === 'down';
  const printed = `${formatNumber(down ? -figure.value : figure.value, figure.decimals)}%`;
  return down ? { lo: -hi, hi: -lo, text: printed } : { lo, hi, text: printed };
}

/** Of one time and base; a base named by one and not the other is the same ("so với cùng kỳ năm 2016" in a 2017 text). */
function sameTime(a: ExtractedClaim, b: ExtractedClaim): boolean {
  const sameBase = a.compareTo === null || b.compareTo === null || JSON.stringify(a.compareTo) === JSON.stringify(b.compareTo);
  return sameBase && a.part === b.part && JSON.stringify(a.years) === JSON.stringify(b.years);
}

/** Value added and output are never mixed; a name that says neither goes with either. */
function sameMeasure(a: Measure, b: Measure): boolean {
  return a === b || (a !== 'output' && b !== 'output');
}

/** The claim indices of a sector's branches' rates after claim `index`, one per branch in order, or null. */
function branchesAfter(claims: readonly ExtractedClaim[], index: number, sector: Sector, measure: Measure): number[] | null {
  const whole = claims[index];
  if (whole === undefined) return null;
  const found: (number | undefined)[] = sector.branches.map(() => undefined);
  for (let j = index + 1; j < Math.min(claims.length, index + 1 + REACH); j++) {
    const claim = claims[j];
    const name = readName(claim?.indicator ?? null);
    if (claim === undefined || name === null || rateOf(claim) === null) continue;
    // The sector's rate printed again opens another statement: its branches are that one's.
    if (sector.name.test(name.rest)) break;
    const branch = sector.branches.findIndex((names) => names.includes(name.rest));
    if (branch < 0 || found[branch] !== undefined || !sameTime(whole, claim) || !sameMeasure(measure, name.measure)) continue;
    found[branch] = j;
  }
  return found.every((j) => j !== undefined) ? (found as number[]) : null;
}

function message(whole: ExtractedClaim, rate: Rate, branches: readonly { claim: ExtractedClaim; rate: Rate }[], above: boolean): Localized {
  const list = branches.map((b) => `${b.claim.indicator ?? ''}: ${b.rate.text}`).join('; ');
  const name = whole.indicator ?? '';
  const rule = {
    vi: 'tốc độ tăng của cả khu vực phải nằm giữa mức thấp nhất và cao nhất của các ngành thành phần',
    en: "a sector's growth lies between its branches' lowest and highest",
  };
  return {
    vi: `${name} ${whole.text}, ${above ? 'cao' : 'thấp'} hơn mọi ngành thành phần (${list}): ${rule.vi}`,
    en: `“${name}” changed by ${rate.text}, ${above ? 'more' : 'less'} than every one of its branches (${list}): ${rule.en}`,
  };
}

/**
 * Each sector whose growth lies outside the range of its branches' growth printed after it, beyond rounding: an error
 * (spec §5, parts and total).
 *
 * @example
 * checkGrowthRange(extractClaims('Quý I/2024, khu vực nông, lâm nghiệp và thủy sản tăng 2,98%. Ngành nông nghiệp tăng 3,81%, ngành lâm nghiệp tăng 4,08%, ngành thủy sản tăng 3,46%.'))[0]?.kind;
 * // 'parts-not-total'
 */
export function checkGrowthRange(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((whole, index) => {
    const rate = rateOf(whole);
    const name = readName(whole.indicator);
    const sector = name === null ? undefined : SECTORS.find((s) => s.name.test(name.rest));
    if (rate === null || name === null || sector === undefined) return;
    const found = branchesAfter(claims, index, sector, name.measure);
    if (found === null) return;
    const branches = found.flatMap((j) => {
      const claim = claims[j];
      const r = claim === undefined ? null : rateOf(claim);
      return claim === undefined || r === null ? [] : [{ claim, rate: r }];
    });
    const lowest = Math.min(...branches.map((b) => b.rate.lo));
    const highest = Math.max(...branches.map((b) => b.rate.hi));
    if (rate.hi + EPSILON >= lowest && rate.lo - EPSILON <= highest) return;
    const years = whole.years;
    findings.push({
      kind: 'parts-not-total',
      severity: 'error',
      claims: [index, ...found],
      places: [],
      message: message(whole, rate, branches, rate.lo > highest),
      indicator: whole.indicator,
      year: Array.isArray(years) && years.length === 1 ? (years[0] ?? null) : null,
      computed: null,
    });
  });
  return findings;
}
