import { checkAssessmentShares } from './check-assessment-shares';
import { checkAverageTotal } from './check-average-total';
import { checkBranchContributions } from './check-branch-contributions';
import { checkChangePairs } from './check-change-pairs';
import { checkConflicts } from './check-conflicts';
import { checkContributions } from './check-contributions';
import { checkDirection } from './check-direction';
import { checkGrowthRange } from './check-growth-range';
import { checkKnown } from './check-known';
import { checkPartitionGrowth } from './check-partition-growth';
import { checkPartsTotal } from './check-parts-total';
import { checkPeriodTotals } from './check-period-totals';
import { checkRateGroups } from './check-rate-groups';
import { checkRateOrder } from './check-rate-order';
import { checkRestatedGrowth } from './check-restated-growth';
import { checkShares } from './check-shares';
import { checkSuperlative } from './check-superlative';
import { checkTradeBalance } from './check-trade-balance';
import { checkUnit } from './check-unit';
import { explainPriceBasis } from './explain-price-basis';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import type { KnownSource } from '../finding/known-values';
import type { ExtractedClaim } from '../types';

export type { CheckOutcome, CheckSeverity, ConsistencyExplanation, ConsistencyFinding, ConsistencyKind } from './consistency-types';

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

function firstPlace(item: { readonly claims: readonly number[]; readonly places: readonly { readonly start: number }[] }, claims: readonly ExtractedClaim[]): number {
  const starts = [...item.claims.map((i) => claims[i]?.start ?? 0), ...item.places.map((p) => p.start)];
  return starts.length === 0 ? 0 : Math.min(...starts);
}

/**
 * Checks a text against itself and against the datasets given, beyond single claims (spec §5): values printed
 * twice differently (a change in % and in the level's unit that give two bases too), shares that miss 100, direction words against their values (and "cao hơn"/"thấp hơn" against two rates), average rates against total
 * changes, parts against their total (and a trade balance against exports and imports), contributions against the
 * growth, and impossible units. `text` is the text
 * the claims were read from (NFC), for the checks that read the words around figures. Findings come errors
 * first, then warnings, each in text order; explanations (what was checked and found consistent, or why a
 * figure group is not comparable) in text order.
 *
 * @example
 * checkConsistency(extractClaims(t), [], t).findings[0]?.kind;
 * // t = 'Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).' → 'shares-not-100'
 */
export function checkConsistency(claims: readonly ExtractedClaim[], sources: readonly KnownSource[] = [], text = ''): CheckOutcome {
  const parts = checkPartsTotal(claims, text);
  const contributions = checkContributions(claims, text);
  const shares = checkShares(claims, text);
  const conflicts = checkConflicts(claims, text);
  const averages = checkAverageTotal(claims);
  const branches = checkBranchContributions(claims);
  const all: ConsistencyFinding[] = [
    ...conflicts.findings,
    ...checkRestatedGrowth(claims, text),
    ...checkChangePairs(claims),
    ...shares.findings,
    ...checkAssessmentShares(claims, text),
    ...checkDirection(claims),
    ...checkRateOrder(claims, text),
    ...checkSuperlative(claims, text),
    ...averages.findings,
    ...parts.findings,
    ...checkGrowthRange(claims),
    ...checkRateGroups(claims, text),
    ...checkPeriodTotals(claims, text),
    ...checkPartitionGrowth(claims),
    ...checkTradeBalance(claims, text),
    ...contributions.findings,
    ...branches.findings,
    ...checkUnit(claims),
    ...checkKnown(claims, sources),
  ];
  const findings = all
    .map((finding, order) => ({ finding, order, at: firstPlace(finding, claims) }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.at - b.at || a.order - b.order)
    .map((x) => x.finding);
  const explanations: ConsistencyExplanation[] = [...conflicts.explanations, ...shares.explanations, ...averages.explanations, ...parts.explanations, ...contributions.explanations, ...branches.explanations, ...explainPriceBasis(claims, text)]
    .map((explanation, order) => ({ explanation, order, at: firstPlace(explanation, claims) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((x) => x.explanation);
  return { findings, explanations };
}
