import { guard } from '@/lib/server/api/respond';
import { handleExport } from '@/lib/server/export/handle-export';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/**
 * `POST /api/export/csv`: the same rows as the XLSX export, as UTF-8 CSV with a BOM, `,` or `;`
 * delimited, vi-VN or plain numbers. Body: see lib/server/export/export-request.ts.
 * @example curl -X POST -H 'content-type: application/json' -d '{"source":{"kind":"table","id":"bang-2-2009-2022"}}' http://localhost:3000/api/export/csv
 */
export const POST = guard(async (request: Request) => (await refuseUnsignedRead(request)) ?? handleExport(request, 'csv'));

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
