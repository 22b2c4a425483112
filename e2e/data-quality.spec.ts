import { expect, test, type Page } from '@playwright/test';
import { deleteDatasetsOf } from './support/datasets';

/*
 * The "Chất lượng dữ liệu" (Data quality) panel: an uploaded table with a planted 10× slip shows the
 * warning, with the indicator, the year, the values and the reason, on its dataset page, its table
 * page and its indicator page, in Vietnamese and in English; a bundled table without problems says so.
 * Figures: Vĩnh Phúc GRDP at current prices (triệu đồng), Cục Thống kê Vĩnh Phúc, Niên giám thống kê
 * 2017, biểu 35 (65.432.814, 73.048.284, 79.664.573, 85.338.110 for 2014–2017); the 2016 value is
 * planted 10× too large (796.645.730).
 */

const RUN = `e2e-quality-${Date.now().toString(36)}`;
const CSV = [
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2014;Năm 2015;Năm 2016;Năm 2017',
  '1;GRDP giá hiện hành;Triệu đồng;65.432.814;73.048.284;796.645.730;85.338.110',
  '2;Dân số trung bình;Nghìn người;1.066,0;1.079,0;1.092,4;1.106,3',
].join('\n');

test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));

/** Uploads the table and opens its dataset page; returns the dataset id. */
async function uploadSlip(page: Page): Promise<string> {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: 'grdp-vinh-phuc.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`GRDP Vĩnh Phúc ${RUN}`);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await page.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
  // Grammar: "/du-lieu/" then 32 hex digits. Example: "/du-lieu/3f2b…9a".
  await expect(page).toHaveURL(/\/du-lieu\/[0-9a-f]{32}/);
  // Grammar: "/du-lieu/" then 32 hex digits, captured. Example: "/du-lieu/3f2b…9a?x" → "3f2b…9a".
  const id = /\/du-lieu\/([0-9a-f]{32})/.exec(page.url())?.[1];
  if (!id) throw new Error(`no dataset id in ${page.url()}`);
  return id;
}

