import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST as createDataset } from '@/app/api/datasets/route';
import { POST } from '@/app/api/prose/route';
import { jsonRequest, multipartRequest, rawRequest } from '../testing/api-client';
import { makePdf, textPdf } from '../testing/make-pdf';
import { makeZip } from '../testing/make-zip';
import { useTempDataDir } from '../testing/temp-data-dir';
import { useSignedInUser } from '../testing/test-session';
import type { ProseResponse } from '../../prose/types';

useTempDataDir('soatso-prose-');
useSignedInUser('reviewer');

// A report table in the style of the Cao Bằng 2022 tables (data/), rows written for these tests.
const TABLE_ROWS = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'So sánh'],
  ['1', 'GDP bình quân đầu người', 'Triệu đồng', '10,6', '39,8', 'Tăng 3,8 lần'],
  ['2', 'Thu ngân sách', 'Tỷ đồng', '1.042,5', '1.563,7', 'Tăng 60%'],
];

function docxWithTable(): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const table = `<w:tbl>${TABLE_ROWS.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.')}${table}</w:body></w:document>`;
  return makeZip([{ name: 'word/document.xml', data: xml }]);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BUDGET = 'Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.';

function formRequest(fields: Record<string, string>): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return new Request('http://localhost/api/prose', { method: 'POST', body: form });
}

async function ok(request: Request): Promise<ProseResponse> {
  const response = await POST(request);
  expect(response.status).toBe(200);
  return (await response.json()) as ProseResponse;
}

