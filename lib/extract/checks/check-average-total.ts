import type { Claim } from '../../claims/types';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval, intersects, negateInterval, valueInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import type { Lang } from '../../i18n/lang';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { figureText } from './figure-text';
import { isPeriod } from '../finding/find-time-phrases';
import { isGrowthRateName } from '../finding/growth-rate-name';
import { averageSpan } from '../finding/link-claims';
import { sameIndicator } from '../finding/same-indicator';
import { inUnitOf } from '../finding/align-scale';
import { levelsBeside } from '../finding/sentence-levels';
import type { ExtractedClaim, Period, YearValue } from '../types';

function parsed(claim: ExtractedClaim): Claim | null {
  return claim.claim?.ok === true ? claim.claim : null;
}

/**
 * The growth factor (to / from) a total-change claim stands for, over the rounding interval of its figure:
 * "tăng 39%" → [1,385; 1,395], "tăng gấp 4,8 lần" → [4,75; 4,85], "giảm 20%" → [0,795; 0,805].
 * `null` for claims that say nothing about the factor (points, absolute counts).
 */
function factorInterval(claim: Claim): Interval | null {
  if (claim.figure === null) return null;
  const c = claimInterval(claim.figure, claim.qualifier);
  switch (claim.kind) {
    case 'percent': {
      const scale = claim.unitSign === '‰' ? 1000 : 100;
      return claim.direction === 'down' ? { lo: 1 - c.hi / scale, hi: 1 - c.lo / scale } : { lo: 1 + c.lo / scale, hi: 1 + c.hi / scale };
    }
    case 'ratio':
      return c;
    case 'ratio-minus-one':
      return { lo: c.lo + 1, hi: c.hi + 1 };
    case 'ratio-down':
      return { lo: 1 / c.hi, hi: c.lo > 0 ? 1 / c.lo : Infinity };
    case 'index':
      return { lo: c.lo / 100, hi: c.hi / 100 };
    case 'points':
    case 'absolute':
    case 'average-annual':
    case 'average-points':
    case 'plan':
    case 'plan-excess':
    case 'direction':
    case 'share':
      return null;
  }
}

/** Whether values in this unit are rates in `%` or `‰` (levels such as the poverty rate, not a change). */
function isPercentLevel(unit: string | null): boolean {
  return unit === '%' || unit === '‰';
}

/** The yearly rate (in %) that compounds to `factor` over `years`: (factor^(1/years) − 1) × 100. */
function yearlyRate(factor: number, years: number): number {
  if (factor <= 0) return -100;
  return (factor ** (1 / years) - 1) * 100;
}

/** The factor's text in the formula: "(1 + 39%)", "(1 − 20%)", "4,8". */
function factorText(claim: Claim): string {
  const figure = claim.figure;
  if (figure === null) return '';
  const n = formatNumber(figure.value, figure.decimals);
  if (claim.kind === 'percent') return `(1 ${claim.direction === 'down' ? '−' : '+'} ${n}${claim.unitSign ?? '%'})`;
  if (claim.kind === 'ratio-minus-one') return `(${n} + 1)`;
  if (claim.kind === 'ratio-down') return `(1 / ${n})`;
  return n;
}

/** Both claims name the same indicator; claims that name none are related only within one sentence. */
function related(a: ExtractedClaim, b: ExtractedClaim): boolean {
  if (a.indicator === null || b.indicator === null) return a.indicator === b.indicator && a.sentence === b.sentence;
  return a.indicator === b.indicator || sameIndicator(a.indicator, b.indicator);
}

function comparisonYears(claim: ExtractedClaim): Period | null {
  if (claim.compareTo === null || !('year' in claim.compareTo)) return null;
  if (isPeriod(claim.years) || claim.years.length !== 1) return null;
  const to = claim.years[0];
  return to === undefined ? null : { from: claim.compareTo.year, to };
}

