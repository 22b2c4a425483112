import type { KnownSource } from '../../extract/finding/known-values';
import type { ProseResponse } from '../../prose/types';
import type { MatchRules } from '../../verify/reference-types';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import { checkDocumentBody, checkProseBody, type CheckedBody, type ProseBody } from '../prose/check-prose-body';
import { listXlsxSheets, type XlsxResult } from '../read-xlsx';
import { analyseUpload, type Analysis } from '../upload/analyse-upload';
import type { UploadedFile } from '../upload/parse-upload';
import { prepareUpload, type DatasetTarget, type PreparedUpload } from '../upload/prepare-upload';
import { buffersOfParts } from '../store/dataset-parts';

/**
 * The heavy jobs the worker pool runs, and what each answers. Everything here crosses a thread
 * boundary, so it is plain data (structured clone).
 */
export type Job =
  | { readonly kind: 'analyse-upload'; readonly files: readonly UploadedFile[]; readonly limits: UploadLimits }
  | { readonly kind: 'prepare-upload'; readonly files: readonly UploadedFile[]; readonly limits: UploadLimits; readonly target: DatasetTarget }
  | { readonly kind: 'list-sheets'; readonly file: UploadedFile; readonly maxInflatedBytes: number }
  | { readonly kind: 'check-prose'; readonly body: ProseBody; readonly sources: readonly KnownSource[]; readonly rules?: MatchRules }
  | { readonly kind: 'check-document'; readonly body: ProseBody; readonly sources: readonly KnownSource[]; readonly rules?: MatchRules };

export interface JobResults {
  readonly 'analyse-upload': ApiResult<Analysis>;
  readonly 'prepare-upload': ApiResult<PreparedUpload>;
  readonly 'list-sheets': XlsxResult<string[]>;
  readonly 'check-prose': ApiResult<ProseResponse>;
  readonly 'check-document': ApiResult<CheckedBody>;
}

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

/** A job's answer, and the buffers in it that the worker transfers to the server's thread instead of copying. */
export interface JobAnswer {
  readonly result: JobResults[JobKind];
  readonly transfer: readonly ArrayBuffer[];
}

/**
 * Runs one job in the current thread (the worker calls this; so may a test). A prepared upload's
 * row and indicator texts are packed in buffers, which the answer names for transfer.
 *
 * @example
 * (await runJob({ kind: 'list-sheets', file: { name: 'b.xlsx', bytes }, maxInflatedBytes: 1e8 })).result // { ok: true, value: ['Bảng 1'] }
 */
export async function runJob(job: Job): Promise<JobAnswer> {
  switch (job.kind) {
    case 'analyse-upload':
      return { result: await analyseUpload(job.files, job.limits), transfer: [] };
    case 'prepare-upload': {
      const result = await prepareUpload(job.files, job.limits, job.target);
      return { result, transfer: result.ok ? buffersOfParts(result.value.prepared.parts) : [] };
    }
    case 'list-sheets':
      return { result: await listXlsxSheets(job.file.bytes, job.file.name, { maxInflatedBytes: job.maxInflatedBytes }), transfer: [] };
    case 'check-prose':
      return { result: await checkProseBody(job.body, job.sources, job.rules), transfer: [] };
    case 'check-document':
      return { result: await checkDocumentBody(job.body, job.sources, job.rules), transfer: [] };
  }
}
