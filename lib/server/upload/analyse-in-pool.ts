import 'server-only';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import { runInPool } from '../jobs/run-in-pool';
import { xlsxStatusOf, type Analysis } from './analyse-upload';
import { convertLegacyWorkbooks } from './convert-xls';
import type { UploadedFile } from './parse-upload';
import type { DatasetTarget, PreparedUpload } from './prepare-upload';

/** A converted workbook may be this many times the upload limit (an .xlsx is usually smaller than its .xls). */
const CONVERTED_FACTOR = 2;

/**
 * {@link analyseUpload} run in the worker pool: the same answer, or 413/422/503 when the pool
 * ended the job (over its memory or time limit) or could not take it. Excel 97–2003 workbooks are
 * converted first, outside the pool (LibreOffice runs in its own bounded child process).
 *
 * @example
 * const analysis = await analyseInPool(upload.files, readLimits());
 * if (!analysis.ok) return errorResponse(analysis.error);
 */
export async function analyseInPool(files: readonly UploadedFile[], limits: UploadLimits): Promise<ApiResult<Analysis>> {
  const converted = await convertLegacyWorkbooks(files, { maxOutputBytes: limits.maxUploadBytes * CONVERTED_FACTOR });
  if (!converted.ok) return converted;
  const outcome = await runInPool({ kind: 'analyse-upload', files: converted.value, limits });
  return outcome.ok ? outcome.value : outcome;
}

/**
 * {@link prepareUpload} run in the worker pool (converting Excel 97–2003 workbooks first, as analyseInPool):
 * the upload checked, built with the target's id, name and time, and cut into what the store writes.
 *
 * @example
 * const upload = await prepareInPool(files, readLimits(), { id, name: 'Bảng 2', createdAt: new Date().toISOString() });
 */
export async function prepareInPool(files: readonly UploadedFile[], limits: UploadLimits, target: DatasetTarget): Promise<ApiResult<PreparedUpload>> {
  const converted = await convertLegacyWorkbooks(files, { maxOutputBytes: limits.maxUploadBytes * CONVERTED_FACTOR });
  if (!converted.ok) return converted;
  const outcome = await runInPool({ kind: 'prepare-upload', files: converted.value, limits, target });
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
