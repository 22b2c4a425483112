import { isPeriod } from '../finding/find-time-phrases';
import type { ExtractedClaim } from '../types';

/**
 * The one year a claim speaks about, or `null` (none, several, or a period): the year a finding names.
 *
 * @example
 * claimYear(extractClaims('Năm 2019 dân số là 96.208.984 người.')[0]!); // 2019
 */
export function claimYear(claim: ExtractedClaim): number | null {
  return isPeriod(claim.years) || claim.years.length !== 1 ? null : (claim.years[0] ?? null);
}
