import 'server-only';
import type { Localized } from '../i18n/lang';
import type { Dataset } from '../dataset/types';
import type { DatasetAnswer, DatasetDetail, DatasetSummary } from '../upload/types';
import { refuse, type ApiResult } from './api/respond';
import { datasetNameSchema } from './api/schemas';
import type { UploadLimits } from './config';
import { newDatasetId } from './store/dataset-id';
import type { DatasetStore, StoredDataset } from './store/types';
import { prepareInPool } from './upload/analyse-in-pool';
import { resultsOf, type PreparedUpload } from './upload/prepare-upload';
import type { UploadedFile } from './upload/parse-upload';
import { analyseWithSavedRoles } from './upload/reuse-corrections';

/** `bang-2.csv` → `bang-2`. */
function stem(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * The name a new dataset gets: the one typed (cleaned), else the first file's name without
 * its extension.
 *
 * @example
 * datasetName(null, ['Bảng 2.csv']) // 'Bảng 2'
 */
export function datasetName(requested: string | null, files: readonly string[]): string {
  const typed = requested === null ? null : datasetNameSchema.safeParse(requested);
  if (typed?.success) return typed.data;
  const fromFile = datasetNameSchema.safeParse(stem(files[0] ?? ''));
  return fromFile.success ? fromFile.data : 'Bảng tải lên';
}

/**
 * The API view of a stored dataset: its summary, spec §4 results and links to its views.
 *
 * @example
 * toDetail(stored).results.length // 12
 */
export function toDetail(summary: DatasetSummary, dataset: Dataset): DatasetDetail {
  return {
    ...summary,
    results: resultsOf(dataset),
    tables: dataset.tables.map((t) => ({ id: t.id, title: t.title })),
    indicators: dataset.indicators.map((i) => ({ id: i.id, name: i.name })),
  };
}

/** A stored summary with the check's answer (and the sheets skipped, when some were). */
function answer(summary: DatasetSummary, upload: PreparedUpload): DatasetAnswer {
  const skipped = upload.skipped.map((k) => ({ name: k.name, error: k.error }));
  return skipped.length > 0 ? { ...summary, ...upload.answer, skipped } : { ...summary, ...upload.answer };
}

/**
 * Checks an upload and builds its page data (in the worker pool) and, only when every file reads, stores it
 * (original bytes, checked rows, summary, role corrections) in one transaction. A refusal stores nothing. Role
 * corrections saved with earlier datasets of the same header are reused, but for the tables in `declined`.
 *
 * @example
 * const created = await createDataset(getStore(), upload.files, upload.name, readLimits(), upload.declined);
 * if (created.ok) created.value.id // '3f2b…'
 */
export async function createDataset(
  store: DatasetStore,
  files: readonly UploadedFile[],
  requestedName: string | null,
  limits: UploadLimits,
  declined: readonly string[] = [],
): Promise<ApiResult<DatasetAnswer>> {
  const id = newDatasetId();
  const createdAt = new Date();
  const name = datasetName(requestedName, files.map((f) => f.name));
  const target = { id, name, createdAt: createdAt.toISOString() };
  const upload = await analyseWithSavedRoles(files, declined, limits, store, (f, l) => prepareInPool(f, l, target));
  if (!upload.ok) return upload;
  const { prepared, recognised } = upload.value;
  const summary = await store.create({ id, name, createdAt, files: upload.value.files, prepared, recognised });
  return { ok: true, value: answer(summary, upload.value) };
}

/**
 * Checks a stored dataset again from its original bytes (after the engine improved) and
 * replaces its results. 404 for an unknown id; a file the new engine refuses keeps the old
 * results and gives the reader's 4xx.
 *
 * @example
 * await recheckDataset(getStore(), id, readLimits()) // { ok: true, value: { counts: … } }
 */
export async function recheckDataset(
  store: DatasetStore,
  id: string,
  limits: UploadLimits,
): Promise<ApiResult<DatasetAnswer>> {
  // The outline, not the whole dataset: a recheck never holds the old rows beside the new ones.
  const stored = await store.outline(id);
  const files = await store.files(id);
  if (!stored || !files) return refuse(404, notFoundMessage(id));
  // The role corrections the user made before saving are applied again.
  const rolesOf = (file: string) => stored.summary.recognised.filter((r) => r.file === file).flatMap((r) => r.roles ?? []);
  // And the header rows they chose.
  const headerRowsOf = (file: string) =>
    stored.summary.recognised.flatMap((r) => (r.file === file && r.table !== undefined && r.headerForced ? [{ table: r.table, ...r.headerForced }] : []));
  const upload = await prepareInPool(
    files.map((f) => ({ name: f.name, bytes: f.bytes, sheet: f.sheet, roles: rolesOf(f.name), headerRows: headerRowsOf(f.name) })),
    { ...limits, maxUploadBytes: Math.max(limits.maxUploadBytes, ...files.map((f) => f.size)) },
    { id, name: stored.summary.name, createdAt: stored.summary.createdAt },
  );
  if (!upload.ok) return upload;
  // Where a reused correction came from is still true after a recheck.
  const reusedOf = new Map(stored.summary.recognised.flatMap((r) => (r.table !== undefined && r.reused ? [[r.table, r.reused] as const] : [])));
  const recognised = upload.value.recognised.map((r) => {
    const reused = r.table === undefined ? undefined : reusedOf.get(r.table);
    return reused ? { ...r, reused } : r;
  });
  const summary = await store.replaceCheck(id, { prepared: upload.value.prepared, recognised });
  if (!summary) return refuse(404, notFoundMessage(id));
  return { ok: true, value: { ...summary, ...upload.value.answer } };
}

/**
 * The 404 message for a dataset id that is not (or no longer) stored.
 *
 * @example
 * notFoundMessage('3f2b…').vi // 'Không tìm thấy bộ dữ liệu "3f2b…". Có thể nó đã bị xoá.'
 */
export function notFoundMessage(id: string): Localized {
  return {
    vi: `Không tìm thấy bộ dữ liệu "${id}". Có thể nó đã bị xoá.`,
    en: `No dataset "${id}" was found. It may have been deleted.`,
  };
}

/**
 * A stored dataset's detail, or null.
 *
 * @example
 * await readDetail(getStore(), id) // { id, name, results: […], … }
 */
export async function readDetail(store: DatasetStore, id: string): Promise<DatasetDetail | null> {
  const stored: StoredDataset | null = await store.get(id);
  return stored ? toDetail(stored.summary, stored.dataset) : null;
}
