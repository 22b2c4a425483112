import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { makeZip } from '../lib/server/testing/make-zip';
import { deleteDatasetsOf } from './support/datasets';

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

/*
 * Issue 18's form, built here: a title, "Thực hiện" merged over "Năm 2020" and "Năm 2022", an "Ước năm 2023" column,
 * a column-number row, section rows, footer notes, and a second sheet whose "Số 2023" column names no role the reader
 * knows. The figures are constructed for the test around the issue's planted claim: 8.950 → 11.820 is a rise of
 * 32,07 %, printed wrongly as "tăng 35,1%". `upper` writes the second sheet's headers in capitals (the same header
 * after folding).
 */
async function issueWorkbook(upper = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const first = book.addWorksheet('Biểu 01');
  const rows: (string | number | null)[][] = [
    ['Biểu 01. Kết quả sản xuất nông, lâm nghiệp'],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', null, 'Ước năm 2023', 'Ước 2023 so với năm 2022'],
    [null, null, null, 'Năm 2020', 'Năm 2022', null, null],
    ['A', 'B', 'C', 1, 2, 3, '4=3/2'],
    ['I', 'Nông nghiệp', null, null, null, null, null],
    [1, 'Giá trị sản xuất nông nghiệp', 'Tỷ đồng', 7412, 8950, 11820, 'tăng 35,1%'],
    [2, 'Sản lượng lương thực', 'Tấn', 236625, 240310, 245120, 'tăng 2,0%'],
    ['II', 'Lâm nghiệp', null, null, null, null, null],
    [3, 'Diện tích rừng trồng mới', 'ha', 1150, 1320, 1400, 'tăng 6,1%'],
    [],
    ['Ghi chú: số liệu năm 2023 là số ước tính.'],
    ['Nguồn: số liệu dựng cho kiểm thử.'],
  ];
  rows.forEach((cells, r) => cells.forEach((value, c) => {
    if (value !== null) first.getCell(r + 1, c + 1).value = value;
  }));
  for (const range of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3']) first.mergeCells(range);
  const second = book.addWorksheet('Biểu 02');
  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2022', 'Số 2023', 'So sánh'];
  const secondRows: (string | number)[][] = [
    ['Biểu 02. Thu ngân sách trên địa bàn'],
    upper ? header.map((h) => h.toUpperCase()) : header,
    [1, 'Thu ngân sách', 'Tỷ đồng', 2150, 2365, 'tăng 10,0%'],
  ];
  secondRows.forEach((cells, r) => cells.forEach((value, c) => {
    second.getCell(r + 1, c + 1).value = value;
  }));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Chooses a workbook on /tai-len, names the dataset and opens the preview. */
async function previewWorkbook(page: Page, name: string, buffer: Buffer, dataset: string): Promise<void> {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(dataset);
  // The sheet list arrives first; the default reads every sheet with a table.
  await expect(page.getByLabel('Trang tính', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Xem trước những gì đã nhận ra' }).click();
}

test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));

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
    // The notes sheet holds no table: it is read, skipped and said so.
    await expect(page.getByRole('region', { name: 'Trang tính không có bảng số liệu (bỏ qua)' })).toContainText('bieu-02.xlsx (Ghi chú)');

    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    await expect(page.getByRole('heading', { name: 'Trang tính không có bảng số liệu (bỏ qua)' })).toBeVisible();
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

  test('issue 18’s form of two sheets: every year, the wrong claim a mismatch of 32,1 %, notes exported, a corrected role reused', async ({ page, request }) => {
    const saved = `Biểu 01–02 ${RUN}`;
    await previewWorkbook(page, 'bieu-01.xlsx', await issueWorkbook(), saved);
    const form = page.getByRole('region', { name: 'Đã nhận ra: Biểu 01. Kết quả sản xuất nông, lâm nghiệp' });
    await expect(form.getByText('Năm: 2020, 2022, 2023 (ước)')).toBeVisible();
    await expect(form.getByText('Dòng tiêu đề: 2–3')).toBeVisible();
    await expect(form.getByRole('combobox', { name: 'Vai trò của cột “Thực hiện Năm 2020”' })).toHaveValue('year');
    await expect(form.getByRole('combobox', { name: 'Vai trò của cột “Ước năm 2023”' })).toHaveValue('estimate');
    await expect(form.getByText('3 dòng số liệu, 2 dòng mục')).toBeVisible();
    await expect(form.getByRole('row', { name: /Giá trị sản xuất nông nghiệp/ })).toContainText('Không khớp');
    await expect(form.getByText('Nguồn: số liệu dựng cho kiểm thử.')).toBeVisible();

    // The second sheet is read too; its "Số 2023" column needs the user.
    const budget = page.getByRole('region', { name: 'Đã nhận ra: Biểu 02. Thu ngân sách trên địa bàn' });
    await expect(budget.getByText('Năm: 2022', { exact: true })).toBeVisible();
    await budget.getByRole('combobox', { name: 'Vai trò của cột “Số 2023”' }).selectOption('year');
    await expect(budget.getByText('Năm: 2022, 2023')).toBeVisible();

    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    const findings = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    const wrong = findings.getByRole('row', { name: /Giá trị sản xuất nông nghiệp/ });
    await expect(wrong).toContainText('Không khớp');
    await expect(wrong).toContainText('32,1');
    await expect(findings.getByRole('row', { name: /Thu ngân sách/ })).toContainText('Khớp');

    const { datasets } = (await (await request.get('/api/datasets')).json()) as { datasets: { id: string; name: string }[] };
    const id = datasets.find((d) => d.name === saved)?.id;
    expect(id).toBeDefined();
    const detail = (await (await request.get(`/api/datasets/${id}`)).json()) as { tables: { id: string; title: string }[] };
    expect(detail.tables.map((t) => t.title)).toEqual(['Biểu 01. Kết quả sản xuất nông, lâm nghiệp', 'Biểu 02. Thu ngân sách trên địa bàn']);
    const exported = await request.post('/api/export/xlsx', { data: { dataset: id, source: { kind: 'table', id: detail.tables[0]?.id } } });
    expect(exported.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.worksheets[1]?.eachRow((row) => texts.push(row.values ? String((row.values as unknown[]).slice(1).join(' ')) : ''));
    expect(texts).toContain('Ghi chú của bảng Ghi chú: số liệu năm 2023 là số ước tính.');
    expect(texts).toContain('Ghi chú của bảng Nguồn: số liệu dựng cho kiểm thử.');

    // A second file whose second sheet's header reads the same after folding: the correction is applied, and can be undone.
    await previewWorkbook(page, 'bieu-01-lan-2.xlsx', await issueWorkbook(true), `Lần 2 ${RUN}`);
    const again = page.getByRole('region', { name: 'Đã nhận ra: Biểu 02. Thu ngân sách trên địa bàn' });
    await expect(again.getByText(`Đã áp dụng sửa đổi đã lưu (vai trò 1 cột) từ bộ dữ liệu “${saved}”, vì dòng tiêu đề đọc giống nhau.`)).toBeVisible();
    await expect(again.getByRole('combobox', { name: 'Vai trò của cột “SỐ 2023”' })).toHaveValue('year');
    await expect(again.getByText('Năm: 2022, 2023')).toBeVisible();
    await again.getByRole('button', { name: 'Bỏ sửa đổi đã lưu' }).click();
    await expect(again.getByRole('combobox', { name: 'Vai trò của cột “SỐ 2023”' })).toHaveValue('other');
    await expect(again.getByText('Năm: 2022', { exact: true })).toBeVisible();
    await expect(again.getByText(/Đã áp dụng sửa đổi đã lưu/)).toHaveCount(0);
  });

  test('an Excel 97–2003 .xls is refused with a message naming it and asking for .xlsx (no LibreOffice here)', async ({ page }) => {
    await page.goto('/tai-len');
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: 'so-lieu-cu.xls', mimeType: 'application/vnd.ms-excel', buffer: ole2 });
    await page.getByRole('button', { name: 'Xem trước những gì đã nhận ra' }).click();
    // Grammar: the file name, the .xls words, then the way to save as .xlsx. Example: "so-lieu-cu.xls: đây là tệp Excel 97–2003 (.xls) và … Tệp → Lưu thành → Sổ làm việc Excel (.xlsx) …".
    await expect(page.getByRole('alert').filter({ hasText: 'so-lieu-cu.xls' })).toContainText(/so-lieu-cu\.xls: đây là tệp Excel 97–2003 \(\.xls\) và .*Tệp → Lưu thành → Sổ làm việc Excel \(\.xlsx\)/);
  });

  test('a Word document typed in TCVN3 (ABC) is read as Unicode and says so', async ({ page }) => {
    // Our sentence with the Cao Bằng report's figures (GDP bình quân đầu người 10,6 → 39,8 triệu đồng), typed in .VnTime.
    const tcvn3 = 'GDP b×nh qu©n ®Çu ng­êi t¨ng tõ 10,6 triÖu ®ång n¨m 2009 lªn 39,8 triÖu ®ång n¨m 2022.';
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${tcvn3}</w:t></w:r></w:p></w:body></w:document>`;
    await page.goto('/van-ban');
    await page.getByLabel('hoặc chọn tệp (.txt, .docx, .pdf)').setInputFiles({
      name: 'bao-cao-abc.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(makeZip([{ name: 'word/document.xml', data: xml }])),
    });
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await expect(page.getByText(/gõ bằng phông TCVN3 \(ABC\), đã chuyển sang Unicode/)).toBeVisible();
    const text = page.getByRole('region', { name: 'Văn bản đã đánh dấu' });
    await expect(text).toContainText('GDP bình quân đầu người');
    await expect(text).toContainText('tăng từ 10,6 triệu đồng năm 2009 lên 39,8 triệu đồng năm 2022');
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
