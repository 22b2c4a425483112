import 'server-only';
import type { StoredDocument } from '../../documents/types';
import { documentFindings, type DocumentFinding } from '../../team/document-findings';
import { currentStatus } from '../../team/findings';
import type { Decision, DecisionStatus, User } from '../../team/types';
import { refuse, type ApiResult } from '../api/respond';
import type { TeamStore } from '../store/team-types';
import type { DecisionInput } from './record-decision';

/** A document's findings with every decision on them, each history oldest first. */
export interface DocumentReview {
  readonly findings: readonly DocumentFinding[];
  readonly histories: ReadonlyMap<string, readonly Decision[]>;
  /** The current status of a finding (its latest decision's, else `unreviewed`). */
  statusOf(findingId: string): DecisionStatus;
  readonly counts: Readonly<Record<DecisionStatus, number>>;
}

/**
 * Groups decisions by their target, keeping each group's order.
 *
 * @example
 * groupByTarget([a1, b1, a2]) // Map { 'a' => [a1, a2], 'b' => [b1] }
 */
export function groupByTarget(decisions: readonly Decision[]): Map<string, Decision[]> {
  const out = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const list = out.get(decision.target);
    if (list) list.push(decision);
    else out.set(decision.target, [decision]);
  }
  return out;
}

/**
 * Reads the decisions on a stored document's findings.
 *
 * @example
 * const review = await readDocumentReview(store, document);
 * review.counts // { unreviewed: 3, confirmed: 2, accepted: 0, dismissed: 0 }
 */
export async function readDocumentReview(store: TeamStore, document: StoredDocument): Promise<DocumentReview> {
  const histories = groupByTarget(await store.decisionHistory({ kind: 'document', id: document.summary.id }));
  const findings = documentFindings(document);
  const statusOf = (id: string): DecisionStatus => currentStatus(histories.get(id)?.at(-1));
  const counts: Record<DecisionStatus, number> = { unreviewed: 0, confirmed: 0, accepted: 0, dismissed: 0 };
  for (const f of findings) counts[statusOf(f.id)] += 1;
  return { findings, histories, statusOf, counts };
}

/**
 * Records a reviewer's decision on one finding of a stored document, as a new row (the history keeps
 * the earlier ones) and a line of the audit log. The target must be a finding of the document: a claim
 * or table row that is not a match, or a consistency check (404 otherwise).
 *
 * @example
 * await recordDocumentDecision(store, document, user, { target: 'c-1a2b3c4d-1', status: 'confirmed', comment: 'Sai số học' })
 * // { ok: true, value: { status: 'confirmed', userName: 'lan', … } }
 */
export async function recordDocumentDecision(store: TeamStore, document: StoredDocument, user: User, input: DecisionInput): Promise<ApiResult<Decision>> {
  const finding = documentFindings(document).find((f) => f.id === input.target);
  if (finding === undefined) {
    const shown = input.target.slice(0, 80);
    return refuse(404, {
      vi: `Không có phát hiện "${shown}" trong tài liệu này (chỉ các nhận định không khớp và các kiểm tra nhất quán mới được quyết định).`,
      en: `There is no finding "${shown}" in this document (only claims that are not a match and consistency checks are decided on).`,
    });
  }
  const decision = await store.addDecision({
    subject: { kind: 'document', id: document.summary.id },
    target: finding.id,
    status: input.status,
    comment: input.comment,
    userId: user.id,
    userName: user.name,
  });
  await store.appendAudit({
    userName: user.name,
    action: 'decision',
    target: `${document.summary.id} ${finding.id}`,
    detail: `${document.summary.name}: ${input.status}${input.comment ? `: ${input.comment.slice(0, 200)}` : ''}`,
  });
  return { ok: true, value: decision };
}