/** What a total change says about the growth factor over the years, and how a message writes it. */
interface Total {
  readonly factor: Interval;
  /** The factor as printed (qualifiers dropped), for the arithmetic. */
  readonly point: number;
  /** The total as the text prints it: "tăng 39%", "tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020". */
  readonly text: string;
  /** The factor in the formula: "(1 + 39%)", "(17.363 / 10.200)". */
  readonly formula: string;
  /** What the average rate compounds to, as the reverse arithmetic shows it. */
  readonly reverse: (rate: number, rateText: string, years: number, lang: Lang) => string;
  /**
   * For two ends in `%` or `‰` (a rate such as the poverty rate): the signed difference in points over the
   * rounding intervals. A "%/năm" average of such a rate may mean points a year (spec §3 `match_points`).
   */
  readonly points?: Interval;
}

function claimTotal(total: ExtractedClaim, totalClaim: Claim): Total | null {
  const factor = factorInterval(totalClaim);
  const point = factorInterval({ ...totalClaim, qualifier: null });
  if (factor === null || point === null) return null;
  return {
    factor,
    point: (point.lo + point.hi) / 2,
    text: total.claim?.text ?? '',
    formula: factorText(totalClaim),
    reverse: (rate, rateText, years) => `(1 ${rate < 0 ? '−' : '+'} ${rateText}%)^${years} − 1 = ${formatNumber(((1 + rate / 100) ** years - 1) * 100, 2)}%`,
  };
}

/** The total a from–to statement prints: its two ends, each over its rounding interval. */
function endpointsTotal(total: ExtractedClaim): Total | null {
  const ends = total.endpoints;
  if (ends === null || ends.from.value <= 0 || ends.to.value <= 0 || ends.from.unit !== ends.to.unit) return null;
  const { from, to } = ends;
  const half = (d: number) => 0.5 * 10 ** -d;
  return {
    factor: { lo: (to.value - half(to.decimals)) / (from.value + half(from.decimals)), hi: (to.value + half(to.decimals)) / (from.value - half(from.decimals)) },
    point: to.value / from.value,
    text: total.text,
    formula: `(${formatNumber(to.value, to.decimals)} / ${formatNumber(from.value, from.decimals)})`,
    reverse: (rate, _rateText, years, lang) =>
      `${formatNumber(from.value, from.decimals)} × ${formatNumber(1 + rate / 100)}^${years} = ${figureText(from.value * (1 + rate / 100) ** years, from.decimals, from.unit, lang)}`,
    ...(isPercentLevel(from.unit) ? { points: { lo: to.value - half(to.decimals) - (from.value + half(from.decimals)), hi: to.value + half(to.decimals) - (from.value - half(from.decimals)) } } : {}),
  };
}

function contradiction(average: ExtractedClaim, avgClaim: Claim, totalOwner: ExtractedClaim, total: Total, span: Period): Omit<ConsistencyFinding, 'claims'> | null {
  const figure = avgClaim.figure;
  if (figure === null) return null;
  const years = span.to - span.from;
  const implied: Interval = { lo: yearlyRate(total.factor.lo, years), hi: yearlyRate(total.factor.hi, years) };
  const printed = claimInterval(figure, avgClaim.qualifier);
  const signed = avgClaim.direction === 'down' ? negateInterval(printed) : printed;
  if (intersects(implied, signed)) return null;
  // "bình quân mỗi năm giảm 2,13%" of a rate that fell 6,4 points in 3 years: points a year, which the claim's own
  // verdict (match_points) already advises to write as such; no contradiction.
  if (total.points !== undefined && intersects({ lo: total.points.lo / years, hi: total.points.hi / years }, signed)) return null;
  const rate = yearlyRate(total.point, years);
  const avgSigned = avgClaim.direction === 'down' ? -figure.value : figure.value;
  const rateText = formatNumber(figure.value, figure.decimals);
  const name = average.indicator ?? totalOwner.indicator;
  const head = name === null ? '' : `“${name}” `;
  const averageText = average.claim?.text ?? '';
  const forward = `${total.formula}^(1/${years}) − 1 = ${formatNumber(rate, 2)}%`;
  return {
    kind: 'average-contradicts-total',
    severity: 'error',
    places: [],
    indicator: name,
    year: span.to,
    computed: rate,
    message: {
      vi:
        `${head}${span.from}–${span.to}: “${total.text}” trong ${years} năm tương đương bình quân ${forward}/năm, ` +
        `không khớp “${averageText}”; ngược lại, ${rateText}%/năm trong ${years} năm cho ${total.reverse(avgSigned, rateText, years, 'vi')}`,
      en:
        `${head}${span.from}–${span.to}: “${total.text}” over ${years} years is an average of ${forward} a year, ` +
        `not “${averageText}”; the other way round, ${rateText}% a year over ${years} years gives ${total.reverse(avgSigned, rateText, years, 'en')}`,
    },
  };
}

