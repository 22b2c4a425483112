import 'server-only';
import { compareVersions, type VersionComparison } from '../../documents/compare-versions';
import { toDocumentResult } from '../../documents/document-result';
import type { DocumentSummary, StoredDocument } from '../../documents/types';
import { refuse, type ApiResult } from '../api/respond';
import { readLimits } from '../config';
import { runInPool } from '../jobs/run-in-pool';
import type { CheckedBody } from '../prose/check-prose-body';
import { flag, sourcesFor } from '../prose/prose-request';
import { matchRules } from '../references';
import type { DocumentOptions, DocumentStore } from '../store/document-store';
import { newDatasetId } from '../store/dataset-id';
import { cleanFileName } from '../upload/detect-format';
import { readLimitedBody } from '../upload/read-body';
import { documentIdFrom, unknownDocument } from './document-id';

/**
 * Stored documents: a text file checked and kept (`POST /api/documents`), read back, checked again
 * with the current engine, and its versions compared. The file is read and checked in the worker
 * pool like `POST /api/prose`; the store keeps each version in one transaction.
 */

/** The sources of `/van-ban`'s defaults: the bundled tables, no uploaded dataset. */
const DEFAULT_OPTIONS: DocumentOptions = { bundled: true, dataset: null };

/** Room for multipart boundaries, part headers and the small fields. */
const MULTIPART_OVERHEAD = 64 * 1024;

interface DocumentUpload {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly versionOf: string | null;
  /** The sources asked for; `null` when the form names none (a new version then keeps its document's). */
  readonly options: DocumentOptions | null;
}

const NO_FILE = {
  vi: 'Chưa có tệp: hãy gửi multipart/form-data với trường "file" (.txt, .docx hoặc .pdf).',
  en: 'There is no file: send multipart/form-data with a "file" field (.txt, .docx or .pdf).',
};

