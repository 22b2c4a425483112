import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** What the browser downloaded, as bytes, with the name it suggested. */
async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const INVESTMENT = '/chi-tieu/tong-von-dau-tu-toan-xa-hoi';
const BUDGET = '/chi-tieu/thu-ngan-sach-tren-dia-ban';

/** The index labels drawn beside the points (the series' direct labels). */
function pointLabels(page: Page): Locator {
  return page.locator('svg.recharts-surface g[data-year] text');
}

test.describe('overview names what is wrong', () => {
  test('the claims to review lead the page, with the seed’s wrong-direction and mismatch claims and their reasons', async ({ page }) => {
    await page.goto('/');
    const review = page.getByRole('region', { name: 'Cần xem lại' });
    await expect(review).toBeVisible();
    const items = review.getByRole('listitem');
    // data/so-sanh-2015-2022.csv: services "tăng từ 54,06% lên 53,75%" (wrong direction) and investment
    // "bình quân tăng trên 10%/năm" (mismatch), worst first.
    await expect(items.first()).toContainText('Cơ cấu kinh tế: dịch vụ');
    await expect(items.first()).toContainText('Sai chiều');
    await expect(items.first()).toContainText('Số liệu 54,06 → 53,75 (2015–2022) giảm, ngược chiều nhận định.');
    await expect(items.nth(1)).toContainText('Tổng vốn đầu tư toàn xã hội');
    await expect(items.nth(1)).toContainText('Không khớp');
    await expect(items.nth(1)).toContainText('lẽ ra in “tăng 5%/năm”');
    // Grammar: href := start "/bang/so-sanh-2015-2022#row-" digit+ end. Example: "/bang/so-sanh-2015-2022#row-3".
    await expect(items.first().getByRole('link')).toHaveAttribute('href', /^\/bang\/so-sanh-2015-2022#row-\d+$/);
    // Points claims are read in points in the reason.
    await expect(review).toContainText('-28,750 điểm %');
  });

  test('a bar of the verdict chart opens the report filtered to its verdict', async ({ page }) => {
    await page.goto('/');
    const bar = page.locator('.verdict-chart a[href="/kiem-tra?verdict=mismatch"]').first();
    await expect(bar).toBeAttached();
    await bar.click();
    // Grammar: "/kiem-tra?verdict=mismatch" end. Example: "http://127.0.0.1:3106/kiem-tra?verdict=mismatch".
    await expect(page).toHaveURL(/\/kiem-tra\?verdict=mismatch$/);
  });

  test('at 390 px the table keeps the verdict column in view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/bang/so-sanh-2015-2022');
    const row = page.locator('tbody tr[data-verdict="wrong_direction"]');
    const verdict = row.getByText('Sai chiều', { exact: true });
    await expect(verdict).toBeVisible();
    const box = await verdict.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  });
});

test.describe('indicator timeline and comparison', () => {
  test('choosing a period rebases the index on its first year', async ({ page }) => {
    await page.goto(`${BUDGET}?mode=index`);
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    // The whole series: 1991 = 100.
    await expect(pointLabels(page).first()).toHaveText('100');
    await page.getByRole('slider', { name: 'Năm đầu giai đoạn' }).fill('2');
    await expect(page.getByTestId('series-period')).toHaveText('2009 – 2022');
    await expect(page).toHaveURL(/from=2009/);
    await expect(page.getByTestId('series-y-axis-title')).toHaveText('Chỉ số (năm 2009 = 100)');
    // 2009 is now 100 and 2022 is 3.957,9 / 393,6 × 100 = 1.005,6.
    await expect(pointLabels(page)).toHaveText(['100', '351,1', '1.005,6']);
  });

  test('another indicator of the dataset joins the chart in index mode, rebased on the same year', async ({ page }) => {
    await page.goto(`${BUDGET}?from=2009`);
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    await page.getByText('So sánh với chỉ tiêu khác').click();
    await page.getByRole('checkbox', { name: 'GDP bình quân đầu người (Triệu đồng)' }).check();
    await expect(page.getByRole('button', { name: 'Chỉ số' })).toHaveAttribute('aria-pressed', 'true');
    const legend = page.getByRole('list', { name: 'Chú giải đường' });
    await expect(legend).toContainText('GDP bình quân đầu người');
    await expect(page.locator('svg.recharts-surface .recharts-line')).toHaveCount(2);
  });
});

test.describe('charts for a briefing', () => {
  test('a 16:9 PNG is 16:9, and its SVG twin holds the claim, its verdict and the note', async ({ page }) => {
    await page.goto(INVESTMENT);
    await expect(page.locator('svg.recharts-surface')).toBeVisible();
    await page.getByLabel('Khổ ảnh').selectOption('slide');
    const png = await download(page, page.getByRole('button', { name: 'Tải PNG' }));
    const size = pngSize(png.bytes);
    expect(size.width * 9).toBe(size.height * 16);
    expect(png.name).toBe('tong-von-dau-tu-toan-xa-hoi-16x9-2009-2022.png');
    await test.info().attach('slide.png', { body: png.bytes, contentType: 'image/png' });

    const svgFile = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    const svg = svgFile.bytes.toString('utf8');
    // Grammar: "<svg " then anything but ">" up to width="N" and height="N". Example: '<svg xmlns="…" width="1200" height="675"'.
    const match = /<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg);
    expect([Number(match?.[1]) * 2, Number(match?.[2]) * 2]).toEqual([size.width, size.height]);
    // data/so-sanh-2015-2022.csv: "bình quân tăng trên 10%/năm", a mismatch, with a note on the 2015 value.
    expect(svg).toContain('“bình quân tăng trên 10%/năm”: ✗ Không khớp');
    expect(svg).toContain('Ghi chú: Giá trị năm 2015 lấy từ Mục III.1');
    expect(svg).toContain('Liên kết: http');
    expect(svg).toContain('class="claim-mark"');
  });

  test('each chart mode saves under its own name, and the data link gives the series as CSV', async ({ page }) => {
    await page.goto(`${BUDGET}?mode=log`);
    await expect(page.getByRole('button', { name: 'Thang logarit' })).toHaveAttribute('aria-pressed', 'true');
    const log = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    expect(log.name).toBe('thu-ngan-sach-tren-dia-ban-thang-log-1991-2022.svg');
    await page.getByRole('button', { name: 'Chỉ số' }).click();
    const index = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    expect(index.name).toBe('thu-ngan-sach-tren-dia-ban-chi-so-1991-2022.svg');

    const data = await download(page, page.getByRole('link', { name: 'Lấy số liệu (CSV)' }));
    expect(data.name).toBe('thu-ngan-sach-tren-dia-ban-1991-2022.csv');
    const text = data.bytes.toString('utf8');
    expect(text).toContain('3.957,9');
  });
});
