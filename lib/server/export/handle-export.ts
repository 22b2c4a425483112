import 'server-only';
import { attachmentResponse } from '../api/respond';
import { exportFileName } from '../../export/file-name';
import { openDataset, type DatasetReader } from '../data';
import { buildExport, type BuiltExport } from './build-export';
import { csvStream } from './csv-stream';
import { parseExportRequest, type ExportRequest } from './export-request';
import { xlsxStream, type InfoLines } from './write-xlsx';
import { localize, type Lang, type Localized } from '../../i18n/lang';
import { requestLang } from '../api/request-lang';
import { formatSize, readBodyBytes } from '../upload/read-body';

export type ExportFormat = 'csv' | 'xlsx';

/** Largest JSON body accepted (20 000 keys of a few dozen bytes fit well within it). */
const MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const INFO = {
  vi: {
    sheet: 'Dữ liệu',
    infoSheet: 'Thông tin',
    document: 'Tài liệu',
    issuer: 'Cơ quan ban hành',
    date: 'Ngày tài liệu',
    title: 'Nội dung',
    section: 'Mục',
    notes: 'Ghi chú của bảng',
    rows: 'Số dòng',
    rowsValue: (n: number, total: number, filtered: boolean) =>
      filtered ? `${n} / ${total} (chỉ các dòng đang hiển thị sau khi lọc)` : `${n} (tất cả)`,
    exported: 'Xuất lúc',
    numbers: 'Số liệu',
    numbersValue: 'Số được lưu dạng số, hiển thị theo số chữ số thập phân như trong báo cáo.',
    safety: 'An toàn',
    safetyValue: "Ô chữ bắt đầu bằng =, +, -, @, tab hoặc CR được thêm dấu ' ở đầu để bảng tính không coi là công thức.",
    tool: 'Công cụ',
  },
  en: {
    sheet: 'Data',
    infoSheet: 'About',
    document: 'Document',
    issuer: 'Issuer',
    date: 'Document date',
    title: 'Content',
    section: 'Section',
    notes: 'Table notes',
    rows: 'Rows',
    rowsValue: (n: number, total: number, filtered: boolean) => (filtered ? `${n} / ${total} (only the rows shown after filters)` : `${n} (all)`),
    exported: 'Exported',
    numbers: 'Numbers',
    numbersValue: 'Numbers are stored as numbers, shown with the decimals the report prints.',
    safety: 'Safety',
    safetyValue: "Text cells starting with =, +, -, @, tab or CR get a leading ' so spreadsheets never read them as formulas.",
    tool: 'Tool',
  },
} as const;

function tooLargeText(size: number | null): Localized {
  const shown = (lang: Lang): string => (size === null ? `${lang === 'vi' ? 'hơn' : 'over'} ${formatSize(MAX_BODY_BYTES, lang)}` : formatSize(size, lang));
  return {
    vi: `Yêu cầu xuất dữ liệu quá lớn (${shown('vi')}); giới hạn là ${formatSize(MAX_BODY_BYTES, 'vi')}.`,
    en: `The export request is too large (${shown('en')}); the limit is ${formatSize(MAX_BODY_BYTES, 'en')}.`,
  };
}

function errorJson(status: 400 | 404 | 413 | 415, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

function infoLines(reader: DatasetReader, built: BuiltExport, request: ExportRequest, now: Date): InfoLines {
  const t = INFO[request.lang];
  const doc = reader.document;
  const when = new Intl.DateTimeFormat(request.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(now);
  const lines: [string, string][] = [
    [t.document, doc.title],
    [t.issuer, doc.issuer],
    [t.date, doc.date],
    [t.title, built.title],
  ];
  if (built.section) lines.push([t.section, built.section]);
  for (const note of built.notes) lines.push([t.notes, note]);
  lines.push(
    [t.rows, t.rowsValue(built.exported, built.total, built.filtered)],
    [t.exported, when],
    [t.numbers, t.numbersValue],
    [t.safety, t.safetyValue],
    [t.tool, 'soát số'],
  );
  return lines;
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, response: errorJson(415, 'Yêu cầu xuất dữ liệu phải gửi dạng JSON (application/json).') };
  }
  // Size-checked while it streams: a chunked body without Content-Length is cut off at the limit.
  const body = await readBodyBytes(request, MAX_BODY_BYTES);
  if (!body.ok) return { ok: false, response: errorJson(413, localize(tooLargeText(body.size), requestLang(request))) };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) as unknown };
  } catch {
    return { ok: false, response: errorJson(400, 'Yêu cầu xuất dữ liệu không phải JSON hợp lệ.') };
  }
}

/**
 * Answers `POST /api/export/csv` and `POST /api/export/xlsx`: validates the JSON body, builds the
 * sheet from the server's dataset and returns the file as an attachment with an ASCII name.
 * The file is streamed as its rows are read from the store, window by window.
 * Bad input gets a 4xx with `{ error: "<Vietnamese sentence>" }`.
 *
 * @example
 * await handleExport(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { kind: 'findings' } }) }), 'xlsx')
 * // Response 200, content-disposition: attachment; filename="ket-qua-kiem-tra-so-lieu.xlsx"
 */
export async function handleExport(request: Request, format: ExportFormat, now: Date = new Date()): Promise<Response> {
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const parsed = parseExportRequest(json.value);
  if (!parsed.ok) return errorJson(400, parsed.message);
  const req = parsed.value;
  const reader = await openDataset(req.dataset);
  if (!reader) return errorJson(404, `Không có bộ số liệu “${req.dataset ?? ''}”.`);
  const built = await buildExport(reader, req);
  if (!built.ok) return errorJson(404, built.message);

  const name = exportFileName(built.value.fileTitle, built.value.years, format);
  // Both formats are streamed: the rows are read from the store window by window as the client downloads.
  const t = INFO[req.lang];
  const body =
    format === 'csv'
      ? csvStream(built.value.columns, built.value.rows(), { delimiter: req.delimiter, numberStyle: req.numberStyle, bom: true })
      : xlsxStream(built.value, built.value.rows(), {
          sheetName: t.sheet,
          infoSheetName: t.infoSheet,
          info: infoLines(reader, built.value, req, now),
          created: now,
        });
  return attachmentResponse(body, CONTENT_TYPE[format], name, {
    'x-content-type-options': 'nosniff',
    'x-export-rows': String(built.value.exported),
  });
}
