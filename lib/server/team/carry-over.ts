import 'server-only';
import { compareVersions } from '../../documents/compare-versions';
import type { StoredDocument } from '../../documents/types';
import { planCarryOver } from '../../team/carry-decisions';
import { documentFindings } from '../../team/document-findings';
import type { DocumentStore } from '../store/document-store';
import type { TeamStore } from '../store/team-types';

/** What a carry-over did: from which version, and how many decisions on how many findings. */
export interface CarryOverResult {
  /** The id of the version the decisions came from; `null` for a first version. */
  readonly from: string | null;
  readonly fromVersion: number | null;
  readonly decisions: number;
  readonly findings: number;
}

/**
 * Carries the decisions of the version just before `later` over to it, for the findings the version
 * comparison finds `còn nguyên` (unchanged): each copy keeps the original reviewer, time, status and
 * comment, and is marked as carried. All of them are written in one transaction, or none.
 *
 * @example
 * await carryDecisionsOver(documents, team, version2) // { from: '…', fromVersion: 1, decisions: 2, findings: 1 }
 */
export async function carryDecisionsOver(documents: DocumentStore, team: TeamStore, later: StoredDocument): Promise<CarryOverResult> {
  const versions = await documents.documentVersions(later.summary.id);
  const previous = versions.filter((v) => v.version < later.summary.version).at(-1);
  const none: CarryOverResult = { from: null, fromVersion: null, decisions: 0, findings: 0 };
  if (previous === undefined) return none;
  const earlier = await documents.getDocument(previous.id);
  if (earlier === null) return none;
  const history = await team.decisionHistory({ kind: 'document', id: earlier.summary.id });
  const plan = planCarryOver(compareVersions(earlier, later), history, new Set(documentFindings(later).map((f) => f.id)));
  const copied = await team.carryDecisions(
    { kind: 'document', id: later.summary.id },
    plan.map((p) => ({ decisionId: p.decisionId, target: p.target })),
  );
  return { from: earlier.summary.id, fromVersion: earlier.summary.version, decisions: copied, findings: new Set(plan.map((p) => p.target)).size };
}
