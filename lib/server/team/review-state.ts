import 'server-only';
import type { RowView } from '../../dataset/types';
import { currentStatus, isFinding } from '../../team/findings';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../../team/types';
import { getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';

/** Every decision on a dataset's findings, grouped by finding (each list oldest first). */
export interface ReviewState {
  readonly histories: ReadonlyMap<string, readonly Decision[]>;
  /** The current status of a claim; null for a claim that is not a finding (a match). */
  statusOf(row: RowView): DecisionStatus | null;
}

/**
 * Reads the decisions on a dataset's findings, for a page that lists them.
 *
 * @example
 * const review = await readReviewState('cao-bang');
 * review.statusOf(row) // 'confirmed'
 */
export async function readReviewState(datasetId: string, store: TeamStore = getTeamStore()): Promise<ReviewState> {
  const history = await store.decisionHistory({ kind: 'dataset', id: datasetId });
  const histories = new Map<string, Decision[]>();
  for (const decision of history) {
    const list = histories.get(decision.target);
    if (list) list.push(decision);
    else histories.set(decision.target, [decision]);
  }
  return {
    histories,
    statusOf: (row) => (isFinding(row.verdict) ? currentStatus(histories.get(row.key)?.at(-1)) : null),
  };
}

/**
 * How many findings have each status.
 *
 * @example
 * countStatuses(claims, review) // { unreviewed: 7, confirmed: 2, accepted: 1, dismissed: 0 }
 */
export function countStatuses(claims: readonly RowView[], review: ReviewState): Readonly<Record<DecisionStatus, number>> {
  const counts: Record<DecisionStatus, number> = { unreviewed: 0, confirmed: 0, accepted: 0, dismissed: 0 };
  for (const row of claims) {
    const status = review.statusOf(row);
    if (status !== null) counts[status] += 1;
  }
  return counts;
}

export { DECISION_STATUSES };
