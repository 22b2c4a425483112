import type { ClaimInput } from '../../verify/types';
import { byYear, collectLevels, findLevel, type LevelsByYear } from './text-levels';
import { inUnitOf, sameBaseUnit } from './align-scale';
import { rateGapOf } from './link-rate-gap';
import { isPeriod } from './find-time-phrases';
import { isGrowthRateName } from './growth-rate-name';
import { isRealGrowth } from './real-growth';
import { looseLevel } from './loose-level';
import { isLevel, levelsBeside, singleYear, withYear } from './sentence-levels';
import { sameIndicator } from './same-indicator';
import { basePart, comparesYearBefore } from './base-part';
import type { ExtractedClaim, Period, YearValue } from '../types';

/**
 * Links each comparative claim to the values it compares, from the same text: the level printed
 * beside it ("năm 2023 đạt 412,7 tỷ đồng, tăng 9,2% so với năm 2020"), a level of the same indicator
 * printed elsewhere for the base year, or the two ends a from–to statement or table row prints itself.
 */
export interface LinkedClaim {
  readonly claim: ExtractedClaim;
  /** The earlier value (or the plan), when the text prints it. */
  readonly from: YearValue | null;
  /** The later value (or the achieved level), when the text prints it. */
  readonly to: YearValue | null;
  /** What `verifyClaim` needs; `null` for claims that compare nothing (values, shares, part–whole counts). */
  readonly input: ClaimInput | null;
  /** `true` when `to` was found only by a looser name (loose-level.ts): good for `implied`, never for a verdict. */
  readonly loose?: boolean;
}

// Grammar: plan-words := ( "được" )? "giao" | "dự toán" | "kế hoạch" | "KH" | "chỉ tiêu" | "mục tiêu", as whole words, not
//   after "ngoài" (an amount outside the plan)
// Example: "Thành phố được giao thu ngân sách" and "Dự toán thu năm 2022" name a plan; "thu ngân sách" does not, nor does
//          "thu chuyển nguồn mang sang ngoài dự toán" (Hậu Giang's budget, September 2018).
const PLAN_WORDS = /(?<![\p{L}\p{M}])(?<!ngoài\s)(?:giao|dự\s+toán|kế\s+hoạch|KH|chỉ\s+tiêu|mục\s+tiêu)(?![\p{L}\p{M}])/iu;

/**
 * For each plan claim, the plan value its sentence printed before it ("được giao thu ngân sách 386.568 tỷ đồng;
 * … đã thu 457.500 tỷ đồng, vượt 18,4% dự toán"): the nearest earlier level in the sentence whose own words name
 * a plan. `null` for other claims and where the sentence prints no plan value.
 */
function plansBefore(claims: readonly ExtractedClaim[]): (YearValue | null)[] {
  const out: (YearValue | null)[] = [];
  let sentence = -1;
  let plan: YearValue | null = null;
  for (const claim of claims) {
    if (claim.sentence !== sentence) {
      sentence = claim.sentence;
      plan = null;
    }
    out.push(claim.kind === 'plan' ? plan : null);
    const first = claim.figures[0];
    if (isLevel(claim) && first !== undefined && !claim.inherited && claim.indicator !== null && PLAN_WORDS.test(claim.indicator)) {
      plan = withYear(first, singleYear(claim));
    }
  }
  return out;
}

/** The most characters between a rate and a claim that measures it (", "). */
const RATE_GAP = 2;

/** Whether `claim` measures the rate `rate` printed right before it (see ratesBefore). */
function measuresRate(claim: ExtractedClaim, rate: ExtractedClaim): boolean {
  if (rate.sentence !== claim.sentence || rate.qualifier !== null || rate.claim?.ok !== true) return false;
  if (claim.kind === 'plan') return rate.kind === 'average-annual' && sameIndicator(rate.indicator, claim.indicator);
  const ratio = claim.claim?.ok === true && claim.claim.kind === 'ratio' && claim.claim.direction === null;
  return (
    ratio &&
    claim.kind === 'comparison' &&
    claim.compareTo === null &&
    rate.kind === 'comparison' &&
    rate.claim.kind === 'percent' &&
    claim.start - rate.end <= RATE_GAP
  );
}

/**
 * For each claim that measures the rate printed right before it in its sentence, that rate: a plan after a
 * yearly rate ("tỷ lệ giảm nghèo bình quân đạt 5,02%/năm, bằng 125,5% kế hoạch"), or a "gấp" ratio without a year
 * after a growth rate ("GRDP tăng 19,8%, gấp gần 2,5 lần mức bình quân cả nước": 19,8% is the later value, the
 * national rate is not printed). `null` for other claims, for a rate with a qualifier ("trên 10%/năm" is a
 * bound, not a value) and for a rate of another indicator.
 */
