import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/*
 * The upload flow end to end: a `;`-CSV with BOM, a UTF-16 tab file and an XLSX each show what
 * was recognised and their verdicts, open as a dataset with chart, table and export; bad files
 * show a Vietnamese alert and store nothing. Fixtures: e2e/fixtures/make-upload-fixtures.ts.
 * Every dataset a test creates is deleted afterwards (the dev server's store is shared).
 */

const FIXTURES = join(process.cwd(), 'e2e', 'fixtures');
const BAD = join(process.cwd(), 'lib', 'server', 'testing', 'bad-corpus');
const RUN = `e2e-${Date.now().toString(36)}`;

interface Summary {
  readonly id: string;
  readonly name: string;
}

async function listDatasets(request: APIRequestContext): Promise<Summary[]> {
  const response = await request.get('/api/datasets');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { datasets: Summary[] }).datasets;
}

test.afterAll(async ({ request }) => {
  for (const d of await listDatasets(request)) {
    if (d.name.includes(RUN)) await request.delete(`/api/datasets/${d.id}`);
  }
});

async function upload(page: Page, file: string, name: string): Promise<void> {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles(file);
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(name);
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
}

/** The upload form's alert (Next also renders an empty route announcer with role="alert"). */
function uploadAlert(page: Page) {
  // Grammar: one non-space character anywhere. Example: "Tệp rỗng" matches; "" and "  " do not.
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

function finding(page: Page, indicator: string) {
  return page.getByRole('region', { name: 'Kết quả kiểm tra' }).getByRole('row', { name: indicator });
}

test.describe('/tai-len upload', () => {
  test('a ;-CSV with BOM: recognised, checked, stored and listed', async ({ page }) => {
    const name = `Bảng chấm phẩy ${RUN}`;
    await upload(page, join(FIXTURES, 'bang-bom-cham-phay.csv'), name);
    await submit(page);
    await expect(page.getByRole('heading', { name: `Kết quả kiểm tra: ${name}` })).toBeVisible();
    await expect(
      page.getByText('Mã hoá UTF-8 (có BOM), phân cách: chấm phẩy, dòng tiêu đề: 1, năm so sánh: 2020 với 2010, 4 chỉ tiêu'),
    ).toBeVisible();
    await expect(finding(page, 'Số trường đạt chuẩn')).toContainText('Không khớp');
    await expect(finding(page, 'Số trường đạt chuẩn')).toContainText("nên ghi 'tăng 50%'");
    await expect(finding(page, 'Tổng sản phẩm bình quân đầu người')).toContainText('Khớp');
    // The list below refreshes with the new dataset.
    await expect(page.getByRole('link', { name })).toBeVisible();
  });

  test('a UTF-16 tab file (Excel "Unicode Text") with title rows', async ({ page }) => {
    await upload(page, join(FIXTURES, 'bang-utf16-tab.txt'), `Unicode ${RUN}`);
    await submit(page);
    await expect(
      page.getByText('Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: 2020 với 2015, 3 chỉ tiêu'),
    ).toBeVisible();
    await expect(finding(page, 'Tỷ lệ che phủ rừng')).toContainText('Sai chiều');
    await expect(finding(page, 'Dân số trung bình')).toContainText('Khớp');
  });

  test('an XLSX: choose the sheet, then a merged two-level header is read', async ({ page }) => {
    await upload(page, join(FIXTURES, 'bang-excel.xlsx'), `Excel ${RUN}`);
    const sheet = page.getByLabel('Trang tính');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('option')).toHaveText(['Mọi trang tính có bảng', 'Ghi chú', 'Bảng kinh tế']);
    await sheet.selectOption('Bảng kinh tế');
    await submit(page);
    await expect(
      page.getByText('Tệp Excel, trang tính "Bảng kinh tế", dòng tiêu đề: 2, năm so sánh: 2022 với 2015, 3 chỉ tiêu'),
    ).toBeVisible();
    await expect(finding(page, 'Sản lượng lương thực')).toContainText('Không khớp');
    await expect(finding(page, 'Tỷ trọng dịch vụ')).toContainText('Sai chiều');
    await expect(finding(page, 'Giá trị xuất khẩu')).toContainText('Khớp');
  });

  test('a file dropped on the drop zone is uploaded like a chosen one', async ({ page }) => {
    await page.goto('/tai-len');
    const csv = readFileSync(join(FIXTURES, 'bang-bom-cham-phay.csv'));
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'keo-tha.csv', { type: 'text/csv' }));
      return transfer;
    }, [...csv]);
    await page.getByText('Kéo thả tệp vào đây').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText('Đã chọn: keo-tha.csv')).toBeVisible();
    await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`Kéo thả ${RUN}`);
    await submit(page);
    await expect(finding(page, 'Số trường đạt chuẩn')).toContainText('Không khớp');
  });

  test('the dataset page shows the chart, the table and exports the findings', async ({ page }) => {
    await upload(page, join(FIXTURES, 'bang-bom-cham-phay.csv'), `Trang chi tiết ${RUN}`);
    await submit(page);
    await page.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Trang chi tiết ${RUN}`);
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    const table = page.getByRole('table', { name: 'giá trị, khẳng định in trong bảng và kết luận' });
    await expect(table.getByRole('row', { name: 'Số trường đạt chuẩn' })).toContainText('Không khớp');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải CSV' }).first().click();
    const file = await download;
    expect(file.suggestedFilename().endsWith('.csv')).toBe(true);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('Số trường đạt chuẩn');
  });

  test('an uploaded dataset opens in the indicator page, which keeps the dataset in its links', async ({ page, request }) => {
    const response = await request.post('/api/datasets', {
      multipart: {
        file: { name: 'bang-bom-cham-phay.csv', mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, 'bang-bom-cham-phay.csv')) },
        name: `Chỉ tiêu ${RUN}`,
      },
    });
    expect(response.status()).toBe(201);
    const { id, indicators } = (await response.json()) as { id: string; indicators: { id: string; name: string }[] };
    const indicator = indicators[0];
    expect(indicator).toBeDefined();
    await page.goto(`/chi-tieu/${indicator?.id}?ds=${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(indicator?.name ?? '');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    const tableLink = page.getByRole('link', { name: 'Xem dòng STT' }).first();
    expect(await tableLink.getAttribute('href')).toContain(`ds=${id}`);
    await tableLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).toContain(`ds=${id}`);
    expect((await page.goto(`/chi-tieu/${indicator?.id}?ds=khong-phai-ma`))?.status()).toBe(404);
  });

  test('rename and delete from the list; a name with markup is shown as text', async ({ page, request }) => {
    const name = `Tên cũ ${RUN}`;
    await upload(page, join(FIXTURES, 'bang-utf16-tab.txt'), name);
    await submit(page);
    await expect(page.getByRole('link', { name })).toBeVisible();
    await page.getByRole('button', { name: `Đổi tên: ${name}` }).click();
    const renamed = `<b>Mới</b> ${RUN}`;
    await page.getByLabel(`Tên mới cho "${name}"`).fill(renamed);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('link', { name: renamed })).toBeVisible();
    await expect(page.locator('b', { hasText: 'Mới' })).toHaveCount(0);
    await page.getByRole('button', { name: `Xoá: ${renamed}` }).click();
    await page.getByRole('button', { name: 'Xoá hẳn' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã xoá' })).toBeVisible();
    await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
    expect((await listDatasets(request)).some((d) => d.name === renamed)).toBe(false);
  });
});

