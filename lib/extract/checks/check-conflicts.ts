import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import type { ConsistencyFinding } from './consistency-types';
import { isPeriod } from '../finding/find-time-phrases';
import { sameIndicator } from '../finding/same-indicator';
import type { ExtractedClaim, YearValue } from '../types';

/** Slack for binary floating point when comparing printed values. */
const EPSILON = 1e-9;

/** A level the text prints for one indicator and one year, with the claim that prints it. */
export interface TextLevel {
  readonly index: number;
  readonly indicator: string;
  readonly value: YearValue & { readonly year: number };
}

/**
 * Every level the text prints for a named indicator and a single year: plain value statements (no
 * qualifier such as "trên") and both ends of from–to statements and table rows.
 *
 * @example
 * textLevels(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.'))[0]?.value.year; // 2023
 */
export function textLevels(claims: readonly ExtractedClaim[]): TextLevel[] {
  const out: TextLevel[] = [];
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

/**
 * Whether two printed values cannot be the same number: their rounding intervals do not meet.
 *
 * @example
 * valuesDiffer({ value: 412.7, decimals: 1 }, { value: 413, decimals: 0 }); // false
 */
export function valuesDiffer(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  return Math.abs(a.value - b.value) > 0.5 * 10 ** -a.decimals + 0.5 * 10 ** -b.decimals + EPSILON;
}

function unitText(unit: string | null): string {
  if (unit === null) return '';
  return unit.startsWith('%') || unit.startsWith('‰') ? unit : ` ${unit}`;
}

function sameWords(a: string, b: string): boolean {
  return foldDiacritics(a).trim() === foldDiacritics(b).trim();
}

/**
 * One indicator and year printed with two different values in the text. Names written the same way
 * make it an error; names that only look alike ("thu ngân sách" and "thu ngân sách trên địa bàn") a warning.
 *
 * @example
 * checkConflicts(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.'));
 * // [{ kind: 'conflicting-values', severity: 'error', claims: [0, 1], computed: 9, … }]
 */
export function checkConflicts(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const levels = textLevels(claims);
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const a = levels[i];
      const b = levels[j];
      if (a === undefined || b === undefined || a.index === b.index) continue;
      if (a.value.year !== b.value.year || a.value.unit !== b.value.unit || !sameIndicator(a.indicator, b.indicator)) continue;
      if (!valuesDiffer(a.value, b.value)) continue;
      const unit = unitText(a.value.unit);
      const decimals = Math.max(a.value.decimals, b.value.decimals);
      const gap = Math.abs(b.value.value - a.value.value);
      const [high, low] = b.value.value >= a.value.value ? [b.value, a.value] : [a.value, b.value];
      findings.push({
        kind: 'conflicting-values',
        severity: sameWords(a.indicator, b.indicator) ? 'error' : 'warning',
        claims: [a.index, b.index],
        indicator: a.indicator,
        year: a.value.year,
        computed: gap,
        message:
          `“${a.indicator}” năm ${a.value.year} được ghi hai giá trị khác nhau: ` +
          `${formatNumber(a.value.value, a.value.decimals)}${unit} và ${formatNumber(b.value.value, b.value.decimals)}${unit} ` +
          `(chênh ${formatNumber(high.value, high.decimals)} − ${formatNumber(low.value, low.decimals)} = ${formatNumber(gap, decimals)}${unit})`,
      });
    }
  }
  return findings;
}
