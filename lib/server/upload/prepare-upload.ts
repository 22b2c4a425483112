import 'server-only';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import type { Dataset, DocumentMeta, RowView } from '../../dataset/types';
import type { ReportTable } from '../../tables/types';
import type { CheckAnswer, Recognition } from '../../upload/types';
import { ANSWER_FINDINGS, ANSWER_ROWS } from '../../upload/types';
import type { SkippedInput } from '../../verify/check-files';
import { compareVerdicts } from '../../verify/labels';
import type { QualityWarning } from '../../verify/quality/types';
import type { RowResult } from '../../verify/result';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import { prepareDataset } from '../store/prepare-dataset';
import type { PreparedDataset } from '../store/part-types';
import type { NewFile } from '../store/types';
import { analyseUpload, type Analysis } from './analyse-upload';
import type { UploadedFile } from './parse-upload';

/** Where a checked upload is stored: its store id, name and creation time (ISO 8601), which its document head carries. */
export interface DatasetTarget {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/**
 * An upload checked and built into what a store writes, with the answer the API gives: all plain
 * texts and numbers, made in the worker so the server's thread only stores them.
 */
export interface PreparedUpload {
  readonly files: readonly NewFile[];
  readonly recognised: readonly Recognition[];
  readonly skipped: readonly SkippedInput[];
  /** Each report table's header lines, where saved corrections are looked up. */
  readonly tables: readonly { readonly table: Pick<ReportTable, 'file' | 'headerLines'> }[];
  readonly prepared: PreparedDataset;
  readonly answer: CheckAnswer;
}

function documentOf(target: DatasetTarget, files: readonly string[]): DocumentMeta {
  return { id: target.id, title: target.name, issuer: '', date: target.createdAt.slice(0, 10), notes: `Tệp tải lên: ${files.join(', ')}`, sections: [] };
}

/** A row as spec §4 gives it: the view-only fields dropped. */
function resultOf({ key: _key, tableId: _tableId, cells: _cells, ...row }: RowView): RowResult {
  return row;
}

/**
 * Spec §4 rows of a dataset, in table order.
 *
 * @example
 * resultsOf(dataset)[0]?.verdict // 'match'
 */
export function resultsOf(dataset: Dataset): RowResult[] {
  return dataset.tables.flatMap((t) => t.rows.map(resultOf));
}

/**
 * What an upload's answer lists: its tables, its worst findings, how many data-quality warnings and notes the review
 * gave (`reviewed`), and every row and indicator when there are at most ANSWER_ROWS rows.
 *
 * @example
 * answerOf(dataset).findings[0]?.verdict // 'wrong_direction'
 */
export function answerOf(dataset: Dataset, reviewed: readonly QualityWarning[] = []): CheckAnswer {
  const quality = { warnings: reviewed.filter((w) => w.severity === 'warning').length, notes: reviewed.filter((w) => w.severity === 'info').length };
  const findings = dataset.tables
    .flatMap((t) => t.rows.filter((r) => r.verdict !== 'none'))
    .sort((a, b) => compareVerdicts(a.verdict, b.verdict))
    .slice(0, ANSWER_FINDINGS)
    .map(resultOf);
  const tables = dataset.tables.map((t) => ({ id: t.id, title: t.title }));
  const rowCount = dataset.tables.reduce((n, t) => n + t.rows.length, 0);
  if (rowCount > ANSWER_ROWS) return { tables, findings, quality };
  return { tables, findings, results: resultsOf(dataset), indicators: dataset.indicators.map((i) => ({ id: i.id, name: i.name })), quality };
}

/**
 * Reads and checks an upload (analyseUpload), builds the dataset the pages render with the target's
 * id, name and time, and cuts it into what a store writes. Runs in the worker pool.
 *
 * @example
 * const upload = await prepareUpload([{ name: 'bang.csv', bytes }], readLimits(), { id, name: 'Bảng 2', createdAt });
 * if (upload.ok) await store.create({ id, name: 'Bảng 2', files: upload.value.files, prepared: upload.value.prepared, recognised: upload.value.recognised });
 */
export async function prepareUpload(files: readonly UploadedFile[], limits: UploadLimits, target: DatasetTarget): Promise<ApiResult<PreparedUpload>> {
  const analysis = await analyseUpload(files, limits);
  return analysis.ok ? { ok: true, value: prepareAnalysis(analysis.value, target) } : analysis;
}

/**
 * An analysed upload built and cut for the store (see prepareUpload).
 *
 * @example
 * prepareAnalysis(analysis, { id, name: 'Bảng 2', createdAt }).prepared.parts.rows.length // 12
 */
export function prepareAnalysis(analysis: Analysis, target: DatasetTarget): PreparedUpload {
  const document = documentOf(target, analysis.files.map((f) => f.name));
  const { dataset, quality } = buildReviewedDataset(target.id, document, analysis.tables, analysis.series);
  return {
    files: analysis.files,
    recognised: analysis.recognised,
    skipped: analysis.skipped,
    tables: analysis.tables.map(({ table }) => ({ table: { file: table.file, headerLines: table.headerLines } })),
    prepared: prepareDataset(dataset),
    answer: answerOf(dataset, quality),
  };
}
