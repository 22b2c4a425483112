import { guard } from '@/lib/server/api/respond';
import { handleExport } from '@/lib/server/export/handle-export';
import { methodNotAllowed } from '@/lib/server/api/methods';
import { refuseUnsignedRead } from '@/lib/server/auth/authorize';

export const runtime = 'nodejs';

/**
 * `POST /api/export/xlsx`: one table, one indicator's series or the verification findings as an
 * Excel workbook (exceljs runs here, never in the browser). Body: see lib/server/export/export-request.ts.
 * @example curl -X POST -H 'content-type: application/json' -d '{"source":{"kind":"table","id":"bang-2-2009-2022"}}' http://localhost:3000/api/export/xlsx -o bang.xlsx
 */
export const POST = guard(async (request: Request) => (await refuseUnsignedRead(request)) ?? handleExport(request, 'xlsx'));

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
