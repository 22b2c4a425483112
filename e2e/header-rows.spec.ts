import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { deleteDatasetsOf } from './support/datasets';

/*
 * Header rows chosen again in the "Đã nhận ra" preview on /tai-len. The form is built here with exceljs: its
 * two-row header starts the second row with a subtitle under "Chỉ tiêu" ("(Theo giá hiện hành)"), so the reader
 * alone keeps only the first header row and sees one year. Figures made up for the test: 12.100 → 13.000 is a
 * rise of 7,44 % (printed "Tăng 7,4%", right); 2.000 → 2.200 is 10,0 % (printed "Tăng 12,0%", wrong). Every
 * dataset a test creates is deleted afterwards.
 */

const RUN = `e2e-header-rows-${Date.now().toString(36)}`;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function formWorkbook(title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Biểu 05');
  const rows: (string | number | null)[][] = [
    [title],
    ['Chỉ tiêu', 'Đơn vị tính', 'Năm 2019', 'Thực hiện', null, 'Ước thực hiện', 'So sánh'],
    ['(Theo giá hiện hành)', null, null, 'Năm 2020', 'Năm 2022', 'năm 2023', '2023 so với 2022'],
    ['Lúa', 'tấn', 10000, 11000, 12100, 13000, 'Tăng 7,4%'],
    ['Khoai lang', 'tấn', 1800, 1900, 2000, 2200, 'Tăng 12,0%'],
    [],
    ['Nguồn: số liệu dựng cho kiểm thử.'],
  ];
  rows.forEach((cells, r) => cells.forEach((value, c) => {
    if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
  }));
  for (const range of ['B2:B3', 'C2:C3', 'D2:E2']) sheet.mergeCells(range);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Chooses a workbook on /tai-len, names the dataset and opens the preview. */
async function previewWorkbook(page: Page, name: string, buffer: Buffer, dataset: string): Promise<void> {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(dataset);
  await expect(page.getByLabel('Trang tính', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Xem trước những gì đã nhận ra' }).click();
}

test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));

test.describe('/tai-len: header rows chosen in the preview', () => {
  test('a header the reader cuts short: chosen again, every year, the right verdicts, reused on a later upload', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const saved = `Biểu 05 ${RUN}`;
    await previewWorkbook(page, 'bieu-05.xlsx', await formWorkbook('Biểu 05. Sản lượng lương thực năm 2023'), saved);
    const preview = page.getByRole('region', { name: 'Đã nhận ra: Biểu 05. Sản lượng lương thực năm 2023' });
    await expect(preview.getByText('Dòng tiêu đề: 2', { exact: true })).toBeVisible();
    await expect(preview.getByText('Năm: 2019', { exact: true })).toBeVisible();
    await expect(preview.getByRole('note').filter({ hasText: 'chỉ nhận ra một năm' })).toBeVisible();

    // The rows around the header, folded away until asked for.
    await preview.getByText('Các dòng quanh tiêu đề, như trong tệp', { exact: true }).click();
    const around = preview.getByRole('table', { name: 'Các dòng quanh tiêu đề, như trong tệp' });
    await expect(around.getByRole('rowheader', { name: '2 (tiêu đề)' })).toBeVisible();
    await expect(around.getByRole('row', { name: /^3 \(Theo giá hiện hành\)/ })).toBeVisible();

    // A bad range is stopped in the page, with the reason.
    await preview.getByRole('spinbutton', { name: 'đến dòng' }).fill('1');
    await preview.getByRole('button', { name: 'Đọc lại với các dòng này' }).click();
    await expect(preview.getByRole('alert')).toHaveText('Cần hai số dòng nguyên từ 1, dòng đầu không lớn hơn dòng cuối, tối đa 6 dòng.');

    await preview.getByRole('spinbutton', { name: 'Dòng tiêu đề: từ dòng' }).fill('2');
    await preview.getByRole('spinbutton', { name: 'đến dòng' }).fill('3');
    await preview.getByRole('button', { name: 'Đọc lại với các dòng này' }).click();
    await expect(preview.getByText('Năm: 2019, 2020, 2022, 2023 (ước)')).toBeVisible();
    await expect(preview.getByText('Dòng tiêu đề: 2–3 (do bạn chọn)')).toBeVisible();
    await expect(preview.getByRole('combobox', { name: 'Vai trò của cột “Thực hiện Năm 2022”' })).toHaveValue('year');
    await expect(page.getByText('Đã chọn lại dòng tiêu đề của 1 bảng; sửa đổi được lưu cùng bộ dữ liệu.')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    const findings = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    await expect(findings.getByRole('row', { name: /Lúa/ })).toContainText('Khớp');
    const wrong = findings.getByRole('row', { name: /Khoai lang/ });
    await expect(wrong).toContainText('Không khớp');
    await expect(wrong).toContainText('10,0');

    // The next year's form: another title, the same header rows. The correction is found and said so.
    await previewWorkbook(page, 'bieu-05-2024.xlsx', await formWorkbook('Biểu 05. Sản lượng lương thực năm 2024'), `Lần 2 ${RUN}`);
    const again = page.getByRole('region', { name: 'Đã nhận ra: Biểu 05. Sản lượng lương thực năm 2024' });
    await expect(
      again.getByText(`Đã áp dụng sửa đổi đã lưu (dòng tiêu đề 2–3, vai trò 0 cột) từ bộ dữ liệu “${saved}”, vì các dòng tiêu đề đã chọn đọc giống nhau.`),
    ).toBeVisible();
    await expect(again.getByText('Năm: 2019, 2020, 2022, 2023 (ước)')).toBeVisible();
    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    await expect(page.getByRole('region', { name: 'Kết quả kiểm tra' }).getByRole('row', { name: /Khoai lang/ })).toContainText('Không khớp');
  });

  test('in English: the header rows fields and a refusal from the reader, the preview kept', async ({ page }) => {
    await page.goto('/tai-len?lang=en');
    const csv = 'Chỉ tiêu;Năm 2015;Năm 2016\nGRDP;1;2\n';
    await page.getByLabel('choose a file', { exact: true }).setInputFiles({ name: 'en.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview what was recognised' }).click();
    const preview = page.getByRole('region', { name: 'Recognised: en.csv' });
    await expect(preview.getByText('Header rows: 1', { exact: true })).toBeVisible();
    await preview.getByRole('spinbutton', { name: 'Header rows: from row' }).fill('2');
    await preview.getByRole('spinbutton', { name: 'to row' }).fill('2');
    await preview.getByRole('button', { name: 'Read again with these rows' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'en.csv: row 2' })).toContainText('en.csv: row 2: no year column.');
    await expect(preview.getByText('Years: 2015, 2016')).toBeVisible();
  });
});
