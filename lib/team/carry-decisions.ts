import type { VersionComparison } from '../documents/compare-versions';
import type { Decision } from './types';

/** One earlier decision to copy onto a finding of the later version. */
export interface PlannedCarry {
  readonly decisionId: number;
  /** The later version's finding id. */
  readonly target: string;
  /** The earlier version's finding id it was taken on. */
  readonly from: string;
}

/**
 * Which decisions of an earlier version carry over to the later one: for every finding the comparison
 * finds `unchanged` (còn nguyên: matched across the versions and as wrong, or as right, as before) and
 * that the later version still decides on, every decision of its earlier finding, oldest first, so the
 * later finding's history and current status are the earlier one's. A finding `fixed` or `new` carries
 * nothing. The plan is in the order the decisions were taken. Pure.
 *
 * @example
 * planCarryOver(compareVersions(v1, v2), await store.decisionHistory({ kind: 'document', id: v1Id }), new Set(ids))
 * // [{ decisionId: 7, target: 'c-1a2b3c4d-1', from: 'c-1a2b3c4d-1' }]
 */
export function planCarryOver(comparison: VersionComparison, earlierHistory: readonly Decision[], decidable: ReadonlySet<string>): PlannedCarry[] {
  const targetOf = new Map<string, string>();
  for (const entry of comparison.entries) {
    if (entry.state !== 'unchanged' || entry.before === null || entry.after === null) continue;
    if (!decidable.has(entry.after.id) || targetOf.has(entry.before.id)) continue;
    targetOf.set(entry.before.id, entry.after.id);
  }
  return [...earlierHistory]
    .sort((a, b) => a.id - b.id)
    .flatMap((d) => {
      const target = targetOf.get(d.target);
      return target === undefined ? [] : [{ decisionId: d.id, target, from: d.target }];
    });
}
