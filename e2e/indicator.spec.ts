import { expect, test, type Page } from '@playwright/test';

const GRAIN = '/chi-tieu/san-luong-luong-thuc';
const INVESTMENT = '/chi-tieu/tong-von-dau-tu-toan-xa-hoi';
const GDP = '/chi-tieu/gdp-binh-quan-dau-nguoi';
const BUDGET = '/chi-tieu/thu-ngan-sach-tren-dia-ban';

/** The y-axis tick labels recharts drew (SVG text is not exposed by role inside the chart image). */
function yTicks(page: Page) {
  return page.locator('svg.recharts-surface .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
}

test.describe('indicator page (/chi-tieu/[id])', () => {
  test('draws the series chart first, with a summary and the data table', async ({ page }) => {
    await page.goto(GRAIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng sản lượng lương thực có hạt' })).toBeVisible();
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    // Grammar: name := start literal chart title ("(" ")" escaped); description contains the literal run of years and values.
    // Example: "Biểu đồ đường: Tổng sản lượng lương thực có hạt (Nghìn tấn), 5 năm từ 1991 đến 2022. năm 1991: 147.210 ⚠; …".
    const chart = page.getByRole('img', { name: /^Biểu đồ đường: Tổng sản lượng lương thực có hạt \(Nghìn tấn\), 5 năm từ 1991 đến 2022/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/năm 1991: 147\.210 ⚠; năm 2008: 236\.625 ⚠; năm 2009: 228,59/);

    // The chart comes before every other section heading after the title.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('Diễn biến qua các năm');

    const table = page.getByRole('table', { name: 'Số liệu của biểu đồ và nguồn của từng giá trị' });
    // Grammar: start "1991" (here and for "2015" below). Example: a row named "1991 147.210 ⚠ Mục II.5, bảng 1" matches.
    const row1991 = table.getByRole('row', { name: /^1991/ });
    await expect(row1991.getByRole('cell').first()).toContainText('147.210');
    await expect(row1991.getByRole('cell').first()).toContainText('đọc là 147,210');
    await expect(row1991.getByRole('cell', { name: 'Mục II.5, bảng 1' })).toBeVisible();
    await expect(row1991.getByRole('link', { name: 'Xem lưu ý' })).toHaveAttribute('href', '#canh-bao');
    await expect(table.getByRole('row', { name: /^2015/ }).getByRole('cell', { name: 'Mục III.1' })).toBeVisible();

    const names = page.getByRole('region', { name: 'Tên gọi trong tài liệu' });
    await expect(names.getByText('Sản lượng lương thực', { exact: true })).toBeVisible();
    await expect(names.getByText('Tổng sản lượng lương thực có hạt', { exact: true })).toBeVisible();
  });

  test('switching to index mode changes the axis title and its ticks', async ({ page }) => {
    await page.goto(GRAIN);
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    const modes = page.getByRole('group', { name: 'Cách vẽ' });
    const values = modes.getByRole('button', { name: 'Giá trị' });
    const index = modes.getByRole('button', { name: 'Chỉ số' });
    await expect(values).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Nghìn tấn', { exact: true }).first()).toBeVisible();
    await expect(yTicks(page)).toHaveText(['0', '100', '200', '300']);

    await index.click();
    await expect(index).toHaveAttribute('aria-pressed', 'true');
    await expect(values).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('series-y-axis-title')).toHaveText('Chỉ số (năm đầu = 100)');
    await expect(yTicks(page)).toHaveText(['0', '50', '100', '150', '200', '250']);
    // Grammar: start "100 ⚠" end, a whole tick label. Example: "100 ⚠" matches; "1100 ⚠" does not.
    await expect(page.locator('svg.recharts-surface text', { hasText: /^100 ⚠$/ })).toBeVisible();
    // Grammar: "tính theo chỉ số năm đầu = 100" any* "năm 2022: 201,3". Example: "…, tính theo chỉ số năm đầu = 100. năm 1991: 100; …; năm 2022: 201,3" matches.
    await expect(page.getByRole('img', { name: /tính theo chỉ số năm đầu = 100.*năm 2022: 201,3/ })).toBeVisible();
  });

  test('the log scale has powers of ten on its axis, and the toggle works from the keyboard', async ({ page }) => {
    await page.goto(BUDGET);
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    const log = page.getByRole('button', { name: 'Thang logarit' });
    await log.focus();
    await page.keyboard.press('Enter');
    await expect(log).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('series-y-axis-title')).toHaveText('Tỷ đồng (thang logarit)');
    await expect(yTicks(page)).toHaveText(['1', '10', '100', '1.000', '10.000']);
  });

  test('the grain page warns about the ambiguous 147.210 and 236.625 and says how they were read', async ({ page }) => {
    await page.goto(GRAIN);
    const callout = page.getByRole('complementary', { name: 'Lưu ý về chất lượng số liệu' });
    await expect(callout).toBeVisible();
    await expect(callout.getByText('Năm 1991: số in “147.210”, đang đọc là 147,210 nghìn tấn.')).toBeVisible();
    await expect(callout.getByText('Năm 2008: số in “236.625”, đang đọc là 236,625 nghìn tấn.')).toBeVisible();
    await expect(callout.getByText('1000 lần').first()).toBeVisible();
  });

  test('choosing two years shows the average annual growth and the total change', async ({ page }) => {
    await page.goto(INVESTMENT);
    // The chart is drawn only after hydration: once it is there, the year pickers are live.
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    const growth = page.getByRole('region', { name: 'Tăng bình quân giữa hai năm' });
    await growth.getByLabel('Từ năm').selectOption('2015');
    await growth.getByLabel('Đến năm').selectOption('2022');
    const result = growth.getByRole('status');
    await expect(result.getByTestId('average-annual-growth')).toHaveText('4,88%/năm');
    await expect(result).toContainText('Cả giai đoạn 2015 – 2022 (7 năm): tăng 39,6% (×1,40)');
    await expect(result).toContainText('(10.607 / 7.600)');

    await growth.getByLabel('Từ năm').selectOption('2022');
    await expect(result).toHaveText('Hãy chọn hai năm khác nhau.');
    await growth.getByLabel('Đến năm').selectOption('2009');
    await expect(result).toHaveText('Năm bắt đầu phải trước năm kết thúc.');
  });

  test('a falling rate is shown as a decline, with the difference in percentage points', async ({ page }) => {
    await page.goto('/chi-tieu/ty-le-ho-ngheo');
    const result = page.getByRole('region', { name: 'Tăng bình quân giữa hai năm' }).getByRole('status');
    await expect(result).toContainText('Giảm bình quân');
    await expect(result.getByTestId('average-annual-growth')).toHaveText('2,45%/năm');
    await expect(result).toContainText('Chênh lệch tỷ lệ: giảm 33,46 điểm %');
  });

  test('lists every claim about the indicator with its verdict and a link to its table row', async ({ page }) => {
    await page.goto(GDP);
    const claims = page.getByRole('region', { name: 'Các nhận định về chỉ tiêu này' });
    const claim = claims.getByRole('listitem').filter({ hasText: 'Tăng 3,8 lần' });
    await expect(claim).toHaveCount(1);
    await expect(claim.getByText('Khớp', { exact: true })).toBeVisible();
    await expect(claim.getByText('match', { exact: true })).toBeVisible();
    await expect(claim.getByText('2009 → 2022')).toBeVisible();
    // Grammar: name := "Xem dòng STT " digit+ " trong"; href := start "/bang/bang-2-2009-2022?row=" N "#row-" N end,
    // the same line N twice (\1). Example: "Xem dòng STT 3 trong Bảng 2" linking to "/bang/bang-2-2009-2022?row=5#row-5".
    await expect(claim.getByRole('link', { name: /Xem dòng STT \d+ trong/ })).toHaveAttribute('href', /^\/bang\/bang-2-2009-2022\?row=(\d+)#row-\1$/);
  });

  test('English: labels, modes and axis title switch; numbers stay as printed', async ({ page }) => {
    await page.goto(`${GRAIN}?lang=en`);
    await expect(page.getByRole('heading', { level: 2, name: 'Over the years' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Data-quality warnings' })).toContainText('1991: printed “147.210”, read as 147,210 nghìn tấn.');
    await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Index' }).click();
    await expect(page.getByTestId('series-y-axis-title')).toHaveText('Index (first year = 100)');
    await expect(page.getByRole('region', { name: 'Average growth between two years' }).getByTestId('average-annual-growth')).toHaveText('2,28%/year');
  });

  test('an unknown indicator is a 404', async ({ page }) => {
    const response = await page.goto('/chi-tieu/khong-co-chi-tieu-nay');
    expect(response?.status()).toBe(404);
  });
});
