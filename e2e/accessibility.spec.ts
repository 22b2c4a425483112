import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signedInContext } from './support/accounts';
import {
  ADMIN_PAGES,
  checkProse,
  FIXED_PAGES,
  inLanguage,
  openFindings,
  reportPages,
  useUploadedDataset,
} from './support/site-pages';

/*
 * Issue 17: axe-core on every page, in Vietnamese and in English, with a dataset uploaded and the
 * findings open (expanded rows, prose findings): no serious or critical violation.
 */

const uploaded = useUploadedDataset('e2e-a11y');

/** The serious and critical violations axe finds on the page as it is now, one readable line per node. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${path} ${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

async function auditPages(page: Page, paths: readonly string[], lang: 'vi' | 'en'): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(inLanguage(path, lang));
    await page.waitForLoadState('load');
    await openFindings(page);
    found.push(...(await seriousViolations(page)));
  }
  return found;
}

for (const lang of ['vi', 'en'] as const) {
  const language = lang === 'vi' ? 'Vietnamese' : 'English';

  test.describe(`axe in ${language}`, () => {
    test.setTimeout(900_000);

    test('overview, findings, print, upload, prose and not-found pages', async ({ page }) => {
      expect(await auditPages(page, FIXED_PAGES, lang)).toEqual([]);
    });

    test('the admin pages, and the review pages with their decision forms', async ({ browser, baseURL }) => {
      const context = await signedInContext(browser, 'admin', baseURL ?? '');
      const page = await context.newPage();
      const id = uploaded()?.id ?? 'cao-bang';
      const found = await auditPages(page, [...ADMIN_PAGES, `/kiem-tra?ds=${id}`, `/kiem-tra?status=unreviewed`, `/phieu-ra-soat/${id}`], lang);
      await context.close();
      expect(found).toEqual([]);
    });

    test('every table of the report, rows expanded', async ({ page, request }) => {
      const pages = (await reportPages(request)).filter((p) => p.startsWith('/bang/'));
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(await auditPages(page, pages, lang)).toEqual([]);
    });

    test('every indicator of the report, findings open', async ({ page, request }) => {
      const pages = (await reportPages(request)).filter((p) => p.startsWith('/chi-tieu/'));
      expect(pages.length).toBeGreaterThan(20);
      expect(await auditPages(page, pages, lang)).toEqual([]);
    });

    test('an uploaded dataset: its page, table and indicators', async ({ page }) => {
      expect(uploaded()).not.toBeNull();
      expect(await auditPages(page, uploaded()?.pages ?? [], lang)).toEqual([]);
    });

    test('prose findings after a check', async ({ page }) => {
      await page.goto(inLanguage('/van-ban', lang));
      await checkProse(page);
      await openFindings(page);
      // Focus a mark so that its tooltip is open too.
      await page.locator('main mark').first().focus();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("a visitor's header, with its sign-in link filled in", async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of ['/', '/tai-len']) {
        await page.goto(inLanguage(path, lang));
        await expect(page.getByRole('banner').getByRole('link', { name: lang === 'vi' ? 'Đăng nhập' : 'Sign in' })).toBeVisible();
        found.push(...(await seriousViolations(page)));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  });
}
