import 'server-only';
import type { KnownSource } from '../../extract/finding/known-values';
import type { Localized } from '../../i18n/lang';
import { knownFromDataset } from '../../prose/known-sources';
import type { ProseResponse } from '../../prose/types';
import { refuse, type ApiResult } from '../api/respond';
import { BUNDLED_DATASET_ID, getBundledDataset } from '../bundled-dataset';
import { readLimits } from '../config';
import { loadDataset } from '../data';
import { runInPool } from '../jobs/run-in-pool';
import { cleanFileName } from '../upload/detect-format';
import { readLimitedBody } from '../upload/read-body';
import type { ProseBody } from './check-prose-body';
import { matchRules, referenceSets } from '../references';

/** What a request asks to check: the body sent, and which datasets to search after the text. */
interface ProseInput {
  readonly body: ProseBody;
  /** Search the bundled tables in `data/` (default yes). */
  readonly bundled: boolean;
  /** An uploaded dataset to search last, by its id. */
  readonly dataset: string | null;
}

/** Room for multipart boundaries, part headers and the small fields. */
const MULTIPART_OVERHEAD = 64 * 1024;
const BUNDLED_LABEL: Localized = { vi: 'dữ liệu kèm theo', en: 'the bundled data' };

function mediaType(request: Request): string {
  return ((request.headers.get('content-type') ?? '').split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * A form or query flag: off for `false`, `0`, `false`, `off`; on otherwise (absent included).
 *
 * @example
 * flag('0') // false
 */
export function flag(value: unknown): boolean {
  return !(value === false || value === '0' || value === 'false' || value === 'off');
}

function datasetField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

async function fromMultipart(request: Request, limit: number): Promise<ApiResult<ProseInput>> {
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
  const options = { bundled: flag(form.get('bundled')), dataset: datasetField(form.get('dataset')) };
  const file = form.get('file');
  if (file !== null && typeof file !== 'string' && file.size > 0) {
    const name = cleanFileName(file.name, 'van-ban.txt');
    return { ok: true, value: { body: { kind: 'file', name, bytes: new Uint8Array(await file.arrayBuffer()) }, ...options } };
  }
  const text = form.get('text');
  return { ok: true, value: { body: { kind: 'text', text: typeof text === 'string' ? text : '' }, ...options } };
}

async function fromJson(request: Request, limit: number): Promise<ApiResult<ProseInput>> {
  const body = await readLimitedBody(request, limit, null);
  if (!body.ok) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body.value));
  } catch {
    return refuse(400, { vi: 'Nội dung JSON không hợp lệ. Hãy gửi {"text": "…"}.', en: 'The JSON body is not valid. Send {"text": "…"}.' });
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { text?: unknown }).text !== 'string') {
    return refuse(400, { vi: 'Thiếu trường "text" (chuỗi) trong JSON gửi lên.', en: 'The JSON body has no "text" field (a string).' });
  }
  const record = parsed as { text: string; bundled?: unknown; dataset?: unknown };
  return { ok: true, value: { body: { kind: 'text', text: record.text }, bundled: flag(record.bundled), dataset: datasetField(record.dataset) } };
}

async function fromPlainText(request: Request, limit: number): Promise<ApiResult<ProseInput>> {
  const url = new URL(request.url);
  const raw = url.searchParams.get('filename');
  const name = raw === null ? null : cleanFileName(raw, 'van-ban.txt');
  const body = await readLimitedBody(request, limit, name);
  if (!body.ok) return body;
  return {
    ok: true,
    value: { body: { kind: 'file', name, bytes: body.value }, bundled: flag(url.searchParams.get('bundled')), dataset: datasetField(url.searchParams.get('dataset')) },
  };
}

/**
 * Reads what `POST /api/prose` was sent: multipart (`file` .txt/.docx, or `text`; `bundled`, `dataset`),
 * JSON (`{ text, bundled?, dataset? }`) or a raw text body (`?filename=&bundled=&dataset=`). Every body
 * is size-checked while it streams.
 */
async function readInput(request: Request): Promise<ApiResult<ProseInput>> {
  const limit = readLimits().maxUploadBytes;
  const type = mediaType(request);
  if (type === 'multipart/form-data') return fromMultipart(request, limit);
  if (type === 'application/json') return fromJson(request, limit);
  if (type === 'text/plain' || type === '' || type === 'application/octet-stream') return fromPlainText(request, limit);
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || type === 'application/pdf') return fromPlainText(request, limit);
  return refuse(415, {
    vi: `Không nhận kiểu nội dung "${type}". Hãy gửi văn bản (text/plain), JSON {"text": "…"} hoặc multipart/form-data với trường "file" hay "text".`,
    en: `Content type "${type}" is not accepted. Send the text as text/plain, JSON {"text": "…"} or multipart/form-data with a "file" or "text" field.`,
  });
}

let bundledSource: KnownSource | null = null;

function bundled(): KnownSource {
  bundledSource ??= knownFromDataset(getBundledDataset(), 'tables', BUNDLED_LABEL);
  return bundledSource;
}

/**
 * The datasets a text is checked against, in order: the bundled tables (unless left out), then an
 * uploaded dataset, then the reference sets (the bundled Cao Bằng series with the bundled tables, and every
 * dataset marked as a reference); an unknown dataset is a 404.
 *
 * @example
 * const sources = await sourcesFor({ bundled: true, dataset: null }); // { ok: true, value: [bundled tables] }
 */
export async function sourcesFor(input: Pick<ProseInput, 'bundled' | 'dataset'>): Promise<ApiResult<KnownSource[]>> {
  const sources: KnownSource[] = [];
  if (input.bundled) sources.push(bundled());
  if (input.dataset !== null && input.dataset !== BUNDLED_DATASET_ID) {
    const dataset = await loadDataset(input.dataset);
    if (dataset === null) {
      return refuse(404, {
        vi: `Không tìm thấy bộ dữ liệu “${input.dataset}”. Có thể bộ dữ liệu đã bị xoá; hãy chọn lại.`,
        en: `No dataset “${input.dataset}” was found. It may have been deleted; choose again.`,
      });
    }
    const title = dataset.document.title;
    sources.push(knownFromDataset(dataset, 'upload', { vi: `bộ dữ liệu “${title}”`, en: `the dataset “${title}”` }));
  }
  sources.push(...(await referenceSets({ bundled: input.bundled })));
  return { ok: true, value: sources };
}

/**
 * Checks a report text sent to `POST /api/prose` and builds the JSON answer, or refuses it with a 4xx status
 * and a sentence in both languages: no text (400), a text over the character limit or a body over the upload limit
 * (413), a file that is not .txt, .docx or .pdf (415), a PDF without a text layer (422), an unknown dataset (404). The text is read and checked in
 * the worker pool (see run-in-pool.ts), so a slow or huge text is ended with 422 or 413 and the server goes on.
 *
 * @example
 * const answer = await checkProseRequest(request);
 * if (answer.ok) answer.value.claims.length // 184
 */
export async function checkProseRequest(request: Request): Promise<ApiResult<ProseResponse>> {
  const input = await readInput(request);
  if (!input.ok) return input;
  const sources = await sourcesFor(input.value);
  if (!sources.ok) return sources;
  const checked = await runInPool({ kind: 'check-prose', body: input.value.body, sources: sources.value, rules: await matchRules() });
  return checked.ok ? checked.value : checked;
}
