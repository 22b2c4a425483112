import { handleExport } from '@/lib/server/export/handle-export';

export const runtime = 'nodejs';

/**
 * `POST /api/export/xlsx`: one table, one indicator's series or the verification findings as an
 * Excel workbook (exceljs runs here, never in the browser). Body: see lib/server/export/export-request.ts.
 */
export async function POST(request: Request): Promise<Response> {
  return handleExport(request, 'xlsx');
}