function ratesBefore(claims: readonly ExtractedClaim[]): (YearValue | null)[] {
  return claims.map((claim, index) => {
    const rate = claims[index - 1];
    const figure = rate?.figures[0];
    if (rate === undefined || figure === undefined || !measuresRate(claim, rate)) return null;
    return withYear(figure, singleYear(rate));
  });
}

function yearsBetween(from: YearValue | null, to: YearValue | null): number | null {
  const a = from?.year ?? null;
  const b = to?.year ?? null;
  return a === null || b === null ? null : b - a;
}

/**
 * The two years an average annual rate runs between. A rate beside a comparison runs from the year compared
 * with ("tăng 39% so với năm 2015, bình quân …" → 2015); a written period "giai đoạn 2016 - 2020" runs, by the
 * statistical convention for five-year plans, from the year before it (2015 → 2020, five yearly steps).
 *
 * @example
 * averageSpan(extractClaims('Giai đoạn 2016 - 2020 doanh thu du lịch bình quân tăng 36%/năm.')[0]); // { from: 2015, to: 2020 }
 */
export function averageSpan(claim: ExtractedClaim): Period | null {
  if (claim.kind !== 'average-annual' || !isPeriod(claim.years)) return null;
  const base = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : claim.years.from - 1;
  return base < claim.years.to ? { from: base, to: claim.years.to } : null;
}

/**
 * Builds what `verifyClaim` needs from the claim and the values found for it. `span` gives the years of an
 * average rate when a value is missing, so an implied value can still be worked out.
 *
 * @example
 * inputFor(claim, { value: 300, decimals: 0, unit: 'tỷ đồng', year: 2019 }, null)?.years; // null
 */
export function inputFor(claim: ExtractedClaim, from: YearValue | null, to: YearValue | null, span: Period | null = null): ClaimInput | null {
  if (claim.claim === null) return null;
  const years = yearsBetween(from, to) ?? (span === null ? null : span.to - span.from);
  // Two levels with different scale words are compared in the later one's unit.
  const base = from === null || to === null ? from : inUnitOf(from, to.unit);
  // One level printed as a bound ("hơn 6.000"): what it implies is a bound too.
  const present = from === null ? to : to === null ? from : null;
  const bound = present?.bound;
  return { from: base, to, unit: to?.unit ?? from?.unit ?? '', years, claim: claim.claim, ...(bound === undefined ? {} : { presentBound: bound }) };
}

