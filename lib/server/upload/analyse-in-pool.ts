import 'server-only';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import { runInPool } from '../jobs/run-in-pool';
import { xlsxStatusOf, type Analysis } from './analyse-upload';
import type { UploadedFile } from './parse-upload';

/**
 * {@link analyseUpload} run in the worker pool: the same answer, or 413/422/503 when the pool
 * ended the job (over its memory or time limit) or could not take it.
 *
 * @example
 * const analysis = await analyseInPool(upload.files, readLimits());
 * if (!analysis.ok) return errorResponse(analysis.error);
 */
export async function analyseInPool(files: readonly UploadedFile[], limits: UploadLimits): Promise<ApiResult<Analysis>> {
  const outcome = await runInPool({ kind: 'analyse-upload', files, limits });
  return outcome.ok ? outcome.value : outcome;
}

/**
 * The sheet names of an uploaded workbook, read in the worker pool.
 *
 * @example
 * await listSheetsInPool({ name: 'bang.xlsx', bytes }, 1e8) // { ok: true, value: ['Bảng 1', 'Bảng 2'] }
 */
export async function listSheetsInPool(file: UploadedFile, maxInflatedBytes: number): Promise<ApiResult<string[]>> {
  const outcome = await runInPool({ kind: 'list-sheets', file, maxInflatedBytes });
  if (!outcome.ok) return outcome;
  const sheets = outcome.value;
  return sheets.ok ? sheets : { ok: false, error: { status: xlsxStatusOf(sheets.error), message: sheets.error.message } };
}
