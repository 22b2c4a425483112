import { guard } from '@/lib/server/api/respond';
import { handleExport } from '@/lib/server/export/handle-export';

export const runtime = 'nodejs';

/**
 * `POST /api/export/xlsx`: one table, one indicator's series or the verification findings as an
 * Excel workbook (exceljs runs here, never in the browser). Body: see lib/server/export/export-request.ts.
 * @example curl -X POST -H 'content-type: application/json' -d '{"source":{"kind":"table","id":"bang-2-2009-2022"}}' http://localhost:3000/api/export/xlsx -o bang.xlsx
 */
export const POST = guard(async (request: Request) => handleExport(request, 'xlsx'));
