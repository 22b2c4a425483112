import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { signedInContext } from './support/accounts';

/*
 * Reference data end to end (issue 15): an admin uploads the real Nam Định yearbook 2022 series (table 30,
 * lib/extract/reference/testing/README.md) and marks it as a reference on /tai-len; a reviewer checks a report
 * (sentences written for the test, one level with two digits swapped) against it on /van-ban and saves it; the
 * indicator page shows the yearbook's value beside the document's, the disagreement marked. The dataset and the
 * document are removed afterwards.
 */

const RUN = `e2e-${Date.now().toString(36)}`;
const YEARBOOK = join(process.cwd(), 'lib', 'extract', 'reference', 'testing', 'nien-giam-nam-dinh-2022.csv');
const NAME = `Niên giám Nam Định ${RUN}`;
const REPORT =
  'Năm 2020, giá trị tăng thêm khu vực dịch vụ tăng 5,2% so với năm 2019. ' +
  'Năm 2021, giá trị tăng thêm khu vực dịch vụ đạt 28.841,4 tỷ đồng.';

let datasetId = '';
let documentId = '';

test.afterAll(async ({ browser, baseURL }) => {
  const admin = await signedInContext(browser, 'admin', baseURL ?? '');
  if (documentId !== '') await admin.request.delete(`/api/documents/${documentId}`);
  if (datasetId !== '') await admin.request.delete(`/api/datasets/${datasetId}`);
  await admin.close();
});

test('upload a reference, check a report against it, see the sources side by side', async ({ browser, baseURL, page }) => {
  // 1. The admin uploads the yearbook series and marks it as a reference.
  const admin = await signedInContext(browser, 'admin', baseURL ?? '');
  const adminPage = await admin.newPage();
  await adminPage.goto('/tai-len');
  await adminPage.getByLabel('chọn tệp từ máy').setInputFiles(YEARBOOK);
  await adminPage.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(NAME);
  await adminPage.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(adminPage.getByRole('heading', { name: `Kết quả kiểm tra: ${NAME}` })).toBeVisible();
  const { datasets } = (await (await admin.request.get('/api/datasets')).json()) as { datasets: { id: string; name: string }[] };
  datasetId = datasets.find((d) => d.name === NAME)?.id ?? '';
  expect(datasetId).not.toBe('');
  await adminPage.goto('/tai-len');
  const references = adminPage.getByRole('region', { name: 'Số liệu gốc', exact: true });
  await references.getByRole('button', { name: `Đánh dấu là số liệu gốc: ${NAME}` }).click();
  await expect(references.getByRole('status')).toContainText('Đang là số liệu gốc');
  await admin.close();

  // 2. The reviewer checks a report on /van-ban: the growth gets its base from the yearbook, the level differs.
  await page.goto('/van-ban');
  await page.getByLabel('Dán văn bản báo cáo').fill(REPORT);
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  const column = page.getByRole('region', { name: 'Đối chiếu với số liệu gốc' });
  await expect(column.getByRole('columnheader', { name: 'Đối chiếu với số liệu gốc' })).toBeVisible();
  await expect(column.getByRole('row', { name: /tăng 5,2%/ })).toContainText('Khớp');
  await expect(column.getByRole('row', { name: /tăng 5,2%/ })).toContainText(`Giá trị so sánh lấy từ số liệu gốc “${datasetId}”`);
  await expect(column.getByRole('row', { name: /28\.841,4/ })).toContainText('Khác số liệu gốc: 28.814.433 Triệu đồng, chênh +27,0');
  await expect(page.getByRole('list', { name: 'Kiểm tra nhất quán' })).toContainText('Khác số liệu gốc');

  // Saved, the document becomes one more source of the value.
  const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/documents' && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Lưu thành tài liệu' }).click();
  documentId = ((await (await saved).json()) as { summary: { id: string } }).summary.id;

  // 3. The indicator page shows every source of each year side by side, the disagreement marked.
  await page.goto(`/chi-tieu/dich-vu?ds=${datasetId}`);
  const sources = page.getByRole('region', { name: 'Các nguồn của số liệu' });
  const year2021 = sources.getByRole('row', { name: /^2021/ });
  await expect(year2021).toContainText(`Bộ dữ liệu “${NAME}”`);
  await expect(year2021).toContainText('Văn bản');
  await expect(year2021).toContainText('28.841,4');
  await expect(year2021).toContainText('Các nguồn không khớp');
});
