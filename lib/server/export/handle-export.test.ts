import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../bundled-dataset';
import { memoryReader } from '../data';
import { buildExport } from './build-export';
import { handleExport, type ExportFormat } from './handle-export';

const NOW = new Date('2024-05-01T03:00:00Z');

/** UTF-8 text, keeping the BOM (TextDecoder drops it by default). */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function post(body: unknown, contentType = 'application/json'): Request {
  return new Request('http://localhost/api/export/x', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function exportBytes(body: unknown, format: ExportFormat): Promise<{ response: Response; bytes: Uint8Array }> {
  const response = await handleExport(post(body), format, NOW);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('Dữ liệu') ?? workbook.getWorksheet('Data');
  if (!sheet) throw new Error('no data sheet');
  return sheet;
}

const dataset = getBundledDataset();
const TABLE = dataset.tables.find((t) => t.id === 'bang-2-2009-2022');

describe('handleExport on the bundled data', () => {
  it('CSV of one table: BOM, header, one line per row, ASCII file name', async () => {
    const { response, bytes } = await exportBytes({ source: { kind: 'table', id: 'bang-2-2009-2022' } }, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="bang-2-mot-so-chi-tieu-nam-2022-so-voi-nam-2009.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decode(bytes).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('STT;Chỉ tiêu;ĐVT;2009;2022;Nhận định trong báo cáo;Tính lại;Đơn vị tính lại;Kết luận;Mã kết luận;Diễn giải;Cảnh báo dữ liệu;Ghi chú;Nguồn;Tệp:dòng');
    expect(lines).toHaveLength((TABLE?.rows.length ?? 0) + 1);
  });

  it('XLSX of the visible rows only, in the order asked, numbers as numbers, verdict column present', async () => {
    const keys = (TABLE?.rows ?? []).slice(0, 3).map((r) => r.key).reverse();
    const { response, bytes } = await exportBytes({ source: { kind: 'table', id: 'bang-2-2009-2022' }, keys }, 'xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-export-rows')).toBe('3');
    const ws = await readXlsx(bytes);
    expect(ws.rowCount).toBe(4);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Kết luận');
    expect(header).toContain('Nguồn');
    const indicatorCol = header.indexOf('Chỉ tiêu') + 1;
    const firstYearCol = header.indexOf('2009') + 1;
    const rows = (TABLE?.rows ?? []).slice(0, 3).reverse();
    rows.forEach((row, i) => {
      expect(ws.getRow(i + 2).getCell(indicatorCol).value).toBe(row.indicator);
      const cell = ws.getRow(i + 2).getCell(firstYearCol);
      const value = row.cells.find((c) => c.year === 2009)?.value;
      if (typeof value === 'number') {
        expect(cell.type).toBe(ExcelJS.ValueType.Number);
        expect(cell.value).toBe(value);
      }
    });
  });

  it('findings: every claim, worst first, with a table column', async () => {
    const { bytes, response } = await exportBytes({ source: { kind: 'findings' }, lang: 'en' }, 'xlsx');
    expect(response.headers.get('content-disposition')).toContain('filename="verification-results.xlsx"');
    const ws = await readXlsx(bytes);
    expect(ws.rowCount).toBe(dataset.claims.length + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const code = header.indexOf('Verdict code') + 1;
    expect(ws.getRow(2).getCell(code).value).toBe('wrong_direction');
    expect(header).toContain('Table');
  });

  it('indicator series: plain numbers with a comma delimiter', async () => {
    const { bytes, response } = await exportBytes(
      { source: { kind: 'indicator', id: 'thu-ngan-sach-tren-dia-ban' }, delimiter: ',', numberStyle: 'plain' },
      'csv',
    );
    expect(response.status).toBe(200);
    const text = decode(bytes);
    expect(text.startsWith('\uFEFFNăm,Giá trị (Tỷ đồng),')).toBe(true);
    const indicator = dataset.indicators.find((i) => i.id === 'thu-ngan-sach-tren-dia-ban');
    expect(text.trimEnd().split('\r\n')).toHaveLength((indicator?.points.length ?? 0) + 1);
  });
});

describe('buildExport', () => {
  it.each([
    [{ kind: 'table', id: 'nope' } as const, 'Không có bảng “nope”'],
    [{ kind: 'indicator', id: 'nope' } as const, 'Không có chỉ tiêu “nope”'],
  ])('%j is not found', async (source, message) => {
    const built = await buildExport(memoryReader(dataset), { source, keys: null, lang: 'vi', delimiter: ';', numberStyle: 'vi' });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.message).toContain(message);
  });

  it('says when the rows were filtered', async () => {
    const built = await buildExport(memoryReader(dataset), { source: { kind: 'findings' }, keys: [dataset.claims[0]?.key ?? ''], lang: 'vi', delimiter: ';', numberStyle: 'vi' });
    expect(built.ok && [built.value.exported, built.value.total, built.value.filtered]).toEqual([1, dataset.claims.length, true]);
  });
});

describe('edge cases', () => {
  it.each<[unknown, string, number]>([
    ['{', 'application/json', 400],
    [{ source: { kind: 'pdf' } }, 'application/json', 400],
    [{ source: { kind: 'table', id: 'khong-co' } }, 'application/json', 404],
    [{ source: { kind: 'findings' }, dataset: 'khong-co' }, 'application/json', 404],
    [{ source: { kind: 'findings' } }, 'text/plain', 415],
  ])('%j as %s → %d with a Vietnamese error', async (body, type, status) => {
    const response = await handleExport(post(body, type), 'xlsx', NOW);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: string };
    expect(json.error.length).toBeGreaterThan(10);
  });

  it('an empty key list exports the header only', async () => {
    const { bytes } = await exportBytes({ source: { kind: 'findings' }, keys: [] }, 'csv');
    expect(decode(bytes).trimEnd().split('\r\n')).toHaveLength(1);
  });
});
