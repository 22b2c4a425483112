import { expect, test, type Page } from '@playwright/test';

function findings(page: Page) {
  return page.getByRole('list', { name: 'Danh sách nhận định' }).getByRole('listitem').filter({ has: page.getByRole('article') });
}

test.describe('verification report (/kiem-tra)', () => {
  test('lists the services-share claim first, as wrong_direction', async ({ page }) => {
    await page.goto('/kiem-tra');
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra nhận định' })).toBeVisible();
    const first = findings(page).first();
    await expect(first.getByRole('heading', { level: 3 })).toContainText('Cơ cấu kinh tế: dịch vụ');
    await expect(first.getByText('wrong_direction', { exact: true })).toBeVisible();
    await expect(first.getByText('Sai chiều', { exact: true })).toBeVisible();
    await expect(first.getByText('tăng từ 54,06% lên 53,75%')).toBeVisible();
    await expect(first.getByText('54,06', { exact: true })).toBeVisible();
    // Grammar: name := start "Dòng " digit+ " trong "; href := start "/bang/so-sanh-2015-2022#row-" digit+ end.
    // Example: "Dòng 7 trong Bảng so sánh…" linking to "/bang/so-sanh-2015-2022#row-7".
    await expect(first.getByRole('link', { name: /^Dòng \d+ trong / })).toHaveAttribute('href', /^\/bang\/so-sanh-2015-2022#row-\d+$/);
    await expect(first.getByRole('link', { name: 'Xem chỉ tiêu' })).toHaveAttribute('href', '/chi-tieu/co-cau-kinh-te-dich-vu');

    // Worst first: mismatch before the near-matches, near-matches before plain matches.
    const codes = await findings(page).locator('.verdict__code').allTextContents();
    const rank = ['wrong_direction', 'mismatch', 'match_points', 'match_truncated', 'implied', 'not_computable', 'unparsed', 'match'];
    const ranks = codes.map((c) => rank.indexOf(c));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  test('filters by verdict, and the filter is a shareable URL', async ({ page }) => {
    await page.goto('/kiem-tra');
    const total = await findings(page).count();
    await page.getByLabel('Kết quả').selectOption('match');
    await page.getByRole('button', { name: 'Lọc' }).click();
    // Grammar: URL has ( "?" | "&" ) "verdict=match" ( "&" | end ); heading := start "Đang hiện " digit+ " trong " digit+ " nhận định" end.
    // Example: "/kiem-tra?verdict=match" (not "verdict=match_points") and "Đang hiện 12 trong 30 nhận định".
    await expect(page).toHaveURL(/[?&]verdict=match(&|$)/);
    await expect(page.getByRole('heading', { level: 2, name: /^Đang hiện \d+ trong \d+ nhận định$/ })).toBeVisible();
    const shown = await findings(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(findings(page).getByText('match', { exact: true })).toHaveCount(shown);

    await page.getByRole('link', { name: 'Bỏ lọc' }).click();
    // Grammar: "/kiem-tra" end. Example: "http://localhost:3000/kiem-tra" matches; "…/kiem-tra?verdict=match" does not.
    await expect(page).toHaveURL(/\/kiem-tra$/);
    await expect(findings(page)).toHaveCount(total);
  });

  test('filters by table and by indicator from the URL', async ({ page }) => {
    await page.goto('/kiem-tra?table=so-sanh-2015-2022');
    await expect(page.getByLabel('Bảng')).toHaveValue('so-sanh-2015-2022');
    // Grammar: start "Dòng " digit+ " trong ". Example: "Dòng 7 trong Bảng so sánh…" matches.
    const links = findings(page).getByRole('link', { name: /^Dòng \d+ trong / });
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/bang/so-sanh-2015-2022#row-'))).toBe(true);

    await page.goto('/kiem-tra?indicator=ty-le-ho-ngheo');
    await expect(findings(page)).toHaveCount(1);
    await expect(findings(page).first().getByText('match_points', { exact: true })).toBeVisible();
  });

  test('an unknown filter value is ignored with a note instead of an empty page', async ({ page }) => {
    await page.goto('/kiem-tra?table=khong-co-bang-nay');
    await expect(page.getByText('Bộ lọc không có trong dữ liệu')).toBeVisible();
    expect(await findings(page).count()).toBeGreaterThan(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the filter form still works', async ({ page }) => {
      await page.goto('/kiem-tra');
      await page.getByLabel('Kết quả').selectOption('wrong_direction');
      await page.getByRole('button', { name: 'Lọc' }).click();
      // Grammar: "verdict=wrong_direction" anywhere. Example: "/kiem-tra?verdict=wrong_direction" matches.
      await expect(page).toHaveURL(/verdict=wrong_direction/);
      await expect(findings(page)).toHaveCount(1);
    });
  });

  test('is in English with ?lang=en', async ({ page }) => {
    await page.goto('/kiem-tra?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Verification report' })).toBeVisible();
    await expect(page.getByLabel('Result')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Claims' }).getByText('Wrong direction', { exact: true })).toBeVisible();
  });
});
