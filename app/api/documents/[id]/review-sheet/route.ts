import { reviewSheetRoutes } from '@/lib/server/team/review-routes';

export const runtime = 'nodejs';

/**
 * `GET /api/documents/:id/review-sheet`: the review sheet ("phiếu rà soát số liệu") of a stored
 * document's confirmed findings as a `.docx`, always in Vietnamese (Nghị định 30/2020 layout).
 * Other methods: 405.
 */
export const { GET, POST, PUT, PATCH, DELETE } = reviewSheetRoutes('document');
