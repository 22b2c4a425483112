import { errorResponse, guard, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { documentReviewSheet } from '@/lib/server/team/document-review-sheet';
import { reviewSheetDocx } from '@/lib/server/team/review-sheet-docx';

export const runtime = 'nodejs';

/**
 * `GET /api/documents/:id/review-sheet`: the review sheet ("phiếu rà soát số liệu") of a stored
 * document's confirmed findings as a `.docx`, always in Vietnamese (Nghị định 30/2020 layout).
 */
export const GET = guard(async (request: Request, context: { readonly params: Promise<{ id: string }> }) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  const built = await documentReviewSheet((await context.params).id);
  if (!built.ok) return errorResponse(built.error, requestLang(request));
  const bytes = await reviewSheetDocx(built.value.sheet);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="phieu-ra-soat-tai-lieu-${built.value.documentId}.docx"`,
      'cache-control': 'no-store',
    },
  });
});

const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
