import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { authorize, refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { limitRequest } from '@/lib/server/rate-limit/limit-request';
import { getTeamStore } from '@/lib/server/store/default-store';
import { openDecisionDataset } from '@/lib/server/team/decision-subject';
import { MAX_COMMENT_LENGTH, recordDecision } from '@/lib/server/team/record-decision';
import { readDecisionStatus } from '@/lib/team/types';
import { findingCount, openFindings } from '@/lib/team/findings';

export const runtime = 'nodejs';

interface Context {
  readonly params: Promise<{ id: string }>;
}

const decisionSchema = z
  .object({
    target: z.string().min(1, 'Hãy cho biết phát hiện (target).').max(200, 'Mã phát hiện dài quá 200 ký tự.'),
    status: z.string().max(40, 'Trạng thái không hợp lệ.'),
    comment: z.string().max(MAX_COMMENT_LENGTH, `Nhận xét dài quá ${MAX_COMMENT_LENGTH} ký tự.`).default(''),
  })
  .strict();

/**
 * `GET /api/datasets/:id/decisions` (`:id` is `cao-bang` or a stored dataset): `{ findings, open,
 * current, history }`: how many findings and how many nobody has reviewed, the latest decision per
 * finding and every decision, oldest first.
 */
export const GET = guard(async (request: Request, context: Context) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const lang = requestLang(request);
  const reader = await openDecisionDataset((await context.params).id);
  if (!reader.ok) return errorResponse(reader.error, lang);
  const store = getTeamStore();
  const subject = { kind: 'dataset', id: reader.value.id } as const;
  const current = [...(await store.currentDecisions(subject)).values()];
  const findings = findingCount(reader.value.counts);
  const decided = current.filter((d) => d.status !== 'unreviewed').length;
  return jsonResponse(200, { findings, open: openFindings(findings, decided), current, history: await store.decisionHistory(subject) });
});

/**
 * `POST /api/datasets/:id/decisions` (a signed-in reviewer) with `{ "target": <claim key>,
 * "status": "unreviewed" | "confirmed" | "accepted" | "dismissed" (or the Vietnamese words), "comment" }`:
 * 201 with the decision; earlier decisions stay in the history.
 */
export const POST = guard(async (request: Request, context: Context) => {
  const refused = await limitRequest(request, 'save');
  if (refused) return refused;
  const auth = await authorize(request, 'reviewer');
  if (!auth.ok) return auth.response;
  const lang = requestLang(request);
  const reader = await openDecisionDataset((await context.params).id);
  if (!reader.ok) return errorResponse(reader.error, lang);
  const body = await readJsonBody(request, decisionSchema);
  if (!body.ok) return errorResponse(body.error, lang);
  const status = readDecisionStatus(body.value.status);
  if (!status) {
    return errorResponse(
      {
        status: 400,
        message: {
          vi: 'Trạng thái phải là một trong: chưa xem, xác nhận sai, chấp nhận, bỏ qua (unreviewed, confirmed, accepted, dismissed).',
          en: 'The status must be one of: unreviewed, confirmed, accepted, dismissed (chưa xem, xác nhận sai, chấp nhận, bỏ qua).',
        },
      },
      lang,
    );
  }
  const recorded = await recordDecision(getTeamStore(), reader.value, auth.user, { target: body.value.target, status, comment: body.value.comment.trim() });
  return recorded.ok ? jsonResponse(201, { decision: recorded.value }) : errorResponse(recorded.error, lang);
});

const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
