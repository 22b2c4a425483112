import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listDatasets, POST as createDataset } from '@/app/api/datasets/route';
import { POST as verify } from '@/app/api/verify/route';
import { countingStream, multipartRequest, rawRequest, streamRequest } from './testing/api-client';
import { makeZip } from './testing/make-zip';
import { checkStoreIntegrity } from './store/default-store';
import { useTempDataDir } from './testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from './testing/test-session';
import { describeTableProblem } from '../tables/messages';
import type { TableWarning } from '../tables/types';

/*
 * Every bad file goes through both POST /api/verify and POST /api/datasets: each must give a
 * 4xx with a Vietnamese message that names the file (and row/column where they apply), never a
 * 5xx, and the store must stay empty.
 */

const CORPUS = join(import.meta.dirname, 'testing', 'bad-corpus');
const MB = 1024 * 1024;

useTempDataDir('soatso-bad-');
useSignedInUser('reviewer');

beforeAll(() => {
  delete process.env.SOATSO_MAX_UPLOAD_BYTES;
  delete process.env.SOATSO_MAX_ROWS;
});

async function errorOf(response: Response): Promise<string> {
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe('string');
  return body.error as string;
}

async function storedCount(): Promise<number> {
  const response = await listDatasets(new Request('http://localhost/api/datasets'));
  const body = (await response.json()) as { datasets: unknown[] };
  return body.datasets.length;
}

/** [file in the corpus, status, what the message must say]. */
// Grammar of each message pattern: start file-name ": " literal-message-prefix, with ".*" where a part may vary.
// Example: /^rong\.csv: tệp rỗng/ matches "rong.csv: tệp rỗng (0 byte)."
const CASES: readonly [string, number, RegExp][] = [
  ['rong.csv', 400, /^rong\.csv: tệp rỗng/],
  ['chi-co-bom.csv', 400, /^chi-co-bom\.csv: tệp rỗng/],
  ['chi-co-tieu-de.csv', 400, /^chi-co-tieu-de\.csv: dòng 1: có dòng tiêu đề cột nhưng không có dòng số liệu/],
  ['khong-cot-chi-tieu.csv', 400, /^khong-cot-chi-tieu\.csv.*không tìm thấy cột chỉ tiêu/],
  ['khong-cot-nam.csv', 400, /^khong-cot-nam\.csv: dòng 1: không có cột năm/],
  ['ngoac-kep-le.csv', 400, /^ngoac-kep-le\.csv: dòng 2: dấu ngoặc kép/],
  ['trung-cot-nam.csv', 400, /^trung-cot-nam\.csv: dòng 1, cột "2020": trùng năm 2020/],
  ['chuoi-nam-sai.csv', 400, /^chuoi-nam-sai\.csv: dòng 2, cột "năm": "20x2" không phải là năm/],
  ['nhi-phan.csv', 415, /^nhi-phan\.csv: tệp chứa dữ liệu nhị phân/],
  ['co-nul.csv', 415, /^co-nul\.csv: tệp chứa dữ liệu nhị phân/],
  ['utf16-khong-bom.txt', 415, /^utf16-khong-bom\.txt: tệp chứa dữ liệu nhị phân/],
  ['bang-tinh-xml.csv', 415, /^bang-tinh-xml\.csv: đây là bảng tính Excel dạng XML/],
  ['pdf-doi-ten.csv', 415, /^pdf-doi-ten\.csv: đây là tệp PDF/],
  ['xlsx-doi-ten.csv', 415, /^xlsx-doi-ten\.csv: đây là tệp Excel \(\.xlsx/],
  // Without LibreOffice (as here) or when it cannot convert these bytes: the same advice to save as .xlsx.
  ['excel-cu.xls', 415, /^excel-cu\.xls: đây là tệp Excel 97–2003 \(\.xls\) và .*Hãy mở tệp trong Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel \(\.xlsx\)/],
  ['tai-lieu.pdf', 415, /^tai-lieu\.pdf: chỉ nhận tệp \.csv, \.tsv, \.txt hoặc \.xlsx; tệp này có đuôi \.pdf/],
  ['van-ban.docx', 415, /^van-ban\.docx: chỉ nhận tệp/],
  ['pdf-doi-ten.xlsx', 415, /^pdf-doi-ten\.xlsx: tệp có đuôi \.xlsx nhưng thực ra là tệp PDF/],
  ['nhi-phan.xlsx', 415, /^nhi-phan\.xlsx: tệp có đuôi \.xlsx nhưng không phải là bảng tính Excel/],
  ['word-doi-ten.xlsx', 415, /^word-doi-ten\.xlsx: .*văn bản Word/],
  ['xlsx-hong.xlsx', 400, /^xlsx-hong\.xlsx: tệp Excel bị hỏng/],
];

describe('the bad-input corpus', () => {
  it('has a case for every file in the corpus directory, and a file for every case', () => {
    const files = readdirSync(CORPUS).filter((f) => f !== 'o-khong-phai-so.csv').sort();
    expect(files).toEqual(CASES.map(([file]) => file).sort());
  });

  it.each(CASES)('%s through POST /api/datasets → %d', async (file, status, message) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const response = await createDataset(multipartRequest('/api/datasets', file, bytes));
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatch(message);
    expect(await storedCount()).toBe(0);
  });

  it.each(CASES)('%s through POST /api/verify → %d', async (file, status, message) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const response = await verify(rawRequest(`/api/verify?filename=${encodeURIComponent(file)}`, bytes, 'text/csv'));
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatch(message);
  });

  it('a value cell that is not a number is a warning on its row, not a refusal (table-csv.md)', async () => {
    const file = 'o-khong-phai-so.csv';
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const response = await verify(multipartRequest('/api/verify', file, bytes));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: { verdict: string }[]; recognised: { warnings: TableWarning[] }[] };
    const warnings = body.recognised[0]?.warnings ?? [];
    expect(warnings).toEqual([{ code: 'not-a-number', file: 'o-khong-phai-so.csv', row: 2, column: 'Năm 2015', raw: 'mười' }]);
    expect(warnings.map((w) => describeTableProblem(w, 'vi'))).toEqual(['o-khong-phai-so.csv: dòng 2, cột "Năm 2015": "mười" không phải là số']);
    expect(body.results.map((r) => r.verdict)).toEqual(['implied', 'match']);
  });
});

