import { formatNumber } from '../../numbers/format-number';
import type { ConsistencyFinding } from './consistency-types';
import type { ExtractedClaim, YearValue } from '../types';

function shown(end: YearValue): string {
  const unit = end.unit === null ? '' : end.unit.startsWith('%') || end.unit.startsWith('‰') ? end.unit : ` ${end.unit}`;
  const year = end.year === null ? '' : ` (năm ${end.year})`;
  return `${formatNumber(end.value, end.decimals)}${unit}${year}`;
}

/** The unit of a difference: points for rates, the unit itself otherwise. */
function differenceUnit(unit: string | null): string {
  if (unit === null) return '';
  if (unit.startsWith('%')) return ' điểm phần trăm';
  if (unit.startsWith('‰')) return ' điểm phần nghìn';
  return ` ${unit}`;
}

/**
 * A direction word that the two values printed with it contradict: "tăng từ 54,06% lên 53,75%", or a table
 * row that says "Tăng" over two values that fall. Equal values contradict neither word.
 *
 * @example
 * checkDirection(extractClaims('Tỷ trọng dịch vụ tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022).'))[0]?.message;
 * // '“Tỷ trọng dịch vụ”: ghi “tăng” nhưng 54,06% (năm 2015) → 53,75% (năm 2022) là giảm: 53,75 − 54,06 = -0,31 điểm phần trăm'
 */
export function checkDirection(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    if (claim.endpoints === null || claim.direction === null) return;
    const { from, to } = claim.endpoints;
    const change = to.value - from.value;
    const contradicts = (claim.direction === 'up' && change < 0) || (claim.direction === 'down' && change > 0);
    if (!contradicts) return;
    const decimals = Math.max(from.decimals, to.decimals);
    const said = claim.direction === 'up' ? 'tăng' : 'giảm';
    const is = change < 0 ? 'giảm' : 'tăng';
    const name = claim.indicator === null ? '' : `“${claim.indicator}”: `;
    findings.push({
      kind: 'direction-contradicts-values',
      severity: 'error',
      claims: [index],
      indicator: claim.indicator,
      year: to.year,
      computed: change,
      message:
        `${name}ghi “${said}” nhưng ${shown(from)} → ${shown(to)} là ${is}: ` +
        `${formatNumber(to.value, to.decimals)} − ${formatNumber(from.value, from.decimals)} = ${formatNumber(change, decimals)}${differenceUnit(to.unit)}`,
    });
  });
  return findings;
}
