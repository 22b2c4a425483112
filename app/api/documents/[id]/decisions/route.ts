import { decisionRoutes } from '@/lib/server/team/review-routes';

export const runtime = 'nodejs';

/**
 * `GET /api/documents/:id/decisions[?target=<finding id>]`: `{ findings, open, counts, current,
 * history }`: how many findings the document has and how many nobody has reviewed, the count per
 * status, the latest decision per finding and every decision, oldest first (only the target's with
 * `target`). A decision carried over from an earlier version has `carriedFrom`.
 *
 * `POST /api/documents/:id/decisions` (a signed-in reviewer, from this site) with `{ "target": <claim,
 * row or check id>, "status": "unreviewed" | "confirmed" | "accepted" | "dismissed" (or chưa xem, xác
 * nhận sai, chấp nhận, bỏ qua), "comment" }`: 201 with the decision; earlier decisions stay in the
 * history. Other methods: 405.
 */
export const { GET, POST, PUT, PATCH, DELETE } = decisionRoutes('document');