describe('over the limits', () => {
  it('a 50 MB body with Content-Length is refused with 413 before it is read', async () => {
    const big = countingStream(50 * MB);
    const request = new Request('http://localhost/api/datasets?filename=lon.csv', {
      method: 'POST',
      body: big.stream,
      headers: { 'content-type': 'text/csv', 'content-length': String(50 * MB), ...testSessionHeaders() },
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const response = await createDataset(request);
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toBe(
      'lon.csv: tệp quá lớn (50 MB); giới hạn là 10 MB. Hãy chia bảng thành nhiều tệp nhỏ hơn.',
    );
    expect(big.pulled()).toBeLessThanOrEqual(64 * 1024);
    expect(await storedCount()).toBe(0);
  });

  it('a 50 MB streamed body without Content-Length is cut off just past the limit', async () => {
    const big = countingStream(50 * MB);
    const response = await createDataset(streamRequest('/api/datasets?filename=lon.csv', big.stream, 'text/csv'));
    expect(response.status).toBe(413);
    // Grammar: start "lon.csv: tệp quá lớn (hơn 10 MB); giới hạn là 10 MB". Example: that sentence followed by "." matches.
    expect(await errorOf(response)).toMatch(/^lon\.csv: tệp quá lớn \(hơn 10 MB\); giới hạn là 10 MB/);
    expect(big.pulled()).toBeLessThan(11 * MB);
    expect(await storedCount()).toBe(0);
  });

  it('a 50 MB multipart upload is refused with 413', async () => {
    const bytes = new Uint8Array(50 * MB).fill(0x41);
    const response = await createDataset(multipartRequest('/api/datasets', 'lon.csv', bytes));
    expect(response.status).toBe(413);
    // Grammar: start "Tệp tải lên quá lớn (hơn 10 MB); giới hạn là 10 MB.". Example: that sentence followed by more text matches.
    expect(await errorOf(response)).toMatch(/^Tệp tải lên quá lớn \(hơn 10 MB\); giới hạn là 10 MB\./);
    expect(await storedCount()).toBe(0);
  }, 30_000);

  it('SOATSO_MAX_UPLOAD_BYTES lowers the limit', async () => {
    process.env.SOATSO_MAX_UPLOAD_BYTES = '100';
    try {
      const bytes = new TextEncoder().encode(`STT;Chỉ tiêu;Năm 2015;Năm 2020\n${'1;GDP;10,6;39,8\n'.repeat(20)}`);
      const response = await verify(rawRequest('/api/verify?filename=nho.csv', bytes, 'text/csv'));
      expect(response.status).toBe(413);
      // Grammar: start "nho.csv: tệp quá lớn". Example: "nho.csv: tệp quá lớn (hơn 100 byte)" matches.
      expect(await errorOf(response)).toMatch(/^nho\.csv: tệp quá lớn/);
    } finally {
      delete process.env.SOATSO_MAX_UPLOAD_BYTES;
    }
  });

  it('a table over the row limit is refused with 413 naming the first row over it', async () => {
    process.env.SOATSO_MAX_ROWS = '5';
    try {
      const rows = Array.from({ length: 8 }, (_, i) => `${i + 1};Chỉ tiêu ${i + 1};Tấn;${i + 1};${i + 2};Tăng`);
      const bytes = new TextEncoder().encode(['STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;So sánh', ...rows].join('\n'));
      const response = await createDataset(multipartRequest('/api/datasets', 'dai.csv', bytes));
      expect(response.status).toBe(413);
      // Grammar: start "dai.csv: dòng 7: bảng có hơn 5 dòng số liệu". Example: that text followed by "; …" matches.
      expect(await errorOf(response)).toMatch(/^dai\.csv: dòng 7: bảng có hơn 5 dòng số liệu/);
      expect(await storedCount()).toBe(0);
    } finally {
      delete process.env.SOATSO_MAX_ROWS;
    }
  });

  it('an .xlsx zip bomb is refused with 413 before it is inflated', async () => {
    const bomb = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(110 * MB) },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const response = await createDataset(multipartRequest('/api/datasets', 'bom.xlsx', bomb));
    expect(response.status).toBe(413);
    // Grammar: start "bom.xlsx: tệp Excel khi giải nén lên tới 110 MB". Example: that text followed by "; …" matches.
    expect(await errorOf(response)).toMatch(/^bom\.xlsx: tệp Excel khi giải nén lên tới 110 MB/);
    expect(await storedCount()).toBe(0);
  }, 30_000);
});

describe('edge cases', () => {
  // Grammar of each message pattern: start 'Không nhận kiểu nội dung "' content-type '"'.
  // Example: /^Không nhận kiểu nội dung "image\/png"/ matches 'Không nhận kiểu nội dung "image/png".'
  it.each([
    ['application/json', 415, /^Không nhận kiểu nội dung "application\/json"/],
    ['image/png', 415, /^Không nhận kiểu nội dung "image\/png"/],
  ])('a %s body is refused with %d', async (type, status, message) => {
    const response = await createDataset(rawRequest('/api/datasets', '{"a":1}', type));
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatch(message);
  });

  it('a multipart body without a file field is a 400', async () => {
    const form = new FormData();
    form.append('name', 'Không có tệp');
    const response = await createDataset(new Request('http://localhost/api/datasets', { method: 'POST', body: form, headers: testSessionHeaders() }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toContain('trường "file"');
  });

  it('a broken multipart body is a 400, not a crash', async () => {
    const response = await createDataset(
      rawRequest('/api/datasets', '--xyz\r\nnonsense', 'multipart/form-data; boundary=abc'),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toContain('multipart');
  });

  it('an XLSX sheet that does not exist is a 400 listing the sheets', async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'xlsx-doi-ten.csv')));
    const response = await createDataset(multipartRequest('/api/datasets', 'bang.xlsx', bytes, { sheet: 'Không có' }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe('bang.xlsx: không có trang tính "Không có". Các trang tính trong tệp: "Bảng 1".');
  });

  it('after every refusal the store is still empty and sound', async () => {
    expect(await storedCount()).toBe(0);
    expect(await checkStoreIntegrity()).toBe('ok');
  });
});
