import 'server-only';
import type { z } from 'zod';
import type { Localized } from '../../i18n/lang';
import type { UploadLimits } from '../config';
import { refuse, type ApiResult } from '../api/respond';
import { cleanFileName } from './detect-format';
import { readLimitedBody, tooLargeMessage } from './read-body';
import { declinedTablesSchema, headerRowsCorrectionsSchema, roleCorrectionsSchema } from '../api/schemas';
import type { RoleCorrection } from '../../tables/apply-roles';
import type { HeaderRowsCorrection } from '../../tables/header-rows';

export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** For an .xlsx file: the sheet to read (the first visible one when absent). */
  readonly sheet?: string | null;
  /** The user's corrections of column roles (from the "Đã nhận ra" preview), by table name. */
  readonly roles?: readonly RoleCorrection[];
  /** The user's corrections of header rows (the preview), by table name. */
  readonly headerRows?: readonly HeaderRowsCorrection[];
}

export interface UploadRequest {
  readonly files: readonly UploadedFile[];
  /** The dataset name typed by the user (multipart `name` or `?name=`), if any. */
  readonly name: string | null;
  /** Tables whose saved role correction the user undid (multipart `declined`, a JSON list of table names). */
  readonly declined: readonly string[];
}

/** Room for multipart boundaries, part headers and the small text fields. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MAX_FILES = 10;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Raw body types taken as the file itself (curl's default form type included). */
const RAW_TYPES = new Set([
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  XLSX_TYPE,
]);

