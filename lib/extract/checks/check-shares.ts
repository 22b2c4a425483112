import { formatNumber } from '../../numbers/format-number';
import type { ConsistencyFinding } from './consistency-types';
import type { ExtractedClaim, YearValue } from '../types';

/** Slack for binary floating point when comparing sums. */
const EPSILON = 1e-9;
/** Fewest shares that make a whole worth checking. */
const MIN_SHARES = 2;

interface Sum {
  readonly sum: number;
  readonly tolerance: number;
  readonly decimals: number;
  readonly terms: string;
}

/** The sum of printed shares, with the rounding slack of every term (each may be off by half its last digit). */
function sumOf(ends: readonly YearValue[]): Sum {
  let sum = 0;
  let tolerance = EPSILON;
  let decimals = 0;
  for (const end of ends) {
    sum += end.value;
    tolerance += 0.5 * 10 ** -end.decimals;
    decimals = Math.max(decimals, end.decimals);
  }
  const terms = ends.map((e) => `${formatNumber(e.value, e.decimals)}%`).join(' + ');
  return { sum, tolerance, decimals, terms };
}

function isWhole(total: Sum): boolean {
  return Math.abs(total.sum - 100) <= total.tolerance;
}

/**
 * The shares of one whole that do not sum to 100 within rounding. A whole is a sentence of two or more
 * from–to statements in %, one end of which sums to 100 (so the sentence is known to split one whole, as
 * "cơ cấu kinh tế: công nghiệp … dịch vụ … nông nghiệp …" does); the other end is then checked.
 *
 * @example
 * checkShares(extractClaims('Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).'));
 * // [{ kind: 'shares-not-100', year: 2023, computed: 96, message: 'Các tỷ trọng năm 2023: 35% + 61% = 96%, không phải 100% (năm 2018: 40% + 60% = 100%)', … }]
 */
export function checkShares(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
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
    const sides = [
      { ends: froms, total: sumOf(froms) },
      { ends: tos, total: sumOf(tos) },
    ];
    const whole = sides.find((s) => isWhole(s.total));
    if (whole === undefined) continue;
    for (const side of sides) {
      if (isWhole(side.total)) continue;
      const year = side.ends[0]?.year ?? null;
      const wholeYear = whole.ends[0]?.year ?? null;
      findings.push({
        kind: 'shares-not-100',
        severity: 'error',
        claims: members,
        indicator: null,
        year,
        computed: side.total.sum,
        message:
          `Các tỷ trọng${year === null ? '' : ` năm ${year}`}: ${side.total.terms} = ` +
          `${formatNumber(side.total.sum, side.total.decimals)}%, không phải 100%` +
          ` (${wholeYear === null ? 'đầu kia' : `năm ${wholeYear}`}: ${whole.total.terms} = ${formatNumber(whole.total.sum, whole.total.decimals)}%)`,
      });
    }
  }
  return findings;
}
