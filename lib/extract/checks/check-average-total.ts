import type { Claim } from '../../claims/types';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval, intersects, negateInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import type { ConsistencyFinding } from './consistency-types';
import { isPeriod } from '../finding/find-time-phrases';
import { isGrowthRateName } from '../finding/growth-rate-name';
import { averageSpan } from '../finding/link-claims';
import { sameIndicator } from '../finding/same-indicator';
import type { ExtractedClaim, Period } from '../types';

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
    case 'points':
    case 'absolute':
    case 'average-annual':
    case 'plan':
    case 'plan-excess':
    case 'direction':
      return null;
  }
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

function contradiction(average: ExtractedClaim, avgClaim: Claim, total: ExtractedClaim, totalClaim: Claim, span: Period): Omit<ConsistencyFinding, 'claims'> | null {
  const factor = factorInterval(totalClaim);
  const figure = avgClaim.figure;
  if (factor === null || figure === null) return null;
  const years = span.to - span.from;
  const implied: Interval = { lo: yearlyRate(factor.lo, years), hi: yearlyRate(factor.hi, years) };
  const printed = claimInterval(figure, avgClaim.qualifier);
  const signed = avgClaim.direction === 'down' ? negateInterval(printed) : printed;
  if (intersects(implied, signed)) return null;
  const point = factorInterval({ ...totalClaim, qualifier: null });
  if (point === null) return null;
  const rate = yearlyRate((point.lo + point.hi) / 2, years);
  const avgSigned = avgClaim.direction === 'down' ? -figure.value : figure.value;
  const compounded = ((1 + avgSigned / 100) ** years - 1) * 100;
  const name = average.indicator ?? total.indicator;
  const head = name === null ? '' : `“${name}” `;
  const sign = avgSigned < 0 ? '−' : '+';
  return {
    kind: 'average-contradicts-total',
    severity: 'error',
    indicator: name,
    year: span.to,
    computed: rate,
    message:
      `${head}${span.from}–${span.to}: “${total.claim?.text ?? ''}” trong ${years} năm tương đương bình quân ` +
      `${factorText(totalClaim)}^(1/${years}) − 1 = ${formatNumber(rate, 2)}%/năm, không khớp “${average.claim?.text ?? ''}”; ` +
      `ngược lại, ${formatNumber(figure.value, figure.decimals)}%/năm trong ${years} năm cho ` +
      `(1 ${sign} ${formatNumber(figure.value, figure.decimals)}%)^${years} − 1 = ${formatNumber(compounded, 2)}%`,
  };
}

/**
 * An average annual rate that contradicts the total change printed for the same indicator over the same years:
 * "bình quân tăng trên 10%/năm" beside "tăng 39% so với năm 2015" in 2022 (39% over 7 years is 4,82%/năm).
 * Both figures are taken as intervals (rounding and qualifiers), so only a real contradiction is reported.
 *
 * @example
 * checkAverageTotal(extractClaims('Vốn đầu tư bình quân tăng trên 10%/năm; năm 2022 đạt 10.607 tỷ đồng, tăng 39% so với năm 2015.'))[0]?.computed;
 * // 4.82…
 */
export function checkAverageTotal(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((average, a) => {
    const span = averageSpan(average);
    const avgClaim = parsed(average);
    if (span === null || avgClaim === null || avgClaim.kind !== 'average-annual' || isGrowthRateName(average.indicator)) return;
    claims.forEach((total, t) => {
      if (total.kind !== 'comparison') return;
      const years = comparisonYears(total);
      if (years === null || years.from !== span.from || years.to !== span.to) return;
      if (!related(average, total)) return;
      const totalClaim = parsed(total);
      if (totalClaim === null) return;
      const found = contradiction(average, avgClaim, total, totalClaim, span);
      if (found !== null) findings.push({ ...found, claims: [Math.min(a, t), Math.max(a, t)] });
    });
  });
  return findings;
}