function panel(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/**
 * Uploads a table whose check gives one data-quality warning: the answer counts it, and the dataset page lists it.
 * Returns that list item.
 */
async function uploadOneWarning(page: Page, file: string, csv: string, name: string) {
  await page.goto('/tai-len');
  await page.getByLabel('chọn tệp từ máy').setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(name);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  const result = page.getByRole('region', { name: /Kết quả kiểm tra/ });
  await expect(result).toContainText('⚠ Chất lượng dữ liệu: 1 cảnh báo, 0 ghi chú. Xem từng lưu ý ở trang bộ dữ liệu.');
  await result.getByRole('link', { name: 'Xem bảng, biểu đồ và toàn bộ kết quả' }).click();
  const item = panel(page, 'Chất lượng dữ liệu').getByRole('listitem');
  await expect(item).toHaveCount(1);
  return item;
}

async function expectVietnameseSlip(page: Page): Promise<void> {
  const quality = panel(page, 'Chất lượng dữ liệu');
  await expect(quality.getByRole('listitem')).toHaveCount(1);
  const item = quality.getByRole('listitem');
  await expect(item).toContainText('Cảnh báo: Lệch khoảng 10 lần so với các năm lân cận');
  await expect(item.getByRole('link', { name: 'GRDP giá hiện hành' })).toBeVisible();
  await expect(item).toContainText('2016: 796.645.730 Triệu đồng');
  await expect(item).toContainText('796.645.730 (2016) lớn gấp khoảng 10 lần các năm lân cận (2015: 73.048.284; 2017: 85.338.110)');
  await expect(item).toContainText('Giá trị đúng có lẽ là 79.664.573');
}

test.describe('the data-quality panel', () => {
  test('an uploaded 10× slip is shown on the dataset, table and indicator pages, in Vietnamese and English', async ({ page }) => {
    const id = await uploadSlip(page);
    await expectVietnameseSlip(page);

    await page.goto(`/bang/grdp-vinh-phuc?ds=${id}`);
    await expectVietnameseSlip(page);

    await panel(page, 'Chất lượng dữ liệu').getByRole('link', { name: 'GRDP giá hiện hành' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'GRDP giá hiện hành' })).toBeVisible();
    await expectVietnameseSlip(page);

    await page.goto(`/du-lieu/${id}?lang=en`);
    const quality = panel(page, 'Data quality');
    await expect(quality).toContainText('1 warning, 0 notes.');
    const item = quality.getByRole('listitem');
    await expect(item).toContainText('Warning: About 10 times off the neighbouring years');
    await expect(item).toContainText('796.645.730 (2016) is about 10 times the neighbouring years (2015: 73.048.284; 2017: 85.338.110)');
    await expect(item).toContainText('The intended value is probably 79.664.573. The decimal mark may have slipped, or a digit was added or dropped.');
    await expect(panel(page, 'Chất lượng dữ liệu')).toHaveCount(0);
  });

  // Vĩnh Phúc's 2022 yearbook, biểu 151.1 (spring paddy by district, ha), the first three districts; the 2019 total is
  // ours, 10 ha too large.
  test('a total row that its districts do not add up to is counted after the upload and explained on the dataset page', async ({ page }) => {
    const districts = [';2018;2019', 'TỔNG SỐ - TOTAL;7.412,40;7.424,80', '1. Thành phố Vĩnh Yên;1.350,60;1.302,40', '2. Thành phố Phúc Yên;2.006,00;2.101,00', '3. Huyện Lập Thạch;4.055,80;4.011,40'].join('\n');
    const item = await uploadOneWarning(page, 'lua-dong-xuan.csv', districts, `Lúa đông xuân ${RUN}`);
    await expect(item).toContainText('Cảnh báo: Các dòng thành phần không cộng lại bằng dòng tổng');
    await expect(item).toContainText('Năm 2019: 3 dòng thành phần của “TỔNG SỐ - TOTAL” cộng lại 7.414,80, không bằng 7.424,80 như dòng tổng ghi (chênh 10,00');
  });

  // Vĩnh Phúc's 2021 yearbook, biểu 42 (GRDP at current prices by types of ownership, tỷ đồng); the 2015 total is ours,
  // 300 too large.
  test('a total that its breakdown by types of ownership does not add up to is explained on the dataset page', async ({ page }) => {
    const ownership = [
      'Tổng sản phẩm trên địa bàn theo giá hiện hành phân theo loại hình kinh tế;;',
      ';2015;Sơ bộ - Prel. 2021',
      'TỔNG SỐ - TOTAL;78.944;136.183',
      'Nhà nước - State;8.015;14.103',
      'Ngoài Nhà nước - Non-State;24.065;40.260',
      'Khu vực có vốn đầu tư nước ngoài - Foreign investment sector;22.809;48.219',
      'Thuế sản phẩm trừ trợ cấp sản phẩm - Product taxes less subsidies on production;23.756;33.601',
    ].join('\n');
    const item = await uploadOneWarning(page, 'grdp-loai-hinh.csv', ownership, `GRDP loại hình ${RUN}`);
    await expect(item).toContainText('Năm 2015: 4 dòng thành phần của “TỔNG SỐ - TOTAL” cộng lại 78.645, không bằng 78.944 như dòng tổng ghi (chênh 299');
  });

  // Cục Thống kê Vĩnh Long (retail sales by kind of business, triệu đồng, the years down the rows, the parts under "Chia
  // ra"); retail's 2016 figure is ours, 900.000 too large.
  test('a part under "Chia ra" that does not add up, in a yearbook with the years down the rows, is explained', async ({ page }) => {
    const divided = [
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng theo giá hiện hành phân theo ngành kinh doanh;;;;;',
      ';Tổng số Total;Chia ra - Of which;;;',
      ';;Bán lẻ hàng hóa Retail sale;Dịch vụ lưu trú, ăn uống Accommodation, food and beverage service;Du lịch lữ hành Tourism;Dịch vụ khác Other service',
      'Triệu đồng - Mill. dongs;;;;;',
      '2015;34.408.554;24.966.688;5.308.541;29.120;4.104.205',
      '2016;37.185.131;27.654.319;5.924.856;36.720;4.469.236',
    ].join('\n');
    const item = await uploadOneWarning(page, 'ban-le-nganh.csv', divided, `Bán lẻ theo ngành ${RUN}`);
    await expect(item).toContainText('Năm 2016: 4 dòng thành phần của “Tổng số Total” cộng lại 38.085.131, không bằng 37.185.131 như dòng tổng ghi (chênh 900.000');
  });

  test('a bundled table without problems says none were found', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    await expect(panel(page, 'Chất lượng dữ liệu')).toContainText('Không thấy vấn đề nào về chất lượng dữ liệu.');
    await page.goto('/bang/bang-2-2009-2022?lang=en');
    await expect(panel(page, 'Data quality')).toContainText('No data-quality problems found.');
  });

  test('the bundled economic structure that sums to 96,25 is a warning with its reason', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    const item = panel(page, 'Chất lượng dữ liệu').getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Cảnh báo: Tỷ trọng cộng lại khác 100');
    await expect(item).toContainText('thiếu 3,75 điểm phần trăm');
  });
});