test.describe('bad files', () => {
  const cases = [
    ['a PDF renamed .csv', 'pdf-doi-ten.csv', 'pdf-doi-ten.csv: đây là tệp PDF'],
    ['a header without rows', 'chi-co-tieu-de.csv', 'chi-co-tieu-de.csv: dòng 1: có dòng tiêu đề cột nhưng không có dòng số liệu nào.'],
    ['unbalanced quotes', 'ngoac-kep-le.csv', 'ngoac-kep-le.csv: dòng 2: dấu ngoặc kép'],
    ['an XLSX renamed .csv', 'xlsx-doi-ten.csv', 'xlsx-doi-ten.csv: đây là tệp Excel (.xlsx'],
  ] as const;
  for (const [label, file, message] of cases) {
    test(`${label} shows a Vietnamese alert and stores nothing`, async ({ page, request }) => {
      const before = (await listDatasets(request)).length;
      await upload(page, join(BAD, file), `Hỏng ${RUN}`);
      await submit(page);
      const alert = uploadAlert(page);
      await expect(alert).toContainText('Không nhận được tệp');
      await expect(alert).toContainText(message);
      expect((await listDatasets(request)).length).toBe(before);
    });
  }

  test('a PDF renamed .xlsx is refused as soon as it is chosen', async ({ page }) => {
    await upload(page, join(BAD, 'pdf-doi-ten.xlsx'), `Hỏng ${RUN}`);
    await expect(uploadAlert(page)).toContainText('pdf-doi-ten.xlsx: tệp có đuôi .xlsx nhưng thực ra là tệp PDF');
  });

  test('a file over the limit is refused before it is sent', async ({ page }) => {
    await page.goto('/tai-len');
    await page.getByLabel('chọn tệp từ máy').setInputFiles({
      name: 'qua-lon.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(11 * 1024 * 1024, 0x41),
    });
    await expect(uploadAlert(page)).toContainText('qua-lon.csv: tệp quá lớn (11 MB); giới hạn là 10 MB.');
    await expect(page.getByRole('button', { name: 'Tải lên và kiểm tra' })).toBeDisabled();
  });

  test('a 50 MB upload over HTTP gets a 413 with a JSON message, and nothing is stored', async ({ request }) => {
    const before = (await listDatasets(request)).length;
    const response = await request.post('/api/datasets', {
      multipart: { file: { name: 'lon.csv', mimeType: 'text/csv', buffer: Buffer.alloc(50 * 1024 * 1024, 0x41) } },
    });
    expect(response.status()).toBe(413);
    // Grammar: start "Tệp tải lên quá lớn (50 MB); giới hạn là 10 MB". Example: that sentence followed by "." matches.
    expect(((await response.json()) as { error: string }).error).toMatch(/^Tệp tải lên quá lớn \(50 MB\); giới hạn là 10 MB/);
    expect((await listDatasets(request)).length).toBe(before);
  });
});
