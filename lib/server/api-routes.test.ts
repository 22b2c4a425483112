import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DELETE, GET as getOne, PATCH } from '@/app/api/datasets/[id]/route';
import { POST as recheck } from '@/app/api/datasets/[id]/recheck/route';
import { GET as list, POST as create } from '@/app/api/datasets/route';
import { POST as sheets } from '@/app/api/sheets/route';
import { POST as verify } from '@/app/api/verify/route';
import type { DatasetAnswer, DatasetDetail, DatasetSummary, VerifyResponse } from '../upload/types';
import { loadDataset } from './data';
import { jsonRequest, multipartRequest, rawRequest, routeContext } from './testing/api-client';
import { makeWorkbook } from './testing/make-workbook';
import { SAMPLE_CSV } from './testing/sample-tables';
import { useTempDataDir } from './testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from './testing/test-session';

const dataDir = useTempDataDir('soatso-api-');
useSignedInUser('reviewer');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function createSample(name?: string): Promise<DatasetDetail & DatasetAnswer> {
  const response = await create(multipartRequest('/api/datasets', 'bang.csv', utf8(SAMPLE_CSV), name ? { name } : {}));
  expect(response.status).toBe(201);
  return (await response.json()) as DatasetDetail & DatasetAnswer;
}

describe('POST /api/verify', () => {
  it('checks a raw text/csv body and returns spec §4 results', async () => {
    const response = await verify(rawRequest('/api/verify', SAMPLE_CSV, 'text/csv'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as VerifyResponse;
    expect(body.results[0]).toMatchObject({
      row: 3,
      indicator: 'GDP bình quân đầu người',
      unit: 'Triệu đồng',
      from: { year: 2015, value: 10.6 },
      to: { year: 2020, value: 39.8 },
      claim: 'Tăng 3,8 lần',
      verdict: 'match',
      computed: 3.7547,
      message: '39,8 / 10,6 = 3,75 → làm tròn 3,8',
    });
    expect(body.results.map((r) => r.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
    expect(body.recognised[0]).toMatchObject({ file: 'du-lieu.csv', encoding: 'utf-8', delimiter: ';', headerRow: 2 });
  });

  it('reads a UTF-16 tab file (Excel "Unicode Text") sent as text/tab-separated-values', async () => {
    const text = SAMPLE_CSV.replaceAll(';', '\t');
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    const response = await verify(rawRequest('/api/verify', bytes, 'text/tab-separated-values'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as VerifyResponse;
    expect(body.recognised[0]).toMatchObject({
      file: 'du-lieu.tsv',
      encoding: 'utf-16le',
      delimiter: '\t',
      compare: { from: 2015, to: 2020 },
      indicatorCount: 3,
    });
    expect(body.results.map((r) => r.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
  });

  it('takes a multipart file, curl style', async () => {
    const response = await verify(multipartRequest('/api/verify', 'Bảng 1.csv', utf8(SAMPLE_CSV)));
    const body = (await response.json()) as VerifyResponse;
    expect(body.results[0]?.file).toBe('Bảng 1.csv');
  });

  it('stores nothing', async () => {
    await verify(rawRequest('/api/verify', SAMPLE_CSV, 'text/csv'));
    const body = (await (await list(new Request('http://localhost/api/datasets'))).json()) as { datasets: DatasetSummary[] };
    expect(body.datasets.filter((d) => d.files[0]?.name === 'du-lieu.csv')).toEqual([]);
  });
});

describe('the dataset resource', () => {
  it('POST stores a dataset: 201, Location, summary, results and links', async () => {
    const response = await create(multipartRequest('/api/datasets', 'bang.csv', utf8(SAMPLE_CSV), { name: 'Quý 1' }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as DatasetDetail;
    expect(response.headers.get('location')).toBe(`/api/datasets/${body.id}`);
    expect(body).toMatchObject({
      name: 'Quý 1',
      claimCount: 3,
      counts: { match: 1, mismatch: 1, wrong_direction: 1 },
      files: [{ name: 'bang.csv', format: 'csv', size: utf8(SAMPLE_CSV).length }],
      tables: [{ id: 'bang', title: 'BẢNG 1. Một số chỉ tiêu' }],
    });
    // Grammar: start hex-digit{32} end, hex-digit := 0-9 | a-f. Example: "0123456789abcdef0123456789abcdef".
    expect(body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.results).toHaveLength(3);
    expect(body.indicators.map((i) => i.name)).toContain('GDP bình quân đầu người');
  });

  it('GET lists it and GET /:id reads it back', async () => {
    const created = await createSample('Đọc lại');
    const listed = (await (await list(new Request('http://localhost/api/datasets'))).json()) as { datasets: DatasetSummary[] };
    expect(listed.datasets.map((d) => d.id)).toContain(created.id);
    const one = await getOne(new Request('http://localhost'), routeContext(created.id));
    expect(one.status).toBe(200);
    // The answer to the upload is the stored detail plus its worst findings and the data-quality review's counts.
    const { findings, quality, ...detail } = created;
    expect(await one.json()).toEqual(detail);
    expect(findings.map((r) => r.verdict)).toEqual(['wrong_direction', 'mismatch', 'match']);
    expect(quality).toEqual({ warnings: 0, notes: 0 });
  });

  it('the page data façade serves an uploaded dataset by id', async () => {
    const created = await createSample('Cho trang');
    const dataset = await loadDataset(created.id);
    expect(dataset?.document.title).toBe('Cho trang');
    expect(dataset?.claims.map((c) => c.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
  });

  it('without a name, the dataset is named after the file', async () => {
    const created = await createSample();
    expect(created.name).toBe('bang');
  });

  it('PATCH renames', async () => {
    const created = await createSample();
    const response = await PATCH(jsonRequest('/', 'PATCH', { name: '  Báo cáo <b>quý 2</b> ' }), routeContext(created.id));
    expect(response.status).toBe(200);
    expect(((await response.json()) as DatasetSummary).name).toBe('Báo cáo <b>quý 2</b>');
  });

  it('DELETE removes the dataset: 204, then 404', async () => {
    const created = await createSample();
    const deleted = await DELETE(new Request('http://localhost', { method: 'DELETE', headers: testSessionHeaders() }), routeContext(created.id));
    expect(deleted.status).toBe(204);
    const again = await getOne(new Request('http://localhost'), routeContext(created.id));
    expect(again.status).toBe(404);
    expect(await loadDataset(created.id)).toBeNull();
  });

  it('recheck re-reads the stored bytes and gives the same verdicts', async () => {
    const created = await createSample();
    const response = await recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(created.id));
    expect(response.status).toBe(200);
    const body = (await response.json()) as DatasetDetail;
    expect(body.counts).toEqual(created.counts);
    expect(body.checkedAt >= created.checkedAt).toBe(true);
  });

  it('stores an XLSX upload with its sheet and recognition', async () => {
    const bytes = await makeWorkbook([
      { name: 'Ghi chú', rows: [['Trang ghi chú']] },
      {
        name: 'Bảng 2',
        rows: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'Năm 2020 so với năm 2015'],
          [1, 'GDP', 'Triệu đồng', { value: 10.6, numFmt: '0.0' }, { value: 39.8, numFmt: '0.0' }, 'Tăng 3,8 lần'],
        ],
      },
    ]);
    const listing = await sheets(multipartRequest('/api/sheets', 'bang.xlsx', bytes));
    expect(await listing.json()).toEqual({ file: 'bang.xlsx', sheets: ['Ghi chú', 'Bảng 2'] });
    const response = await create(multipartRequest('/api/datasets', 'bang.xlsx', bytes, { sheet: 'Bảng 2' }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as DatasetDetail;
    expect(body.recognised[0]).toMatchObject({
      file: 'bang.xlsx',
      format: 'xlsx',
      sheet: 'Bảng 2',
      sheets: ['Ghi chú', 'Bảng 2'],
      encoding: null,
      delimiter: null,
      headerRow: 1,
    });
    expect(body.files[0]).toMatchObject({ format: 'xlsx', sheet: 'Bảng 2', size: bytes.length });
    expect(body.results[0]?.verdict).toBe('match');
  });
});

describe('edge cases', () => {
  it.each([
    ['cao-bang'],
    ['../../etc/passwd'],
    ['0123456789ABCDEF0123456789ABCDEF'],
    ['x'.repeat(500)],
  ])('GET /api/datasets/%s is a 400, not a lookup', async (id) => {
    const response = await getOne(new Request('http://localhost'), routeContext(id));
    expect(response.status).toBe(400);
    // Grammar: start 'Mã bộ dữ liệu "' any{1,41} '" không hợp lệ'. Example: 'Mã bộ dữ liệu "x" không hợp lệ.' matches.
    expect(((await response.json()) as { error: string }).error).toMatch(/^Mã bộ dữ liệu ".{1,41}" không hợp lệ/);
  });

  // Grammar of each message pattern: a literal phrase anywhere in the error; the one with "^" must open it.
  // Example: /dài quá 200 ký tự/ matches "Tên bộ dữ liệu dài quá 200 ký tự."
  it.each([
    ['an empty name', { name: '   ' }, 400, /Tên bộ dữ liệu không được để trống/],
    ['a name too long', { name: 'a'.repeat(201) }, 400, /dài quá 200 ký tự/],
    ['a name that is not text', { name: 5 }, 400, /^Trường "name"/],
    ['an unknown field', { name: 'a', admin: true }, 400, /có trường không được nhận/],
    ['not JSON', '{name:', 400, /không phải JSON hợp lệ/],
  ])('PATCH with %s is refused', async (_label, body, status, message) => {
    const created = await createSample();
    const response = await PATCH(jsonRequest('/', 'PATCH', body), routeContext(created.id));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('PATCH with a non-JSON content type is a 415', async () => {
    const created = await createSample();
    const response = await PATCH(jsonRequest('/', 'PATCH', 'name=x', 'application/x-www-form-urlencoded'), routeContext(created.id));
    expect(response.status).toBe(415);
  });

  it.each([
    ['PATCH', async (id: string) => PATCH(jsonRequest('/', 'PATCH', { name: 'x' }), routeContext(id))],
    ['DELETE', async (id: string) => DELETE(new Request('http://localhost', { method: 'DELETE', headers: testSessionHeaders() }), routeContext(id))],
    ['recheck', async (id: string) => recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(id))],
  ])('%s of an unknown id is a 404', async (_label, call) => {
    const response = await call('0'.repeat(32));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('Không tìm thấy bộ dữ liệu');
  });

  it('POST /api/sheets of a CSV lists no sheets', async () => {
    const response = await sheets(multipartRequest('/api/sheets', 'bang.csv', utf8(SAMPLE_CSV)));
    expect(await response.json()).toEqual({ file: 'bang.csv', sheets: [] });
  });

  it('a store that cannot be opened answers 503 JSON saying the server is at fault', async () => {
    // A data directory below a plain file cannot be created (ENOTDIR).
    const blocker = join(dataDir(), 'not-a-directory');
    writeFileSync(blocker, 'x');
    process.env.SOATSO_DATA_DIR = join(blocker, 'data');
    try {
      const response = await create(multipartRequest('/api/datasets', 'bang.csv', utf8(SAMPLE_CSV)));
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toContain('Lỗi ở máy chủ, không phải ở tệp của bạn');
    } finally {
      process.env.SOATSO_DATA_DIR = dataDir();
    }
  });
});

describe('the language of API errors', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['no hint: Vietnamese', '/api/verify', {}, 'du-lieu.csv: tệp rỗng, không có dữ liệu nào.'],
    ['?lang=en', '/api/verify?lang=en', {}, 'du-lieu.csv: the file is empty; it holds no data.'],
    ['Accept-Language: en-US', '/api/verify', { 'accept-language': 'en-US,en;q=0.9' }, 'du-lieu.csv: the file is empty; it holds no data.'],
    ['?lang=vi over an English header', '/api/verify?lang=vi', { 'accept-language': 'en' }, 'du-lieu.csv: tệp rỗng, không có dữ liệu nào.'],
  ])('%s', async (_name, path, headers, error) => {
    const response = await verify(rawRequest(path, '', 'text/csv', headers));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  describe('edge cases', () => {
    it('a bad dataset id is refused in English with ?lang=en', async () => {
      const response = await getOne(new Request('http://localhost/api/datasets/x?lang=en'), routeContext('x'));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'Dataset id "x" is not valid: an id is 32 hexadecimal digits (0–9, a–f).' });
    });

    it('a wrong content type is refused in English with ?lang=en', async () => {
      const response = await verify(rawRequest('/api/verify?lang=en', 'x', 'application/pdf'));
      expect(response.status).toBe(415);
      const { error } = (await response.json()) as { error: string };
      expect(error).toMatch(/^Content type "application\/pdf" is not accepted/);
    });
  });
});
