import 'server-only';
import { limitRequest } from '../rate-limit/limit-request';

/**
 * The one gate in front of every write to stored documents (`POST /api/documents`,
 * `POST /api/documents/:id/recheck`): today the rate limit; sign-in and roles (issue 14) go here too.
 * Answers the refusal to send back, or `null` to go on.
 *
 * @example
 * const refused = await guardDocumentWrite(request, 'upload');
 * if (refused) return refused;
 */
export async function guardDocumentWrite(request: Request, bucket: 'upload' | 'save'): Promise<Response | null> {
  return limitRequest(request, bucket);
}
