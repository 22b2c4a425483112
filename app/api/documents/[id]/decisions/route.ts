import { z } from 'zod';
import { errorResponse, guard, jsonResponse, requestLang } from '@/lib/server/api/respond';
import { readJsonBody } from '@/lib/server/api/read-json';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { readDocument } from '@/lib/server/documents/documents';
import { guardDocumentWrite } from '@/lib/server/documents/guard-write';
import { getDocumentStore, getTeamStore } from '@/lib/server/store/default-store';
import { readDocumentReview, recordDocumentDecision } from '@/lib/server/team/document-review';
import { MAX_COMMENT_LENGTH } from '@/lib/server/team/record-decision';
import { readDecisionStatus } from '@/lib/team/types';

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
 * `GET /api/documents/:id/decisions[?target=<finding id>]`: `{ findings, open, counts, current,
 * history }`: how many findings the document has and how many nobody has reviewed, the count per
 * status, the latest decision per finding and every decision, oldest first (only the target's with
 * `target`). A decision carried over from an earlier version has `carriedFrom`.
 */
export const GET = guard(async (request: Request, context: Context) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const lang = requestLang(request);
  const document = await readDocument(getDocumentStore(), (await context.params).id);
  if (!document.ok) return errorResponse(document.error, lang);
  const review = await readDocumentReview(getTeamStore(), document.value);
  const target = new URL(request.url).searchParams.get('target');
  const history = [...review.histories.entries()].filter(([t]) => target === null || t === target).flatMap(([, list]) => list);
  return jsonResponse(200, {
    findings: review.findings.length,
    open: review.counts.unreviewed,
    counts: review.counts,
    current: [...review.histories.values()].flatMap((list) => list.slice(-1)).filter((d) => target === null || d.target === target),
    history: history.sort((a, b) => a.id - b.id),
  });
});

/**
 * `POST /api/documents/:id/decisions` (a signed-in reviewer, from this site) with `{ "target": <claim,
 * row or check id>, "status": "unreviewed" | "confirmed" | "accepted" | "dismissed" (or chưa xem, xác
 * nhận sai, chấp nhận, bỏ qua), "comment" }`: 201 with the decision; earlier decisions stay in the history.
 */
export const POST = guard(async (request: Request, context: Context) => {
  const gate = await guardDocumentWrite(request, 'save');
  if (!gate.ok) return gate.response;
  const lang = requestLang(request);
  const document = await readDocument(getDocumentStore(), (await context.params).id);
  if (!document.ok) return errorResponse(document.error, lang);
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
  const recorded = await recordDocumentDecision(getTeamStore(), document.value, gate.user, { target: body.value.target, status, comment: body.value.comment.trim() });
  return recorded.ok ? jsonResponse(201, { decision: recorded.value }) : errorResponse(recorded.error, lang);
});

const notAllowed = methodNotAllowed(['GET', 'POST']);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
