import 'server-only';
import { toCsv } from '../../export/csv';
import { exportFileName } from '../../export/file-name';
import { loadDataset } from '../data';
import { buildExport, type BuiltExport } from './build-export';
import { parseExportRequest, type ExportRequest } from './export-request';
import { writeXlsx, type InfoLines } from './write-xlsx';
import type { Dataset } from '../../dataset/types';

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

function errorJson(status: 400 | 404 | 413 | 415, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

function infoLines(dataset: Dataset, built: BuiltExport, request: ExportRequest, now: Date): InfoLines {
  const t = INFO[request.lang];
  const doc = dataset.document;
  const when = new Intl.DateTimeFormat(request.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(now);
  const lines: [string, string][] = [
    [t.document, doc.title],
    [t.issuer, doc.issuer],
    [t.date, doc.date],
    [t.title, built.sheet.title],
  ];
  if (built.section) lines.push([t.section, built.section]);
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
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_BODY_BYTES) return { ok: false, response: errorJson(413, 'Yêu cầu xuất dữ liệu quá lớn.') };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: errorJson(413, 'Yêu cầu xuất dữ liệu quá lớn.') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: errorJson(400, 'Yêu cầu xuất dữ liệu không phải JSON hợp lệ.') };
  }
}

/**
 * Answers `POST /api/export/csv` and `POST /api/export/xlsx`: validates the JSON body, builds the
 * sheet from the server's dataset and returns the file as an attachment with an ASCII name.
 * Bad input gets a 4xx with `{ error: "<Vietnamese sentence>" }`.
 *
 * @example
 * await handleExport(new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { kind: 'findings' } }) }), 'xlsx')
 * // Response 200, content-disposition: attachment; filename="ket-qua-kiem-tra-so-lieu.xlsx"
 */
export async function handleExport(request: Request, format: ExportFormat, now: Date = new Date()): Promise<Response> {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = parseExportRequest(body.value);
  if (!parsed.ok) return errorJson(400, parsed.message);
  const req = parsed.value;
  const dataset = await loadDataset(req.dataset);
  if (!dataset) return errorJson(404, `Không có bộ số liệu “${req.dataset ?? ''}”.`);
  const built = buildExport(dataset, req);
  if (!built.ok) return errorJson(404, built.message);

  const name = exportFileName(built.value.fileTitle, built.value.years, format);
  let bytes: Uint8Array;
  if (format === 'csv') {
    bytes = new TextEncoder().encode(toCsv(built.value.sheet, { delimiter: req.delimiter, numberStyle: req.numberStyle, bom: true }));
  } else {
    const t = INFO[req.lang];
    bytes = await writeXlsx(built.value.sheet, {
      sheetName: t.sheet,
      infoSheetName: t.infoSheet,
      info: infoLines(dataset, built.value, req, now),
      created: now,
    });
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPE[format],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-export-rows': String(built.value.exported),
    },
  });
}
