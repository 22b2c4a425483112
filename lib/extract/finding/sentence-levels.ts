import { foldDiacritics } from '../../claims/normalize-text';
import { currencyOf, sameBaseUnit } from './align-scale';
import { isPeriod } from './find-time-phrases';
import type { ExtractedClaim, Figure, YearValue } from '../types';

/*
 * The levels a sentence prints, and which of them each claim in it measures: the link-claims step that reads one
 * sentence at a time.
 */

/**
 * The one year a claim speaks of, or `null` for none, several or a period.
 *
 * @example
 * singleYear({ ...claim, years: [2023] }) // 2023
 */
export function singleYear(claim: ExtractedClaim): number | null {
  if (isPeriod(claim.years) || claim.years.length !== 1) return null;
  return claim.years[0] ?? null;
}

/**
 * A printed figure as the value of a year.
 *
 * @example
 * withYear({ value: 882, decimals: 0, unit: 'tỷ đồng' }, 2021) // { value: 882, decimals: 0, unit: 'tỷ đồng', year: 2021 }
 */
export function withYear(figure: Figure, year: number | null): YearValue {
  return { value: figure.value, decimals: figure.decimals, unit: figure.unit, year };
}

/**
 * A value claim's figure as a level of its year, with the bound its qualifier makes of it ("hơn 6.000" a lower bound,
 * "dưới 500" an upper one; "khoảng" and "ước" stay plain) and whether its sentence put it at current prices.
 *
 * @example
 * levelOfClaim(extractClaims('Có hơn 6.000 người.')[0]!, 2023) // { value: 6000, …, year: 2023, bound: 'lower' }
 */
export function levelOfClaim(claim: ExtractedClaim, figure: Figure, year: number | null): YearValue {
  const level = withYear(figure, year);
  const bounded = claim.qualifier === 'lower' || claim.qualifier === 'upper' ? { ...level, bound: claim.qualifier } : level;
  return claim.prices === 'current' ? { ...bounded, currentPrices: true } : bounded;
}

// Grammar: points-unit := "điểm" at the start of a unit. Example: "điểm phần trăm", "điểm %".
const POINTS_UNIT = /^điểm(?![\p{L}\p{M}])/iu;

/**
 * A value that can be a level: not a difference in points ("7,63 điểm phần trăm tăng trưởng").
 *
 * @example
 * isLevel(extractClaims('Năm 2023 đạt 882 tỷ đồng.')[0]!) // true
 */
export function isLevel(claim: ExtractedClaim): boolean {
  const unit = claim.figures[0]?.unit ?? null;
  return claim.kind === 'value' && claim.excess !== true && (unit === null || !POINTS_UNIT.test(unit));
}

/**
 * For each claim, the level printed before it in its sentence for the same indicator ("đạt 412,7 tỷ đồng,
 * tăng 9,2%…"), the nearest one of the claim's own year: one pass over the text, remembering each sentence's levels
 * per indicator. A bracketed base of an earlier comparison ("gấp 1,3 lần năm 2015 (5.104 USD) và gấp 2,3 lần bình
 * quân cả nước") is of another year, so the second claim still measures the level of 2020.
 *
 * @example
 * levelsBeside(extractClaims('Năm 2023 doanh thu đạt 412,7 tỷ đồng, tăng 9,2% so với năm 2020.'))[1];
 * // { value: 412.7, decimals: 1, unit: 'tỷ đồng', year: 2023 }
 */
export function levelsBeside(claims: readonly ExtractedClaim[]): (YearValue | null)[] {
  const out: (YearValue | null)[] = [];
  let sentence = -1;
  let levels = new Map<string, KeyLevels>();
  let restated = new Map<string, YearValue>();
  let lastShare = new Map<string, { readonly value: YearValue; readonly inBrackets: boolean; readonly namesWhole: boolean }>();
  // The sentence's levels in order: an absolute change in a unit measures the last level in that unit, whatever its
  // name ("28 dự án với tổng vốn hơn 9.896 tỷ đồng, tăng 11 dự án": the projects, not the money).
  let inSentence: YearValue[] = [];
  // One indicator in one part of the year: "quý III đạt …; tính chung 9 tháng tăng 5%" compares no quarter.
  const keyOf = (claim: ExtractedClaim): string => `${claim.part}\u0000${claim.indicator ?? ''}`;
  for (const claim of claims) {
    if (claim.sentence !== sentence) {
      sentence = claim.sentence;
      levels = new Map();
      restated = new Map();
      lastShare = new Map();
      inSentence = [];
    }
    const key = keyOf(claim);
    // A share printed before a change of it is its level too ("chiếm 58,66%, tăng 3,73% so với năm 2015"), but a
    // change in % after "đạt 7,2 nghìn tỷ đồng, chiếm 18% tổng vốn" is of the amount; one in points is of the share.
    // A share in brackets is a remark on its subject: "Châu Á (chiếm tỷ trọng 67,2% …) tăng 12,09%" is a rise of the
    // exports to Asia, not of their share; it is the level only of a change in the same brackets.
    // A share that names its whole ("chiếm 85,4% diện tích gieo cấy và bằng 101,2% cùng kỳ") measures an amount: a change
    // in % after it is of that amount (named-whole.ts), one in points still of the share.
    const remembered = lastShare.get(key) ?? null;
    const fits = remembered !== null && remembered.inBrackets === (claim.inBrackets === true) && (!remembered.namesWhole || isPointsChange(claim));
    const share = fits ? remembered.value : null;
    const level = fittingLevel(levels.get(key), claim);
    const again = restated.get(key) ?? null;
    // "101,9 triệu đồng/người, tương đương 4.284 USD, tăng 160 USD": a change in the other currency is of that amount.
    const currency = currencyOf(changeUnit(claim));
    const inCurrency = again !== null && currency !== null && currency === currencyOf(again.unit) && currency !== currencyOf(level?.unit ?? null);
    const chosen = inCurrency ? again : share !== null && (level === null || isPointsChange(claim)) ? share : level;
    const unit = changeUnit(claim);
    const fitsUnit = chosen === null || unit === null || sameBaseUnit(unit, chosen.unit) || currencyOf(unit) !== null;
    out.push(fitsUnit ? chosen : (inSentence.findLast((v) => sameBaseUnit(unit, v.unit)) ?? null));
    const first = claim.figures[0];
    if (first === undefined) continue;
    if (claim.restates === true) restated.set(key, withYear(first, singleYear(claim)));
    else if (isLevel(claim) && claim.bracketBase !== true) {
      remember(levels, key, levelOfClaim(claim, first, singleYear(claim)));
      inSentence.push(levelOfClaim(claim, first, singleYear(claim)));
      lastShare.delete(key);
    } else if (claim.kind === 'share' && claim.qualifier === null) {
      lastShare.set(key, { value: withYear(first, singleYear(claim)), inBrackets: claim.inBrackets === true, namesWhole: claim.namesWhole === true });
    }
  }
  return out;
}