function mediaType(request: Request): string {
  const header = request.headers.get('content-type') ?? '';
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

function defaultFileName(type: string): string {
  if (type === 'text/tab-separated-values') return 'du-lieu.tsv';
  if (type === XLSX_TYPE) return 'du-lieu.xlsx';
  return 'du-lieu.csv';
}

function textField(value: FormDataEntryValue | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function queryField(url: URL, key: string): string | null {
  const value = url.searchParams.get(key);
  return value !== null && value.trim() !== '' ? value.trim() : null;
}

/**
 * A JSON form field checked by its schema: empty when absent, else the parsed value or a 400 with `refusal`.
 * @example readJsonField('[{"table":"a.csv","from":2,"to":3}]', headerRowsCorrectionsSchema, refusal) // { ok: true, value: [...] }
 */
function readJsonField<T>(text: string | null, schema: z.ZodType<T>, refusal: Localized): ApiResult<T | readonly never[]> {
  if (text === null) return { ok: true, value: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : refuse(400, refusal);
}

/** The `roles` field: a JSON list of corrections, or a 400 naming what is wrong with it. */
function readRoles(text: string | null): ApiResult<readonly RoleCorrection[]> {
  return readJsonField(text, roleCorrectionsSchema, {
    vi: 'Trường "roles" không hợp lệ: cần danh sách JSON dạng [{"table": "bang.csv", "column": 3, "role": "year"}].',
    en: 'The "roles" field is not valid: a JSON list like [{"table": "bang.csv", "column": 3, "role": "year"}] is needed.',
  });
}

/** The `headerRows` field: a JSON list of `{ table, from, to }`, or a 400 naming what is wrong with it. */
function readHeaderRows(text: string | null): ApiResult<readonly HeaderRowsCorrection[]> {
  return readJsonField(text, headerRowsCorrectionsSchema, {
    vi: 'Trường "headerRows" không hợp lệ: cần danh sách JSON dạng [{"table": "bang.csv", "from": 2, "to": 3}], số dòng nguyên từ 1, "from" không lớn hơn "to", tối đa 6 dòng.',
    en: 'The "headerRows" field is not valid: a JSON list like [{"table": "bang.csv", "from": 2, "to": 3}] is needed, whole line numbers from 1, "from" not after "to", at most 6 rows.',
  });
}

/** The `declined` field: a JSON list of table names, or a 400. */
function readDeclined(text: string | null): ApiResult<readonly string[]> {
  return readJsonField(text, declinedTablesSchema, {
    vi: 'Trường "declined" không hợp lệ: cần danh sách JSON tên bảng, dạng ["bang.csv"].',
    en: 'The "declined" field is not valid: a JSON list of table names like ["bang.csv"] is needed.',
  });
}

async function parseMultipart(request: Request, limits: UploadLimits): Promise<ApiResult<UploadRequest>> {
  const body = await readLimitedBody(request, limits.maxUploadBytes + MULTIPART_OVERHEAD, null, limits.maxUploadBytes);
  if (!body.ok) return body;
  let form: FormData;
  try {
    form = await new Response(body.value as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return refuse(400, {
      vi: 'Không đọc được nội dung tải lên (multipart/form-data bị hỏng). Hãy chọn lại tệp và gửi lại.',
      en: 'The upload could not be read (broken multipart/form-data). Choose the file again and resend it.',
    });
  }
  const entries = form.getAll('file');
  if (entries.length === 0) return refuse(400, {
      vi: 'Thiếu tệp: biểu mẫu tải lên cần trường "file" chứa bảng số liệu.',
      en: 'No file: the upload form needs a "file" field holding the table.',
    });
  if (entries.length > MAX_FILES) return refuse(400, { vi: `Mỗi lần chỉ tải lên tối đa ${MAX_FILES} tệp.`, en: `At most ${MAX_FILES} files may be uploaded at once.` });
  const sheet = textField(form.get('sheet'));
  const roles = readRoles(textField(form.get('roles')));
  if (!roles.ok) return roles;
  const headerRows = readHeaderRows(textField(form.get('headerRows')));
  if (!headerRows.ok) return headerRows;
  const declined = readDeclined(textField(form.get('declined')));
  if (!declined.ok) return declined;
  const files: UploadedFile[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      files.push({ name: 'du-lieu.csv', bytes: new TextEncoder().encode(entry), sheet, roles: roles.value, headerRows: headerRows.value });
      continue;
    }
    const name = cleanFileName(entry.name, 'du-lieu.csv');
    if (entry.size > limits.maxUploadBytes) return refuse(413, tooLargeMessage(name, entry.size, limits.maxUploadBytes));
    files.push({ name, bytes: new Uint8Array(await entry.arrayBuffer()), sheet, roles: roles.value, headerRows: headerRows.value });
  }
  return { ok: true, value: { files, name: textField(form.get('name')), declined: declined.value } };
}

/**
 * Takes an upload from either a raw body (`text/csv`, `text/tab-separated-values`, an .xlsx
 * type, or curl's default form type; file name from `?filename=`) or `multipart/form-data`
 * (fields `file`, one or more, plus optional `name` and `sheet`, the sheet of every .xlsx file, and the
 * preview's corrections `roles`, `headerRows` and `declined`, JSON lists). Bodies over the limit are
 * refused with 413 while streaming; other content types with 415.
 *
 * @example
 * const upload = await parseUploadRequest(request, readLimits());
 * if (upload.ok) upload.value.files[0]?.name // 'bang.csv'
 */
export async function parseUploadRequest(request: Request, limits: UploadLimits): Promise<ApiResult<UploadRequest>> {
  const type = mediaType(request);
  if (type === 'multipart/form-data') return parseMultipart(request, limits);
  if (type !== '' && !RAW_TYPES.has(type)) {
    return refuse(
      415,
      {
        vi: `Không nhận kiểu nội dung "${type}". Hãy gửi bảng dạng text/csv hoặc text/tab-separated-values, hoặc multipart/form-data với trường "file".`,
        en: `Content type "${type}" is not accepted. Send the table as text/csv or text/tab-separated-values, or as multipart/form-data with a "file" field.`,
      },
    );
  }
  const url = new URL(request.url);
  const name = cleanFileName(queryField(url, 'filename'), defaultFileName(type));
  const body = await readLimitedBody(request, limits.maxUploadBytes, name);
  if (!body.ok) return body;
  return {
    ok: true,
    value: { files: [{ name, bytes: body.value, sheet: queryField(url, 'sheet') }], name: queryField(url, 'name'), declined: [] },
  };
}
