import 'server-only';
import type { User } from '../../team/types';
import { authorize } from '../auth/authorize';
import { limitRequest } from '../rate-limit/limit-request';

/**
 * The one gate in front of every write to stored documents (`POST /api/documents`,
 * `POST /api/documents/:id/recheck`): the rate limit, then a signed-in reviewer from this site.
 * Answers the user to name in the audit log, or the refusal to send back.
 *
 * @example
 * const gate = await guardDocumentWrite(request, 'upload');
 * if (!gate.ok) return gate.response;
 */
export async function guardDocumentWrite(
  request: Request,
  bucket: 'upload' | 'save',
): Promise<{ readonly ok: true; readonly user: User } | { readonly ok: false; readonly response: Response }> {
  const limited = await limitRequest(request, bucket);
  if (limited) return { ok: false, response: limited };
  return authorize(request, 'reviewer');
}
