import 'server-only';
import type { RowView } from '../../dataset/types';
import { isFinding, readClaimKey } from '../../team/findings';
import type { Decision, DecisionStatus, User } from '../../team/types';
import { refuse, type ApiResult } from '../api/respond';
import type { DatasetReader } from '../data';
import type { TeamStore } from '../store/team-types';

/** The longest comment kept. */
export const MAX_COMMENT_LENGTH = 2000;

/**
 * The checked claim a key names in a dataset, or null.
 *
 * @example
 * await findClaim(reader, 'bang-2:14') // the row printed on line 14 of table bang-2
 */
export async function findClaim(reader: DatasetReader, key: string): Promise<RowView | null> {
  const place = readClaimKey(key);
  if (!place) return null;
  const position = await reader.rowPosition(place.tableId, place.line);
  if (position === null) return null;
  const window = await reader.tableRows(place.tableId, { offset: position, limit: 1 });
  const row = window?.rows[0];
  return row && row.key === key ? row : null;
}

export interface DecisionInput {
  readonly target: string;
  readonly status: DecisionStatus;
  readonly comment: string;
}

/**
 * Records a reviewer's decision on one finding of a dataset, as a new row (the history keeps the
 * earlier ones) and a line of the audit log. The target must be a claim of the dataset that is
 * not a match (404 otherwise).
 *
 * @example
 * await recordDecision(store, reader, user, { target: 'bang-2:14', status: 'confirmed', comment: 'Sai số học' })
 * // { ok: true, value: { status: 'confirmed', userName: 'lan', decidedAt: '…', … } }
 */
export async function recordDecision(store: TeamStore, reader: DatasetReader, user: User, input: DecisionInput): Promise<ApiResult<Decision>> {
  const row = await findClaim(reader, input.target);
  if (!row || !isFinding(row.verdict)) {
    const shown = input.target.slice(0, 80);
    return refuse(404, {
      vi: `Không có phát hiện "${shown}" trong bộ dữ liệu này (chỉ các khẳng định không khớp mới được quyết định).`,
      en: `There is no finding "${shown}" in this dataset (only claims that are not a match are decided on).`,
    });
  }
  const decision = await store.addDecision({
    subject: { kind: 'dataset', id: reader.id },
    target: row.key,
    status: input.status,
    comment: input.comment,
    userId: user.id,
    userName: user.name,
  });
  await store.appendAudit({
    userName: user.name,
    action: 'decision',
    target: `${reader.id} ${row.key}`,
    detail: `${input.status}${input.comment ? `: ${input.comment.slice(0, 200)}` : ''}`,
  });
  return { ok: true, value: decision };
}
