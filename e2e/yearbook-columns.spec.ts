import { expect, test, type Page } from '@playwright/test';
import { deleteDatasetsOf } from './support/datasets';

/*
 * Yearbook columns that are not plain years: an education table by school year ("2021-2022", counted at 30 September
 * of its first year) shows each column as printed; a table of indices headed "2016/2015" reads without an error.
 * Figures: our school counts; Nghệ An's industrial production index by sector, Niên giám 2019 (nghean.gov.vn).
 */

const RUN = `e2e-yearbook-${Date.now().toString(36)}`;
const SCHOOLS = [
  'Số trường học phổ thông tại thời điểm 30/9',
  ';2020-2021;2021-2022;Sơ bộ - Prel. 2022-2023',
  'Số trường học - Number of schools;690;688;685',
  'Tiểu học - Primary;338;336;335',
].join('\n');
const INDICES = [
  'Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp',
  'Đơn vị tính - Unit: %',
  ';2017/2016;2018/2017;2019/2018',
  'TOÀN NGÀNH - TOTAL;115,55;115,44;113,21',
  'B. Khai khoáng - Mining and quarrying;107,56;97,20;103,20',
].join('\n');

test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));

/** Uploads one table and opens its dataset page. */
async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`Niên giám ${RUN}`);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await page.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
  // Grammar: "/du-lieu/" then 32 hex digits. Example: "/du-lieu/3f2b…9a".
  await expect(page).toHaveURL(/\/du-lieu\/[0-9a-f]{32}/);
}

test('school-year columns are shown as printed', async ({ page }) => {
  await upload(page, 'truong-hoc.csv', SCHOOLS);
  const schools = page.getByRole('table', { name: /Số trường học phổ thông/ });
  for (const label of ['2020-2021', '2021-2022', '2022-2023']) {
    await expect(schools.getByRole('columnheader', { name: new RegExp(label) })).toBeVisible();
  }
  await expect(schools.getByRole('cell', { name: '685' })).toBeVisible();
});

test('a table of indices headed by two years is read and shown as printed', async ({ page }) => {
  await upload(page, 'chi-so-cong-nghiep.csv', INDICES);
  const indices = page.getByRole('table', { name: /Chỉ số sản xuất công nghiệp/ });
  await expect(indices.getByRole('columnheader', { name: /2019\/2018/ })).toBeVisible();
  await expect(indices.getByRole('cell', { name: '113,21' })).toBeVisible();
});