/**
 * One indicator's levels in a sentence: the last one, the last of each year and the last without a year, each with
 * its place in the sentence. Kept so, a sentence of thousands of levels is read in one pass.
 */
interface KeyLevels {
  last: YearValue;
  /** The last level not in %: what a change of an amount measures when a rate of attainment follows it. */
  lastAmount: YearValue | null;
  /** The last level in %: what a change in points measures when a count follows it ("29,36% (tương ứng 145.670 người)"). */
  lastRate: YearValue | null;
  readonly byYear: Map<number, { readonly value: YearValue; readonly at: number }>;
  yearless: { readonly value: YearValue; readonly at: number } | null;
  count: number;
}

function remember(levels: Map<string, KeyLevels>, key: string, value: YearValue): void {
  const known = levels.get(key) ?? { last: value, lastAmount: null, lastRate: null, byYear: new Map(), yearless: null, count: 0 };
  const at = known.count++;
  known.last = value;
  if (value.unit !== '%') known.lastAmount = value;
  else known.lastRate = value;
  if (value.year === null) known.yearless = { value, at };
  else known.byYear.set(value.year, { value, at });
  levels.set(key, known);
}

/** The last of a sentence's levels that is of `year` or names none; the last one when the claim names no year. */
function ownYearLevel(known: KeyLevels | undefined, year: number | null): YearValue | null {
  if (known === undefined) return null;
  if (year === null) return known.last;
  const own = known.byYear.get(year) ?? null;
  const yearless = known.yearless;
  if (own === null || yearless === null) return (own ?? yearless)?.value ?? null;
  return own.at > yearless.at ? own.value : yearless.value;
}

/**
 * The level a change measures: the one of its own year, unless that is a rate in % and the change is of an amount.
 * "1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%" and "58.461 ha, bằng 102,22% (tăng 1.271 ha)" print a rate of
 * attainment between the amount and its change; a change in % of a rate is ambiguous (relative or in points), so the
 * amount before it is what it measures whenever one is printed. An absolute change in a unit never measures a %.
 */
function fittingLevel(known: KeyLevels | undefined, claim: ExtractedClaim): YearValue | null {
  const level = ownYearLevel(known, singleYear(claim));
  // A change in points measures a share or rate, never the count printed after it (Hà Tĩnh's labour, first quarter of 2025).
  if (level !== null && level.unit !== '%' && known !== undefined && isPointsChange(claim)) {
    const rate = known.lastRate;
    return rate !== null && (rate.year === null || level.year === null || rate.year === level.year) ? rate : null;
  }
  if (level === null || level.unit !== '%' || known === undefined) return level;
  const unit = changeUnit(claim);
  const ofAmount = (unit !== null && unit !== '%') || (claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.claim.unitSign === '%');
  if (!ofAmount) return level;
  const amount = known.lastAmount;
  const sameYear = amount !== null && (amount.year === null || level.year === null || amount.year === level.year);
  if (sameYear) return amount;
  // With no amount printed, a % of an amount's name is its attainment or share ("thu thuế ngoài nhà nước đạt 67%, tăng
  // 33,6%": Bắc Ninh, 5 months of 2023), which the change does not measure; only a rate's own name keeps it.
  return unit !== null || !RATE_NAME.test(foldDiacritics(claim.indicator ?? '').toLowerCase().trim()) ? null : level;
}

// Grammar (folded): rate-name := ( "ty le" | "ti le" | "ty trong" | "ti trong" | "toc do" | "chi so" | "lai suat" | "he so" )
//   as the name's first words — a quantity that is itself in %
// Example: "tỷ lệ che phủ rừng", "chỉ số giá tiêu dùng"; not "thu thuế ngoài nhà nước" (an amount).
const RATE_NAME = /^(?:t[yi] (?:le|trong)|toc do|chi so|lai suat|he so)(?![a-z])/u;

/** The unit of an absolute change ("tăng 160 USD" → "USD"); `null` for relative changes and other claims. */
function changeUnit(claim: ExtractedClaim): string | null {
  return claim.claim?.ok === true && claim.claim.kind === 'absolute' ? (claim.figures[0]?.unit ?? null) : null;
}

/** A change stated in points ("tăng 1,5 điểm phần trăm"): a change of a share or rate, not of an amount. */
function isPointsChange(claim: ExtractedClaim): boolean {
  return claim.claim?.ok === true && claim.claim.kind === 'points';
}
