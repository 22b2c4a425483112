import { checkAverageTotal } from './check-average-total';
import { checkConflicts } from './check-conflicts';
import { checkDirection } from './check-direction';
import { checkKnown } from './check-known';
import { checkShares } from './check-shares';
import type { ConsistencyFinding } from './consistency-types';
import type { KnownSource } from '../finding/known-values';
import type { ExtractedClaim } from '../types';

export type { CheckSeverity, ConsistencyFinding, ConsistencyKind } from './consistency-types';

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

/**
 * Checks a text against itself and against the datasets given, beyond single claims: values printed twice
 * differently, shares that miss 100, direction words against their values, and average rates against total
 * changes. Errors come first, then warnings, each in text order.
 *
 * @example
 * checkConsistency(extractClaims('Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).'));
 * // [{ kind: 'shares-not-100', severity: 'error', year: 2023, computed: 96, message: 'Các tỷ trọng năm 2023: 35% + 61% = 96%, không phải 100% (năm 2018: 40% + 60% = 100%)', … }]
 */
export function checkConsistency(claims: readonly ExtractedClaim[], sources: readonly KnownSource[] = []): ConsistencyFinding[] {
  const all = [
    ...checkConflicts(claims),
    ...checkShares(claims),
    ...checkDirection(claims),
    ...checkAverageTotal(claims),
    ...checkKnown(claims, sources),
  ];
  return all
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        (a.finding.claims[0] ?? 0) - (b.finding.claims[0] ?? 0) ||
        a.order - b.order,
    )
    .map((x) => x.finding);
}
