import { formatNumber } from '../numbers/format-number';
import { isPeriod } from './find-time-phrases';
import { sameIndicator } from './same-indicator';
import type { ExtractedClaim, YearValue } from './types';

/**
 * Checks a text against itself, beyond single claims:
 * - `conflicting-values`: one indicator and year printed with different values in two places;
 * - `shares-not-100`: the shares of one whole for one year (a sentence of from–to statements in %,
 *   one end of which sums to 100) that do not sum to 100 within rounding.
 */
export type ConsistencyFinding =
  | {
      readonly kind: 'conflicting-values';
      readonly indicator: string;
      readonly year: number;
      /** Indices (into the claims given) of the claims that print the two values. */
      readonly claims: readonly [number, number];
      readonly values: readonly [YearValue, YearValue];
      readonly message: string;
    }
  | {
      readonly kind: 'shares-not-100';
      readonly year: number | null;
      readonly claims: readonly number[];
      readonly sum: number;
      readonly message: string;
    };

/** Slack for binary floating point when comparing sums and intervals. */
const EPSILON = 1e-9;
/** Fewest shares that make a whole worth checking. */
const MIN_SHARES = 2;

function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

interface Level {
  readonly index: number;
  readonly indicator: string;
  readonly value: YearValue & { readonly year: number };
}

function levelsOf(claims: readonly ExtractedClaim[]): Level[] {
  const out: Level[] = [];
  claims.forEach((claim, index) => {
    if (claim.indicator === null) return;
    const first = claim.figures[0];
    const year = !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
    if (claim.kind === 'value' && claim.qualifier === null && first !== undefined && year !== null) {
      out.push({ index, indicator: claim.indicator, value: { ...first, year } });
    }
    if (claim.endpoints !== null) {
      for (const end of [claim.endpoints.from, claim.endpoints.to]) {
        if (end.year !== null) out.push({ index, indicator: claim.indicator, value: { ...end, year: end.year } });
      }
    }
  });
  return out;
}

function conflicting(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const levels = levelsOf(claims);
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const a = levels[i];
      const b = levels[j];
      if (a === undefined || b === undefined || a.index === b.index) continue;
      if (a.value.year !== b.value.year || a.value.unit !== b.value.unit || !sameIndicator(a.indicator, b.indicator)) continue;
      const gap = Math.abs(a.value.value - b.value.value);
      if (gap <= halfUnit(a.value.decimals) + halfUnit(b.value.decimals) + EPSILON) continue;
      const unit = a.value.unit === null ? '' : ` ${a.value.unit}`;
      findings.push({
        kind: 'conflicting-values',
        indicator: a.indicator,
        year: a.value.year,
        claims: [a.index, b.index],
        values: [a.value, b.value],
        message:
          `“${a.indicator}” năm ${a.value.year} được ghi hai giá trị khác nhau: ` +
          `${formatNumber(a.value.value, a.value.decimals)}${unit} và ${formatNumber(b.value.value, b.value.decimals)}${unit}`,
      });
    }
  }
  return findings;
}

function sumOf(ends: readonly YearValue[]): { sum: number; tolerance: number; decimals: number } {
  let sum = 0;
  let tolerance = EPSILON;
  let decimals = 0;
  for (const end of ends) {
    sum += end.value;
    tolerance += halfUnit(end.decimals);
    decimals = Math.max(decimals, end.decimals);
  }
  return { sum, tolerance, decimals };
}

function shares(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const bySentence = new Map<number, number[]>();
  claims.forEach((claim, index) => {
    if (claim.kind !== 'from-to' || claim.endpoints === null || claim.figures[0]?.unit !== '%') return;
    bySentence.set(claim.sentence, [...(bySentence.get(claim.sentence) ?? []), index]);
  });
  const findings: ConsistencyFinding[] = [];
  for (const members of bySentence.values()) {
    if (members.length < MIN_SHARES) continue;
    const group = members.map((i) => claims[i]).filter((c): c is ExtractedClaim => c !== undefined);
    const froms = group.map((c) => c.endpoints?.from).filter((e): e is YearValue => e !== undefined);
    const tos = group.map((c) => c.endpoints?.to).filter((e): e is YearValue => e !== undefined);
    const ends = [sumOf(froms), sumOf(tos)];
    if (!ends.some((e) => Math.abs(e.sum - 100) <= e.tolerance)) continue;
    [froms, tos].forEach((side, k) => {
      const total = ends[k];
      if (total === undefined || Math.abs(total.sum - 100) <= total.tolerance) return;
      const year = side[0]?.year ?? null;
      findings.push({
        kind: 'shares-not-100',
        year,
        claims: members,
        sum: total.sum,
        message:
          `Các tỷ trọng${year === null ? '' : ` năm ${year}`} cộng lại được ` +
          `${formatNumber(total.sum, total.decimals)}%, không phải 100%`,
      });
    });
  }
  return findings;
}

/**
 * Finds values that contradict each other within one text.
 *
 * @example
 * checkConsistency(extractClaims('Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).'));
 * // [{ kind: 'shares-not-100', year: 2023, sum: 96, message: 'Các tỷ trọng năm 2023 cộng lại được 96%, không phải 100%', … }]
 */
export function checkConsistency(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  return [...conflicting(claims), ...shares(claims)];
}
