import { expect, test } from '@playwright/test';

test.describe('overview (/)', () => {
  test('shows the document title block, the verification summary and the key indicator cards', async ({ page }) => {
    await page.goto('/');
    // Grammar: "Tổng quan" anywhere in the title. Example: "Tổng quan · soát số" matches.
    await expect(page).toHaveTitle(/Tổng quan/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1, name: 'Cao Bằng' })).toBeVisible();
    await expect(page.getByText('Ủy ban nhân dân tỉnh Cao Bằng')).toBeVisible();

    await expect(page.getByRole('heading', { level: 2, name: 'Kết quả kiểm tra' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Số nhận định theo kết quả kiểm tra' })).toBeVisible();

    await expect(page.getByRole('heading', { level: 2, name: 'Chỉ tiêu chủ yếu' })).toBeVisible();
    for (const name of ['GRDP bình quân đầu người', 'Thu ngân sách trên địa bàn', 'Tỷ lệ hộ nghèo', 'Tỷ lệ che phủ rừng']) {
      await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    const gdp = page.getByRole('article', { name: 'GRDP bình quân đầu người' });
    await expect(gdp.getByText('×3,8')).toBeVisible();
    await expect(gdp.getByRole('link', { name: 'GRDP bình quân đầu người' })).toHaveAttribute('href', '/chi-tieu/gdp-binh-quan-dau-nguoi');
    await expect(gdp.getByRole('img', { name: 'GDP bình quân đầu người' })).toBeVisible();
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();

    await expect(page.getByRole('heading', { level: 2, name: 'Các bảng số liệu' })).toBeVisible();
    // Grammar: link name contains "Bảng 2" or "2009"; href := start "/bang/" any*.
    // Example: a link "Bảng 2. … 2009–2022" to "/bang/bang-2-2009-2022" matches both.
    await expect(page.getByRole('link', { name: /Bảng 2|2009/ }).first()).toHaveAttribute('href', /^\/bang\//);
  });

  test('each verdict in the summary links to the filtered report', async ({ page }) => {
    await page.goto('/');
    const summary = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    await summary.getByRole('link', { name: 'Sai chiều' }).click();
    // Grammar: "/kiem-tra?verdict=wrong_direction" end. Example: "http://localhost:3000/kiem-tra?verdict=wrong_direction".
    await expect(page).toHaveURL(/\/kiem-tra\?verdict=wrong_direction$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Cơ cấu kinh tế: dịch vụ' })).toBeVisible();
  });

  test('the English toggle switches the headings and persists across pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    // Grammar: ( "?" | "&" ) "lang=en" anywhere. Example: "http://localhost:3000/?lang=en" matches.
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(page.getByRole('heading', { level: 2, name: 'Verification results' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Key indicators' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    // The navigation links carry no ?lang=: the choice must come from the saved cookie.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Verification' }).click();
    // Grammar: "/kiem-tra" end. Example: "http://localhost:3000/kiem-tra" matches; "…/kiem-tra?lang=en" does not.
    await expect(page).toHaveURL(/\/kiem-tra$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Verification report' })).toBeVisible();

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Key indicators' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Chỉ tiêu chủ yếu' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    // Grammar: "#main" end. Example: "http://localhost:3000/#main" matches.
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole('main')).toBeFocused();
  });
});
