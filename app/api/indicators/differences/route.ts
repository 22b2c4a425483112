import { guard, jsonResponse } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';
import { referenceDifferences } from '@/lib/server/indicators';

export const runtime = 'nodejs';

/** `GET /api/indicators/differences`: how many figures differ from the reference: `{ dataset, documents, total }`. */
export const GET = guard(async (request: Request) => {
  const unsigned = await refuseUnsignedRead(request);
  if (unsigned) return unsigned;
  return jsonResponse(200, await referenceDifferences());
});

const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
