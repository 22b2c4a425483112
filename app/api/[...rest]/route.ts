import { apiNotFound } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/** Any `/api/…` path no other route serves: 404 JSON `{ error }` (not the HTML not-found page), whatever the method. */
export { apiNotFound as GET, apiNotFound as POST, apiNotFound as PUT, apiNotFound as PATCH, apiNotFound as DELETE, apiNotFound as OPTIONS };
