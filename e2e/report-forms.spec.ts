import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';

/*
 * The "Đã nhận ra" preview on /tai-len with a provincial report form built here with exceljs: a title, a two-row
 * header whose "Thực hiện" is merged over two year columns, an "Ước năm" column, a column-number row, section rows,
 * a source line and a second sheet. Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP
 * bình quân đầu người); the form layout, the "Ước" label on 2016 and the planted wrong "Giảm 9,5%" (the values give
 * 7,1 %) are ours. Every dataset a test creates is deleted afterwards.
 */

const RUN = `e2e-forms-${Date.now().toString(36)}`;

async function formWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Biểu 02');
  const rows: (string | number | null)[][] = [
    ['Biểu 02. Một số chỉ tiêu chủ yếu'],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', null, 'Ước năm 2016', 'Ước 2016 so với năm 2015'],
    [null, null, null, 'Năm 2014', 'Năm 2015', null, null],
    ['A', 'B', 'C', 1, 2, 3, '4=3/2'],
    ['I', 'Kinh tế', null, null, null, null, null],
    [1, 'GRDP bình quân đầu người', 'Nghìn đồng', 47731, 47684, 44908, 'Giảm 5,8%'],
    [2, 'GRDP bình quân đầu người (USD)', 'USD', 2241, 2218, 2060, 'Giảm 9,5%'],
    [],
    ['Nguồn: Cục Thống kê tỉnh Quảng Ngãi.'],
  ];
  rows.forEach((cells, r) => cells.forEach((value, c) => {
    if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
  }));
  for (const range of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3']) sheet.mergeCells(range);
  book.addWorksheet('Ghi chú').getCell(1, 1).value = 'Biểu lập theo số liệu niên giám.';
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function cleanUp(request: APIRequestContext): Promise<void> {
  const response = await request.get('/api/datasets');
  const { datasets } = (await response.json()) as { datasets: { id: string; name: string }[] };
  for (const d of datasets) if (d.name.includes(RUN)) await request.delete(`/api/datasets/${d.id}`);
}

test.afterAll(async ({ request }) => cleanUp(request));

test.describe('/tai-len: Đã nhận ra', () => {
  test('a report form: every year in the preview, the planted wrong claim a mismatch, the notes in the XLSX export', async ({ page, request }) => {
    await page.goto('/tai-len');
    await page.getByLabel('chọn tệp từ máy').setInputFiles({
      name: 'bieu-02.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await formWorkbook(),
    });
    await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`Biểu 02 ${RUN}`);
    await page.getByRole('button', { name: 'Xem trước những gì đã nhận ra' }).click();

    const preview = page.getByRole('region', { name: 'Đã nhận ra: Biểu 02. Một số chỉ tiêu chủ yếu' });
    await expect(preview.getByText('Năm: 2014, 2015, 2016 (ước)')).toBeVisible();
    await expect(preview.getByText('Dòng tiêu đề: 2–3')).toBeVisible();
    await expect(preview.getByRole('combobox', { name: 'Vai trò của cột “Thực hiện Năm 2014”' })).toHaveValue('year');
    await expect(preview.getByRole('combobox', { name: 'Vai trò của cột “Ước năm 2016”' })).toHaveValue('estimate');
    await expect(preview.getByRole('row', { name: /GRDP bình quân đầu người \(USD\)/ })).toContainText('Không khớp');
    await expect(preview.getByText('Nguồn: Cục Thống kê tỉnh Quảng Ngãi.')).toBeVisible();

    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    const findings = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    const wrong = findings.getByRole('row', { name: /GRDP bình quân đầu người \(USD\)/ });
    await expect(wrong).toContainText('Không khớp');
    await expect(wrong).toContainText('7,1');

    const { datasets } = (await (await request.get('/api/datasets')).json()) as { datasets: { id: string; name: string }[] };
    const id = datasets.find((d) => d.name === `Biểu 02 ${RUN}`)?.id;
    expect(id).toBeDefined();
    const detail = (await (await request.get(`/api/datasets/${id}`)).json()) as { tables: { id: string }[] };
    const table = detail.tables[0]?.id;
    const exported = await request.post('/api/export/xlsx', { data: { dataset: id, source: { kind: 'table', id: table } } });
    expect(exported.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
    const info = book.worksheets[1];
    const texts: string[] = [];
    info?.eachRow((row) => texts.push(row.values ? String((row.values as unknown[]).slice(1).join(' ')) : ''));
    expect(texts).toContain('Ghi chú của bảng Nguồn: Cục Thống kê tỉnh Quảng Ngãi.');
  });

  test('a corrected column role is used for the verdicts; at 390 px the preview fits', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/tai-len');
    // "Số 2016" names no year role: the preview is unsure until the user says the column holds 2016.
    const csv = 'Chỉ tiêu;Năm 2015;Số 2016;So sánh\nGRDP bình quân đầu người;47.684;44.908;Giảm 5,8%\n';
    await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: 'so-2016.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`Số 2016 ${RUN}`);
    await page.getByRole('button', { name: 'Xem trước những gì đã nhận ra' }).click();
    const preview = page.getByRole('region', { name: 'Đã nhận ra: so-2016.csv' });
    await expect(preview.getByText('Năm: 2015', { exact: true })).toBeVisible();
    await expect(preview.getByRole('note').filter({ hasText: 'chỉ nhận ra một năm' })).toBeVisible();

    await preview.getByRole('combobox', { name: 'Vai trò của cột “Số 2016”' }).selectOption('year');
    await expect(preview.getByText('Năm: 2015, 2016')).toBeVisible();
    await expect(page.getByText('Đã sửa vai trò 1 cột; sửa đổi được lưu cùng bộ dữ liệu.')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    await expect(page.getByRole('region', { name: 'Kết quả kiểm tra' }).getByRole('row', { name: /GRDP bình quân đầu người/ })).toContainText('Khớp');
  });

  test('the preview speaks English with the English toggle', async ({ page }) => {
    await page.goto('/tai-len?lang=en');
    const csv = 'Chỉ tiêu;Năm 2015;Năm 2016;So sánh\nGRDP bình quân đầu người;47.684;44.908;Giảm 5,8%\n';
    await page.getByLabel('choose a file', { exact: true }).setInputFiles({ name: 'en.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview what was recognised' }).click();
    const preview = page.getByRole('region', { name: 'Recognised: en.csv' });
    await expect(preview.getByText('Years: 2015, 2016')).toBeVisible();
    await expect(preview.getByRole('combobox', { name: 'Role of column “Năm 2016”' })).toHaveValue('year');
  });
});
