import { reviewSheetRoutes } from '@/lib/server/team/review-routes';

export const runtime = 'nodejs';

/**
 * `GET /api/datasets/:id/review-sheet` (`:id` is `cao-bang` or a stored dataset): the review
 * sheet ("phiếu rà soát số liệu") of the confirmed findings as a `.docx`, always in Vietnamese.
 * Other methods: 405.
 */
export const { GET, POST, PUT, PATCH, DELETE } = reviewSheetRoutes('dataset');