describe('POST /api/prose', () => {
  it('checks pasted text against the text, then the bundled tables', async () => {
    const body = await ok(jsonRequest('/api/prose', 'POST', { text: BUDGET }));
    expect(body.claims.map((c) => c.verdict)).toEqual(['none', 'match']);
    expect(body.claims[1]?.from).toMatchObject({ value: 393.6, origin: 'tables', source: 'dữ liệu kèm theo — Mục II.6, bảng 2' });
    expect(body.input).toEqual({ name: null, format: 'paste', characters: BUDGET.length, pages: null });
    expect(body.pageBreaks).toEqual([]);
    // The bundled series is searched as tables, and is the bundled document's default reference (issue 15).
    expect(body.sources).toEqual([
      { origin: 'tables', label: 'dữ liệu kèm theo', labelEn: 'the bundled data', values: expect.any(Number) },
      { origin: 'reference', id: 'cao-bang', label: 'Số liệu Cao Bằng (kèm theo)', labelEn: 'Cao Bằng series (bundled)', values: expect.any(Number) },
    ]);
    expect(body.display.text).toBe(BUDGET);
    expect(body.display.spans[1]).toEqual({ start: body.claims[1]?.start, end: body.claims[1]?.end });
  });

  it('leaves the bundled tables out when asked', async () => {
    const body = await ok(formRequest({ text: BUDGET, bundled: '0' }));
    expect(body.claims[1]?.verdict).toBe('implied');
    expect(body.sources).toEqual([]);
  });

  it('reads an uploaded .txt file and re-flows it for display', async () => {
    const body = await ok(multipartRequest('/api/prose', 'bao-cao.txt', utf8('Tỷ trọng dịch vụ tăng từ 54% (năm 2018) \n\n lên 53% (năm 2023).')));
    expect(body.input).toMatchObject({ name: 'bao-cao.txt', format: 'txt' });
    expect(body.claims[0]?.verdict).toBe('wrong_direction');
    expect(body.checks.map((c) => c.kind)).toEqual(['direction-contradicts-values']);
    const span = body.display.spans[0];
    expect(span ? body.display.text.slice(span.start, span.end) : null).toBe('tăng từ 54% (năm 2018) lên 53% (năm 2023)');
  });

  it('reads a .docx', async () => {
    const docx = makeZip([
      { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tỷ lệ hộ nghèo giảm từ 10,5% năm 2018 xuống 11,2% năm 2023.</w:t></w:r></w:p></w:body></w:document>' },
    ]);
    const body = await ok(multipartRequest('/api/prose', 'bao-cao.docx', docx));
    expect(body.input.format).toBe('docx');
    expect(body.claims[0]?.verdict).toBe('wrong_direction');
  });

  it('reads a two-page PDF: every claim and check carries its page, the display its page break', async () => {
    const pdf = textPdf([
      ['Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng.'],
      ['Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng', '39,6% so với năm 2015.'],
    ]);
    const body = await ok(multipartRequest('/api/prose?bundled=0', 'bao-cao.pdf', pdf));
    expect(body.input).toMatchObject({ name: 'bao-cao.pdf', format: 'pdf', pages: 2 });
    expect(body.claims.map((c) => [c.page, c.verdict])).toEqual([
      [1, 'none'],
      [2, 'none'],
      [2, 'match'],
    ]);
    expect(body.pageBreaks).toEqual([{ page: 2, at: body.display.text.indexOf('Năm 2022') }]);
  });

  it('reads a .docx table as a report table, checked with its indicator names, apart from the prose', async () => {
    const body = await ok(multipartRequest('/api/prose?bundled=0', 'bao-cao.docx', docxWithTable()));
    expect(body.tables).toHaveLength(1);
    expect(body.tables[0]?.results.map((r) => [r.indicator, r.verdict])).toEqual([
      ['GDP bình quân đầu người', 'match'],
      ['Thu ngân sách', 'mismatch'],
    ]);
    expect(body.claims.map((c) => c.indicator)).not.toContain(null);
    expect(body.claims.some((c) => c.text.includes('3,8 lần'))).toBe(false);
  });

  it('reads a table-like block of a PDF as a report table, with its page', async () => {
    const COLUMNS = [20, 60, 200, 290, 360, 430];
    const row = (y: number, cells: string[]) => cells.map((text, i) => ({ text, x: COLUMNS[i] ?? 0, y }));
    const pdf = makePdf([
      { lines: [{ text: 'Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng.', y: 780 }] },
      { lines: TABLE_ROWS.flatMap((cells, i) => row(700 - i * 14, cells)) },
    ]);
    const body = await ok(multipartRequest('/api/prose?bundled=0', 'bao-cao.pdf', pdf));
    expect(body.tables.map((t) => [t.index, t.page, t.results.map((r) => r.verdict)])).toEqual([[1, 2, ['match', 'mismatch']]]);
  });

  it('reads a raw text/plain body', async () => {
    const body = await ok(rawRequest('/api/prose?bundled=0', BUDGET, 'text/plain; charset=utf-8'));
    expect(body.claims[1]?.verdict).toBe('implied');
  });

  it('searches an uploaded dataset after the bundled tables', async () => {
    const csv = ['STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2022', '1;Số doanh nghiệp;Doanh nghiệp;1.109;1.894'].join('\n');
    const created = await createDataset(multipartRequest('/api/datasets', 'doanh-nghiep.csv', utf8(csv), { name: 'Doanh nghiệp' }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const text = 'Năm 2022 toàn tỉnh có 1.894 doanh nghiệp, tăng 785 doanh nghiệp so với năm 2015.';
    const without = await ok(formRequest({ text }));
    const withUpload = await ok(formRequest({ text, dataset: id }));
    expect(without.claims.at(-1)?.verdict).toBe('implied');
    expect(withUpload.claims.at(-1)).toMatchObject({ verdict: 'match', from: { value: 1109, origin: 'upload' } });
    expect(withUpload.sources.map((s) => s.origin)).toEqual(['tables', 'upload', 'reference']);
  });
});

describe('edge cases: refusals are 4xx with one Vietnamese sentence', () => {
  it.each<[string, () => Request, number, string]>([
    ['no text', () => formRequest({ text: '   ' }), 400, 'Chưa có văn bản'],
    ['JSON without text', () => jsonRequest('/api/prose', 'POST', { van_ban: 'x' }), 400, 'Thiếu trường "text"'],
    ['broken JSON', () => rawRequest('/api/prose', '{"text": ', 'application/json'), 400, 'JSON không hợp lệ'],
    ['a text that is too long', () => jsonRequest('/api/prose', 'POST', { text: 'Năm 2022 đạt 5 tỷ đồng. '.repeat(20_000) }), 413, 'Văn bản quá dài (480.000 ký tự)'],
    ['a broken PDF', () => multipartRequest('/api/prose', 'bao-cao.pdf', utf8('%PDF-1.7')), 400, 'bao-cao.pdf: tệp PDF bị hỏng'],
    ['a scanned PDF', () => multipartRequest('/api/prose', 'quet.pdf', makePdf([{ image: true }])), 422, 'quet.pdf: tệp PDF không có lớp chữ'],
    ['an Excel file', () => multipartRequest('/api/prose', 'bang.xlsx', makeZip([{ name: 'xl/workbook.xml', data: '<w/>' }])), 415, 'bang.xlsx: đây là bảng tính Excel'],
    ['another content type', () => rawRequest('/api/prose', '<p>x</p>', 'text/html'), 415, 'Không nhận kiểu nội dung "text/html"'],
    ['an unknown dataset', () => formRequest({ text: BUDGET, dataset: '0123456789abcdef0123456789abcdef' }), 404, 'Không tìm thấy bộ dữ liệu'],
    ['a body over the upload limit', () => rawRequest('/api/prose', 'x', 'text/plain', { 'content-length': String(50 * 1024 * 1024) }), 413, 'quá lớn'],
  ])('%s', async (_name, request, status, message) => {
    const response = await POST(request());
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain(message);
    expect(body.error).not.toContain('\n');
  });

  it('checks the seed document sent as a file', async () => {
    const seed = new Uint8Array(readFileSync(join(process.cwd(), '..', 'shared', 'seed', '000_240dbfc099c0156e.txt')));
    const body = await ok(multipartRequest('/api/prose', '000_240dbfc099c0156e.txt', seed));
    expect(body.claims.find((c) => c.verdict === 'wrong_direction')?.indicator).toBe('dịch vụ');
    expect(body.checks.filter((c) => c.severity === 'error')).toHaveLength(3);
    expect(body.display.spans.every((s) => s !== null)).toBe(true);
  });
});