async function readUpload(request: Request): Promise<ApiResult<DocumentUpload>> {
  const type = ((request.headers.get('content-type') ?? '').split(';')[0] ?? '').trim().toLowerCase();
  if (type !== 'multipart/form-data') return refuse(415, NO_FILE);
  const limit = readLimits().maxUploadBytes;
  const body = await readLimitedBody(request, limit + MULTIPART_OVERHEAD, null, limit);
  if (!body.ok) return body;
  let form: FormData;
  try {
    form = await new Response(body.value as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return refuse(400, {
      vi: 'Không đọc được nội dung gửi lên (multipart/form-data bị hỏng). Hãy chọn lại tệp và gửi lại.',
      en: 'The request could not be read (broken multipart/form-data). Choose the file again and resend it.',
    });
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string' || file.size === 0) return refuse(400, NO_FILE);
  const rawVersionOf = form.get('versionOf');
  let versionOf: string | null = null;
  if (typeof rawVersionOf === 'string' && rawVersionOf.trim() !== '') {
    const id = documentIdFrom(rawVersionOf.trim());
    if (!id.ok) return id;
    versionOf = id.value;
  }
  const dataset = form.get('dataset');
  const asked = form.has('bundled') || form.has('dataset');
  return {
    ok: true,
    value: {
      name: cleanFileName(file.name, 'tai-lieu.txt'),
      bytes: new Uint8Array(await file.arrayBuffer()),
      versionOf,
      options: asked ? { bundled: flag(form.get('bundled')), dataset: typeof dataset === 'string' && dataset.trim() !== '' ? dataset.trim() : null } : null,
    },
  };
}

/** Reads and checks a file in the worker pool against the sources its options name. */
async function checkFile(name: string, bytes: Uint8Array, options: DocumentOptions): Promise<ApiResult<CheckedBody>> {
  const sources = await sourcesFor(options);
  if (!sources.ok) return sources;
  const checked = await runInPool({ kind: 'check-document', body: { kind: 'file', name, bytes }, sources: sources.value, rules: await matchRules() });
  return checked.ok ? checked.value : checked;
}

function formatOf(format: CheckedBody['response']['input']['format']): DocumentSummary['format'] {
  return format === 'paste' ? 'txt' : format;
}

/**
 * Checks the uploaded file and stores it (as the next version of `versionOf` when given); the stored
 * document, or a 4xx naming the file. A new version that names no sources (`bundled`, `dataset`) is
 * checked against the same ones as the version it follows, so that the comparison compares like with like.
 *
 * @example
 * const created = await createDocument(getDocumentStore(), request);
 * if (created.ok) created.value.summary.version // 1
 */
export async function createDocument(store: DocumentStore, request: Request): Promise<ApiResult<StoredDocument>> {
  const upload = await readUpload(request);
  if (!upload.ok) return upload;
  const { name, bytes, versionOf } = upload.value;
  const earlier = versionOf === null ? null : await store.documentFile(versionOf);
  if (versionOf !== null && earlier === null) return unknownDocument(versionOf);
  const options = upload.value.options ?? earlier?.options ?? DEFAULT_OPTIONS;
  const checked = await checkFile(name, bytes, options);
  if (!checked.ok) return checked;
  const id = newDatasetId();
  const { response, text } = checked.value;
  const stored = await store.createDocument({
    id,
    versionOf,
    name,
    format: formatOf(response.input.format),
    bytes,
    text,
    pages: response.input.pages,
    options,
    result: toDocumentResult(response),
  });
  if (stored === null && versionOf !== null) return unknownDocument(versionOf);
  const document = await store.getDocument(id);
  if (document === null) return unknownDocument(id);
  return { ok: true, value: document };
}

/**
 * A stored document, or a 400/404.
 *
 * @example
 * const document = await readDocument(getDocumentStore(), id);
 */
export async function readDocument(store: DocumentStore, rawId: string): Promise<ApiResult<StoredDocument>> {
  const id = documentIdFrom(rawId);
  if (!id.ok) return id;
  const document = await store.getDocument(id.value);
  return document === null ? unknownDocument(id.value) : { ok: true, value: document };
}

/**
 * Checks a stored document's original file again with this engine and replaces its findings.
 *
 * @example
 * const rechecked = await recheckDocument(getDocumentStore(), id);
 */
export async function recheckDocument(store: DocumentStore, rawId: string): Promise<ApiResult<StoredDocument>> {
  const id = documentIdFrom(rawId);
  if (!id.ok) return id;
  const file = await store.documentFile(id.value);
  if (file === null) return unknownDocument(id.value);
  const checked = await checkFile(file.name, file.bytes, file.options);
  if (!checked.ok) return checked;
  if ((await store.replaceDocumentCheck(id.value, toDocumentResult(checked.value.response))) === null) return unknownDocument(id.value);
  return readDocument(store, id.value);
}

/** Every version of a document, and each one compared with the one before. */
export interface DocumentVersions {
  readonly versions: readonly DocumentSummary[];
  readonly comparisons: readonly { readonly from: string; readonly to: string; readonly comparison: VersionComparison }[];
}

/**
 * The versions of the document `id` belongs to, each compared with the one before it.
 *
 * @example
 * const versions = await documentVersions(getDocumentStore(), id);
 * if (versions.ok) versions.value.comparisons[0]?.comparison.counts // { fixed: 1, unchanged: 5, new: 1 }
 */
export async function documentVersions(store: DocumentStore, rawId: string): Promise<ApiResult<DocumentVersions>> {
  const id = documentIdFrom(rawId);
  if (!id.ok) return id;
  const versions = await store.documentVersions(id.value);
  if (versions.length === 0) return unknownDocument(id.value);
  const documents: StoredDocument[] = [];
  for (const v of versions) {
    const document = await store.getDocument(v.id);
    if (document !== null) documents.push(document);
  }
  const comparisons = documents.slice(1).map((later, i) => {
    const earlier = documents[i] as StoredDocument;
    return { from: earlier.summary.id, to: later.summary.id, comparison: compareVersions(earlier, later) };
  });
  return { ok: true, value: { versions, comparisons } };
}
