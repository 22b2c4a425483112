import { expect, test, type Locator, type Page } from '@playwright/test';
import { guardPage } from './support/page-guards';
import {
  checkProse,
  deleteDataset,
  FIXED_PAGES,
  inLanguage,
  openFindings,
  reportPages,
  useUploadedDataset,
} from './support/site-pages';

/*
 * Issue 17: every page and API answer carries the security headers; with the CSP enforced, no
 * page, chart export, download or check causes a violation; no request leaves localhost.
 */

const RUN = `e2e-sec-${Date.now().toString(36)}`;
const uploaded = useUploadedDataset(RUN);

const HEADERS: ReadonlyArray<readonly [string, RegExp]> = [
  // Grammar of each: the directive (or value) somewhere in the header. Example: "…; frame-ancestors 'none'" matches the first.
  ['content-security-policy', /frame-ancestors 'none'/],
  ['content-security-policy', /script-src 'self'/],
  ['content-security-policy', /default-src 'self'/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^same-origin$/],
  ['permissions-policy', /camera=\(\)/],
  ['x-frame-options', /^DENY$/],
];

test.describe('security headers', () => {
  test('pages, API answers and static files carry every header, with no unsafe-eval', async ({ request }) => {
    const html = await (await request.get('/')).text();
    // Grammar: src="/_next/static/ then anything up to the closing quote. Example: src="/_next/static/chunks/a1.js".
    const script = /src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const urls = ['/', '/bang/bang-2-2009-2022', '/api/datasets', '/khong-co-trang-nay', script ?? '/'];
    for (const url of urls) {
      const response = await request.get(url);
      const headers = response.headers();
      for (const [name, value] of HEADERS) expect(headers[name], `${url} ${name}`).toMatch(value);
      expect(headers['content-security-policy'], url).not.toContain('unsafe-eval');
    }
    const refused = await request.post('/api/verify', { data: '', headers: { 'content-type': 'text/csv' } });
    expect(refused.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});

test.describe('CSP enforced and nothing leaves localhost', () => {
  test.setTimeout(600_000);

  for (const lang of ['vi', 'en'] as const) {
    test(`every page in ${lang === 'vi' ? 'Vietnamese' : 'English'}, findings open`, async ({ page, request }) => {
      const guards = await guardPage(page);
      const pages = [...FIXED_PAGES, ...(await reportPages(request)), ...(uploaded()?.pages ?? [])];
      expect(pages.length).toBeGreaterThan(20);
      for (const path of pages) {
        const response = await page.goto(inLanguage(path, lang));
        expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
        await page.waitForLoadState('load');
        await openFindings(page);
      }
      expect(await guards.problems()).toEqual([]);
    });
  }

  test('chart export (PNG drawn through a canvas, SVG) and table downloads (CSV, XLSX)', async ({ page }) => {
    const guards = await guardPage(page);
    await page.goto('/chi-tieu/thu-ngan-sach-tren-dia-ban');
    await expectDownload(page, page.getByRole('button', { name: 'Tải PNG' }).first(), /\.png$/);
    await expectDownload(page, page.getByRole('button', { name: 'Tải SVG' }).first(), /\.svg$/);
    await page.goto('/bang/bang-2-2009-2022');
    await expectDownload(page, page.getByRole('button', { name: 'Tải PNG' }).first(), /\.png$/);
    await expectDownload(page, page.getByRole('button', { name: 'Tải CSV' }).first(), /\.csv$/);
    await expectDownload(page, page.getByRole('button', { name: 'Tải XLSX' }).first(), /\.xlsx$/);
    expect(await guards.problems()).toEqual([]);
  });

  test('an upload through the form and a prose check', async ({ page, request }) => {
    const guards = await guardPage(page);
    await page.goto('/tai-len');
    await page.getByLabel('chọn tệp từ máy').setInputFiles('e2e/fixtures/bang-bom-cham-phay.csv');
    await page.getByLabel('Tên bộ dữ liệu (không bắt buộc)').fill(`${RUN}-form`);
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await expect(page.getByRole('heading', { name: `Kết quả kiểm tra: ${RUN}-form` })).toBeVisible();
    await openFindings(page);
    await page.goto('/van-ban');
    await checkProse(page);
    await openFindings(page);
    expect(await guards.problems()).toEqual([]);
    const list = (await (await request.get('/api/datasets')).json()) as { datasets: { id: string; name: string }[] };
    for (const d of list.datasets) if (d.name === `${RUN}-form`) await deleteDataset(request, d.id);
  });
});

async function expectDownload(page: Page, button: Locator, name: RegExp): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // Grammar: given by the caller, a file extension at the end. Example: /\.png$/ matches "x-1991-2022.png".
  expect(download.suggestedFilename()).toMatch(name);
  expect(await download.failure()).toBeNull();
}