/** The years a from–to statement runs between, when it names both. */
function endpointYears(claim: ExtractedClaim): Period | null {
  const from = claim.endpoints?.from.year ?? null;
  const to = claim.endpoints?.to.year ?? null;
  return from === null || to === null || from >= to ? null : { from, to };
}

/**
 * The total an absolute change of a level prints: "đạt 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015" grew from
 * 380 − 249,9 = 130,1 to 380, each figure over its rounding interval. `null` when the change is in another unit or
 * leaves no base.
 */
function absoluteTotal(total: ExtractedClaim, totalClaim: Claim, level: YearValue): Total | null {
  const figure = total.figures[0];
  if (totalClaim.kind !== 'absolute' || figure === undefined || level.unit === null || level.value <= 0) return null;
  if (totalClaim.direction !== 'up' && totalClaim.direction !== 'down') return null;
  const change = inUnitOf({ ...figure, year: null }, level.unit);
  if (change.unit !== level.unit || totalClaim.qualifier !== null) return null;
  const up = totalClaim.direction === 'up';
  const base = up ? level.value - change.value : level.value + change.value;
  const l = valueInterval(level);
  const c = claimInterval(change, null);
  // to / from = L / (L ∓ A): larger with a larger rise (or a smaller fall) and, for a rise, with a smaller level.
  const lo = up ? l.hi / (l.hi - c.lo) : l.lo / (l.lo + c.hi);
  const hi = up ? (l.lo - c.hi > 0 ? l.lo / (l.lo - c.hi) : Infinity) : l.hi / (l.hi + c.lo);
  if (!(base > 0) || !(lo > 0)) return null;
  const decimals = Math.max(level.decimals, change.decimals);
  const baseText = formatNumber(base, decimals);
  return {
    factor: { lo, hi },
    point: level.value / base,
    text: total.claim?.text ?? total.text,
    formula: `(${formatNumber(level.value, level.decimals)} / ${baseText})`,
    reverse: (rate, _rateText, years, lang) =>
      `${baseText} × ${formatNumber(1 + rate / 100)}^${years} = ${figureText(base * (1 + rate / 100) ** years, decimals, level.unit, lang)}`,
  };
}

/** The years an average rate runs between: its own period, or the two years it is printed with beside a from–to statement. */
function rateSpan(average: ExtractedClaim, claims: readonly ExtractedClaim[]): Period | null {
  const own = averageSpan(average);
  if (own !== null) return own;
  if (isPeriod(average.years) || average.years.length !== 2) return null;
  const [from, to] = average.years;
  const beside = claims.find((c) => c.sentence === average.sentence && c.endpoints !== null && endpointYears(c)?.from === from && endpointYears(c)?.to === to);
  return beside === undefined || from === undefined || to === undefined ? null : { from, to };
}

