import { expect, test } from '@playwright/test';
import { deleteDatasetsOf } from './support/datasets';

/*
 * A monthly report's table, as Cục Thống kê tỉnh Thừa Thiên Huế printed its retail table for October 2023: September,
 * October and January–October, with two indices on the same time a year earlier (not printed). The reviewer uploads
 * it, sees each index give the base it implies, with its month, and reads the tables at 390 px. Every dataset the test
 * creates is deleted afterwards.
 */

const RUN = `e2e-monthly-${Date.now().toString(36)}`;

const CSV = [
  'Chỉ tiêu;Thực hiện tháng 9 năm 2023;Ước tính tháng 10 năm 2023;Lũy kế thực hiện 10 tháng năm 2023;Tháng 10/2023 so với cùng kỳ năm trước (%);Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)',
  'Tổng số;4736,0;4671,4;45896,9;113,0;115,1',
  'Dịch vụ lưu trú;140,8;130,7;1346,3;139,1;186,5',
].join('\n');

test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));

test('a monthly report table: each index gives its base, named by its month; the tables fit 390 px', async ({ page }) => {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: 'hue-ban-le-10-2023.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`Bán lẻ tháng 10 ${RUN}`);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();

  const result = page.getByRole('region', { name: /Kết quả kiểm tra/ });
  await expect(result.getByText(/năm so sánh: tháng 10 năm 2023 với tháng 10 năm 2022/)).toBeVisible();
  await expect(result.getByText(/năm so sánh: 10 tháng năm 2023 với 10 tháng năm 2022/)).toBeVisible();
  await expect(result.getByRole('row', { name: /Tổng số.*113,0/ })).toContainText('Suy ra giá trị');

  await page.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
  const october = page.getByRole('table', { name: /Tháng 10\/2023 so với cùng kỳ năm trước/ });
  await expect(october.getByRole('columnheader', { name: /Tháng 10 năm 2023/ })).toBeVisible();
  await expect(october.getByRole('row', { name: /Tổng số/ })).toContainText('tháng 10 năm 2022: ≈ 4.134,0');
  const months = page.getByRole('table', { name: /Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước/ });
  await expect(months.getByRole('columnheader', { name: /10 tháng năm 2023/ })).toBeVisible();
  await expect(months.getByRole('row', { name: /Dịch vụ lưu trú/ })).toContainText('10 tháng năm 2022: ≈ 721,9');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(october.getByRole('row', { name: /Tổng số/ })).toContainText('4.671,4');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

/*
 * A CPI table of indices alone, laid out as Cục Thống kê Thừa Thiên Huế printed March 2023's (blank corner, a "%" row,
 * three of its seventeen rows): the reviewer uploads it, reads that nothing in it can be recomputed, and opens it.
 */
const CPI = [
  '"Chỉ số giá tiêu dùng, chỉ số giá vàng, chỉ số giá đô la Mỹ tháng 3 năm 2023"',
  ',Tháng 3 năm 2023 so với: Kỳ gốc 2019,Tháng 3 năm 2023 so với: Tháng 3 năm trước,Tháng 3 năm 2023 so với: Tháng 2 năm 2023',
  ',%,%,%',
  'CHỈ SỐ GIÁ TIÊU DÙNG,"109,31","102,00","99,53"',
  'Giao thông,"108,86","94,02","99,79"',
  'CHỈ SỐ GIÁ VÀNG,"139,44","97,59","99,23"',
].join('\n');

test('a CPI table of indices alone is read, says why nothing is recomputed, and opens', async ({ page }) => {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: 'hue-cpi-3-2023.csv', mimeType: 'text/csv', buffer: Buffer.from(CPI) });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`CPI tháng 3 ${RUN}`);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();

  const result = page.getByRole('region', { name: /Kết quả kiểm tra/ });
  await expect(result.getByText(/năm so sánh: 2023 với 2022, 3 chỉ tiêu, chỉ có chỉ số so sánh/)).toBeVisible();
  await result.getByText(/cảnh báo về số liệu/).click();
  await expect(result.getByText(/bảng chỉ in các chỉ số so sánh, không in số liệu của các kỳ được so sánh/)).toBeVisible();
  await expect(result.getByRole('row', { name: 'Không tính được 9' })).toBeVisible();

  await page.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
  const table = page.getByRole('table', { name: /Tháng 3 năm 2023 so với: Tháng 3 năm trước/ });
  await expect(table.getByRole('row', { name: /Giao thông/ })).toContainText('94,02');
});