function link(
  claims: readonly ExtractedClaim[],
  levels: LevelsByYear,
  beside: YearValue | null,
  plans: readonly (YearValue | null)[],
  rates: readonly (YearValue | null)[],
  claim: ExtractedClaim,
  index: number,
): LinkedClaim {
  if (claim.endpoints !== null) {
    const { from, to } = claim.endpoints;
    return { claim, from, to, input: inputFor(claim, from, to) };
  }
  if (claim.kind === 'share' && claim.counts !== undefined) {
    // A rate beside its two counts: the whole is the base, the part the value (part / whole × 100).
    const year = singleYear(claim);
    const from = withYear(claim.counts.whole, year);
    const to = withYear(claim.counts.part, year);
    return { claim, from, to, input: inputFor(claim, from, to) };
  }
  if (claim.kind === 'plan') {
    const to = beside ?? rates[index] ?? null;
    // A plan counts what the level beside the claim counts: a growth rate printed under "so với kế hoạch" is no plan of
    // the budget's revenue in tỷ đồng (Tiền Giang's review of 2019).
    const printed = plans[index] ?? null;
    const plan = to === null || printed === null || (printed.unit !== null && !sameBaseUnit(printed.unit, to.unit)) ? null : printed;
    // The level beside the claim may be the plan value itself: then the text prints no achieved level.
    const from = plan !== null && to !== null && plan.value === to.value && plan.unit === to.unit ? null : plan;
    return { claim, from, to, input: inputFor(claim, from, to) };
  }
  if (claim.kind === 'average-annual') {
    const span = averageSpan(claim);
    if (span === null || isGrowthRateName(claim.indicator)) return { claim, from: null, to: null, input: inputFor(claim, null, null, span) };
    const to = findLevel(levels, claim.indicator, span.to, claim.part, null, index);
    const from = findLevel(levels, claim.indicator, span.from, claim.part, to?.unit ?? null, index);
    return { claim, from, to, input: inputFor(claim, from, to, span) };
  }
  // A change of a growth rate between the rate and the year before's in brackets (link-rate-gap.ts): in points.
  const gap = rateGapOf(claims, index);
  if (gap !== null && claim.claim?.ok === true) {
    const named = { ...claim, indicator: gap.subject ?? claim.indicator };
    const read: ExtractedClaim = claim.claim.kind === 'points' ? named : { ...named, claim: { ...claim.claim, kind: 'points' }, readAsPoints: 'rate' };
    return { claim: read, from: gap.from, to: gap.to, input: inputFor(read, gap.from, gap.to) };
  }
  // A GDP or GRDP growth rate is real: the levels printed beside it are at current prices unless its sentence said
  // constant prices before it ("GRDP Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng").
  if (isRealGrowth(claim) && claim.prices !== 'constant') return { claim, from: null, to: null, input: inputFor(claim, null, null) };
  if (claim.kind === 'comparison' || claim.kind === 'index') {
    const year = singleYear(claim);
    // A year carried from the sentence before is a guess: it finds no level of another sentence (its base, named in
    // its own words, still does).
    const relative = claim.claim?.ok === true && claim.claim.kind === 'percent';
    const found =
      beside ??
      claim.levelAfter ??
      rates[index] ??
      (year === null || claim.timeCarried === true ? null : findLevel(levels, claim.indicator, year, claim.part, null, index, relative));
    // A change in people or things is of no level in "%": "giảm 356 người chết (-6%)" after "giảm 554 vụ (-4,2%)" (traffic
    // accidents, 9 months of 2019) reads no level 4,2 %.
    const to = found !== null && found.unit === '%' && isAbsoluteInThings(claim) ? null : found;
    // "so với cùng kỳ" names no year: the same part of the year before the claim's own.
    const yearBefore = claim.compareTo === null && year !== null && comparesYearBefore(claim.text) ? year - 1 : null;
    const named = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : yearBefore;
    // A base of the claim's own year and part compares it with itself (a time read past its phrase): no base.
    const base = named !== null && named === year && basePart(claim) === claim.part ? null : named;
    const from = base === null ? null : findLevel(levels, claim.indicator, base, basePart(claim), to?.unit ?? null, index, relative);
    // Neither value by name and year: a level whose longer name contains the subject, for an `implied` verdict only.
    const loose = to === null && from === null ? looseLevel(claims, index) : null;
    if (loose !== null) return { claim, from, to: loose, input: inputFor(claim, from, loose), loose: true };
    // A change at constant prices ("còn theo giá so sánh thì tăng 4,8%") measures no level its sentence put at current
    // prices ("theo giá hiện hành … năng suất lao động đạt 188,1 triệu đồng/lao động", GSO's 2022).
    if (claim.prices === 'constant' && [from, to].some((v) => v?.currentPrices === true)) {
      return { claim, from: null, to: null, input: inputFor(claim, null, null) };
    }
    const read = from === null ? rateInPoints(claim, to) : claim;
    return { claim: read, from, to, input: inputFor(read, from, to) };
  }
  return { claim, from: null, to: null, input: inputFor(claim, null, null) };
}

/** Whether a claim is an absolute change in a unit of things or amounts, not in "%" or points. */
function isAbsoluteInThings(claim: ExtractedClaim): boolean {
  const unit = claim.figures[0]?.unit ?? null;
  return claim.claim?.ok === true && claim.claim.kind === 'absolute' && unit !== null && unit !== '%' && !unit.startsWith('điểm');
}

/**
 * A change in "%" of a growth rate whose base the text does not print ("tốc độ tăng trưởng … đạt 9,02%, cao hơn 3,57% so
 * với năm 2021", Lào Cai's 2022 report): the difference of two rates, in points (the year before grew 5,45%, not
 * 9,02 / 1,0357 = 8,71%), and said so. With both rates printed the verifier weighs both readings (match_points).
 */
function rateInPoints(claim: ExtractedClaim, to: YearValue | null): ExtractedClaim {
  const parsed = claim.claim;
  if (to === null || to.unit !== '%' || parsed?.ok !== true || parsed.kind !== 'percent' || !isGrowthRateName(claim.indicator)) return claim;
  return { ...claim, claim: { ...parsed, kind: 'points' }, readAsPoints: 'rate' };
}

/**
 * Links every claim to the values the same text prints for it.
 *
 * @example
 * const linked = linkClaims(extractClaims('Năm 2019 doanh thu bưu chính đạt 300 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 37,6% so với năm 2019.'));
 * linked[2]?.from; // { value: 300, decimals: 0, unit: 'tỷ đồng', year: 2019 }
 * linked[2]?.to; // { value: 412.7, decimals: 1, unit: 'tỷ đồng', year: 2023 }
 */
export function linkClaims(claims: readonly ExtractedClaim[]): LinkedClaim[] {
  const levels = byYear(collectLevels(claims));
  const beside = levelsBeside(claims);
  const plans = plansBefore(claims);
  const rates = ratesBefore(claims);
  return claims.map((claim, index) => link(claims, levels, beside[index] ?? null, plans, rates, claim, index));
}