/** The total change a claim prints over exactly the years of the rate: a comparison, or a from–to statement. */
function totalOf(total: ExtractedClaim, span: Period, level: YearValue | null): Total | null {
  if (total.kind === 'comparison') {
    const years = comparisonYears(total);
    const totalClaim = parsed(total);
    if (years === null || years.from !== span.from || years.to !== span.to || totalClaim === null) return null;
    // The level must be of the year the change reaches: "đạt 380 tỷ đồng" in 2020, "tăng 249,9 tỷ đồng so với năm 2015".
    const ofSpan = level !== null && (level.year === null || level.year === span.to);
    return totalClaim.kind === 'absolute' ? (ofSpan && level !== null ? absoluteTotal(total, totalClaim, level) : null) : claimTotal(total, totalClaim);
  }
  if (total.kind === 'from-to') {
    const years = endpointYears(total);
    return years === null || years.from !== span.from || years.to !== span.to ? null : endpointsTotal(total);
  }
  return null;
}

/**
 * An average annual rate that contradicts the total change printed for the same indicator over the same years
 * (a comparison, or the two ends of a from–to statement):
 * "bình quân tăng trên 10%/năm" beside "tăng 39% so với năm 2015" in 2022 (39% over 7 years is 4,82%/năm).
 * Both figures are taken as intervals (rounding and qualifiers), so only a real contradiction is reported.
 *
 * @example
 * checkAverageTotal(extractClaims('Vốn đầu tư bình quân tăng trên 10%/năm; năm 2022 đạt 10.607 tỷ đồng, tăng 39% so với năm 2015.')).findings[0]?.computed;
 * // 4.82…
 */
export function checkAverageTotal(claims: readonly ExtractedClaim[]): CheckOutcome {
  const findings: ConsistencyFinding[] = [];
  const explanations: ConsistencyExplanation[] = [];
  // The years each total spans, found once (every rate is compared with every total).
  const totalSpans = claims.map((c) => (c.kind === 'comparison' ? comparisonYears(c) : c.kind === 'from-to' ? endpointYears(c) : null));
  const levels = levelsBeside(claims);
  claims.forEach((average, a) => {
    explanations.push(...periodComparisons(claims, average, a));
    const span = rateSpan(average, claims);
    const avgClaim = parsed(average);
    if (span === null || avgClaim === null || avgClaim.kind !== 'average-annual' || isGrowthRateName(average.indicator)) return;
    claims.forEach((total, t) => {
      const years = totalSpans[t];
      if (!years || years.from !== span.from || years.to !== span.to) return;
      const found = totalOf(total, span, levels[t] ?? null);
      if (found === null || !related(average, total)) return;
      const finding = contradiction(average, avgClaim, total, found, span);
      if (finding !== null) findings.push({ ...finding, claims: [Math.min(a, t), Math.max(a, t)] });
    });
  });
  return { findings, explanations };
}

/**
 * A comparison of one period with another ("tăng 55,49% so với giai đoạn 2011 - 2015") just before an average
 * annual rate (no other rate between them, in one sentence): it compares two multi-year totals, not the first and
 * the last year, so the rate cannot be checked against it. Explained, never reported.
 */
function periodComparisons(claims: readonly ExtractedClaim[], average: ExtractedClaim, a: number): ConsistencyExplanation[] {
  if (average.kind !== 'average-annual' || !isPeriod(average.years)) return [];
  let t = a - 1;
  while (t >= 0 && claims[t]?.sentence === average.sentence && claims[t]?.kind !== 'comparison' && claims[t]?.kind !== 'average-annual') t--;
  const total = claims[t];
  if (total === undefined || total.kind !== 'comparison' || total.sentence !== average.sentence) return [];
  if (total.compareTo === null || !('period' in total.compareTo)) return [];
  const base = total.compareTo.period;
  const rate = `“${average.claim?.text ?? average.text}”`;
  const change = `“${total.claim?.text ?? total.text}”`;
  return [
    {
      kind: 'average-contradicts-total',
      claims: [t, a],
      places: [],
      message: {
        vi: `${change} so sánh tổng của hai giai đoạn (${base.from}–${base.to} với giai đoạn sau), không phải năm đầu với năm cuối, nên không dùng để kiểm tra ${rate}`,
        en: `${change} compares the totals of two periods (${base.from}–${base.to} with the later one), not the first year with the last, so it cannot check ${rate}`,
      },
    },
  ];
}
