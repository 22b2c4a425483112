import { expect, test } from '@playwright/test';

/*
 * Issue 17: the overview of the bundled report is the same for everyone, so it is rendered once per
 * language at build time and served as a file; what changes per request (the uploaded datasets, the
 * storage banner, the signed-in user) is fetched after first paint. A page-level cookie, header or
 * store read in the shell would silently make every view render again: these tests catch that.
 */

test.describe('the overview is served prerendered, in the chosen language', () => {
  const cases: ReadonlyArray<{ name: string; url: string; cookie: string | null; lang: 'vi' | 'en'; title: RegExp }> = [
    { name: 'plain URL', url: '/', cookie: null, lang: 'vi', title: /Tổng quan/ },
    { name: '?lang=en', url: '/?lang=en', cookie: null, lang: 'en', title: /Overview/ },
    { name: 'saved English cookie', url: '/', cookie: 'soatso-lang=en', lang: 'en', title: /Overview/ },
    { name: '?lang=vi beats the cookie', url: '/?lang=vi', cookie: 'soatso-lang=en', lang: 'vi', title: /Tổng quan/ },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const response = await request.get(c.url, { headers: c.cookie ? { cookie: c.cookie } : {} });
      expect(response.status()).toBe(200);
      expect(response.headers()['x-nextjs-prerender'], 'served from the build, not rendered per view').toBeTruthy();
      const html = await response.text();
      expect(html).toContain(`<html lang="${c.lang}"`);
      expect(html).toMatch(c.title);
    });
  }

  // Edge cases: the language prefix is internal, and pages with per-view parts still render per request.
  test('a typed internal prefix still serves the page, and the API is never rewritten', async ({ request }) => {
    expect((await request.get('/en/kiem-tra')).status()).toBe(200);
    expect(await (await request.get('/en/kiem-tra')).text()).toContain('<html lang="en"');
    const api = await request.get('/api/health?probe=0&lang=en');
    expect(api.status()).toBe(200);
    expect(await api.json()).toEqual({ store: 'ok', database: 'sqlite' });
  });

  test('the uploaded datasets appear after first paint', async ({ page }) => {
    await page.goto('/');
    const section = page.getByRole('region', { name: 'Bộ dữ liệu đã tải lên' });
    await expect(section).toBeVisible();
    await expect(section.getByText('Đang tải danh sách…')).toHaveCount(0);
  });
});
