import { decisionRoutes } from '@/lib/server/team/review-routes';

export const runtime = 'nodejs';

/**
 * `GET /api/datasets/:id/decisions` (`:id` is `cao-bang` or a stored dataset): `{ findings, open,
 * current, history }`: how many findings and how many nobody has reviewed, the latest decision per
 * finding and every decision, oldest first.
 *
 * `POST /api/datasets/:id/decisions` (a signed-in reviewer) with `{ "target": <claim key>,
 * "status": "unreviewed" | "confirmed" | "accepted" | "dismissed" (or the Vietnamese words), "comment" }`:
 * 201 with the decision; earlier decisions stay in the history. Other methods: 405.
 */
export const { GET, POST, PUT, PATCH, DELETE } = decisionRoutes('dataset');
