import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/*
 * Every page of the site, for the checks that must hold everywhere (security headers, CSP,
 * no external request, accessibility): the fixed routes, every table and indicator of the
 * bundled report (found from the links of /kiem-tra, which lists every claim), and the pages of
 * an uploaded dataset.
 */

export const FIXED_PAGES = [
  '/',
  '/kiem-tra',
  '/kiem-tra/in',
  '/tai-len',
  '/van-ban',
  '/dang-nhap',
  '/phieu-ra-soat/cao-bang',
  '/khong-co-trang-nay',
] as const;

/** The pages only a signed-in user (the account page) or an admin (the rest) opens. */
export const ADMIN_PAGES = ['/tai-khoan', '/quan-tri', '/quan-tri/nhat-ky'] as const;

/*
 * Grammar of a link to a report page: `href="` ( "/bang/" | "/chi-tieu/" ) slug, where slug is
 * lower-case letters, digits and "-"; the query and fragment are left out.
 * Example: href="/bang/so-sanh-2015-2022#row-3" gives /bang/so-sanh-2015-2022.
 */
const REPORT_LINK = /href="(\/(?:bang|chi-tieu)\/[a-z0-9-]+)/g;

/**
 * The bundled report's table and indicator pages, from the links of /kiem-tra.
 * @example await reportPages(request) // ['/bang/bang-1-1991-2008', …, '/chi-tieu/ty-le-ho-ngheo', …]
 */
export async function reportPages(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/kiem-tra')).text();
  const pages = new Set<string>();
  for (const match of html.matchAll(REPORT_LINK)) if (match[1]) pages.add(match[1]);
  return [...pages].sort();
}

export interface UploadedDataset {
  readonly id: string;
  /** /du-lieu/<id>, its table and its first indicators, each with ?ds=<id>. */
  readonly pages: readonly string[];
}

/**
 * Uploads the `;`-CSV fixture through the API and returns the pages that show it.
 * @example const uploaded = await uploadDataset(request, 'a11y-run'); // later deleteDataset(request, uploaded.id)
 */
export async function uploadDataset(request: APIRequestContext, name: string): Promise<UploadedDataset> {
  const bytes = readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'bang-bom-cham-phay.csv'));
  const response = await request.post('/api/datasets', {
    multipart: { file: { name: 'bang-bom-cham-phay.csv', mimeType: 'text/csv', buffer: bytes }, name },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string; tables: { id: string }[]; indicators: { id: string }[] };
  const pages = [
    `/du-lieu/${body.id}`,
    ...body.tables.map((t) => `/bang/${t.id}?ds=${body.id}`),
    ...body.indicators.slice(0, 2).map((i) => `/chi-tieu/${i.id}?ds=${body.id}`),
  ];
  return { id: body.id, pages };
}

/** Deletes a dataset a test uploaded. */
export async function deleteDataset(request: APIRequestContext, id: string): Promise<void> {
  await request.delete(`/api/datasets/${id}`);
}

/**
 * Uploads a dataset before the spec file's tests and deletes it after them. The returned function
 * gives the dataset (null until the upload has run, or if it failed).
 * @example const uploaded = useUploadedDataset('e2e-a11y'); … uploaded()?.pages
 */
export function useUploadedDataset(prefix: string): () => UploadedDataset | null {
  let uploaded: UploadedDataset | null = null;
  test.beforeAll(async ({ request }) => {
    uploaded = await uploadDataset(request, `${prefix}-${Date.now().toString(36)}`);
  });
  test.afterAll(async ({ request }) => {
    if (uploaded) await deleteDataset(request, uploaded.id);
  });
  return () => uploaded;
}

/**
 * The page's URL in a language: `?lang=en` added for English, unchanged for Vietnamese (the default).
 * @example inLanguage('/bang/x?ds=1', 'en') // '/bang/x?ds=1&lang=en'
 */
export function inLanguage(path: string, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

/**
 * Opens every finding on the page: each collapsed disclosure button in the main region
 * (table rows' arithmetic, finding details) and every <details>.
 */
export async function openFindings(page: Page): Promise<void> {
  const main = page.locator('main');
  const collapsed = main.locator('button[aria-expanded="false"]:visible');
  const count = Math.min(await collapsed.count(), 12);
  for (let i = 0; i < count; i++) {
    const button = collapsed.first();
    if ((await button.count()) === 0) break;
    await button.click();
  }
  await main.locator('details:not([open]) > summary:visible').evaluateAll((summaries) => {
    for (const s of summaries) (s.parentElement as HTMLDetailsElement).open = true;
  });
}

/** A report paragraph written for the tests (not published prose): a mismatch, a match and a wrong direction. */
export const TEST_PARAGRAPH =
  'Năm 2018 vốn đầu tư đạt 1.000 tỷ đồng. Năm 2023 vốn đầu tư đạt 1.200 tỷ đồng, tăng 25% so với năm 2018. ' +
  'Doanh thu du lịch năm 2018 đạt 500 tỷ đồng; năm 2023 đạt 650 tỷ đồng, tăng 30% so với năm 2018. ' +
  'Cơ cấu kinh tế: dịch vụ tăng từ 50% (năm 2018) lên 45% (năm 2023).';

/**
 * Pastes TEST_PARAGRAPH into /van-ban and checks it, so that the marked text and findings show.
 * Works in both languages: the textarea and button are found by position, not by their words.
 */
export async function checkProse(page: Page): Promise<void> {
  await page.locator('main textarea').first().fill(TEST_PARAGRAPH);
  await page.locator('main form button[type="submit"]').first().click();
  await expect(page.locator('main mark').first()).toBeVisible();
}
