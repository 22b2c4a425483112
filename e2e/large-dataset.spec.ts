import { expect, test } from '@playwright/test';
import { generatedIndicatorName, generateReportTable } from '../bench/generate-table';
import { slugify } from '../lib/dataset/slugify';

/*
 * A large upload (50 000 rows, ~3 MB, the most the default limits accept) opens in every view
 * with a page of rows and summaries over the whole dataset: each page's HTML stays under 2 MB,
 * pagination keeps the URL's other parameters, and the export still holds every row.
 * The table is synthetic (bench/generate-table.ts), deterministic for its seed.
 */

const ROWS = 50_000;
const MAX_HTML_BYTES = 2 * 1024 * 1024;

interface Created {
  readonly id: string;
  readonly tables: readonly { readonly id: string }[];
  readonly counts: Readonly<Record<string, number>>;
  readonly claimCount: number;
  readonly findings: readonly { readonly verdict: string }[];
  readonly results?: unknown;
}

let created: Created | null = null;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async ({ request }) => {
  const bytes = Buffer.from(generateReportTable(ROWS, 7));
  const response = await request.post('/api/datasets', {
    multipart: { file: { name: 'lon-50000.csv', mimeType: 'text/csv', buffer: bytes }, name: 'Bảng 50 000 dòng (e2e)' },
    timeout: 180_000,
  });
  expect(response.status()).toBe(201);
  created = (await response.json()) as Created;
});

test.afterAll(async ({ request }) => {
  if (created) await request.delete(`/api/datasets/${created.id}`);
});

function dataset(): Created {
  if (!created) throw new Error('the upload did not run');
  return created;
}

test('the answer to the upload lists its worst findings, not its 50 000 rows', () => {
  const { findings, results, claimCount } = dataset();
  expect(results).toBeUndefined();
  expect(claimCount).toBe(ROWS);
  expect(findings).toHaveLength(30);
  expect(findings.every((f) => f.verdict !== 'none')).toBe(true);
});

test('every view of the large dataset answers with under 2 MB of HTML', async ({ request }) => {
  const { id, tables } = dataset();
  const paths = [
    `/du-lieu/${id}`,
    `/du-lieu/${id}?findings=40`,
    `/bang/${tables[0]?.id}?ds=${id}`,
    `/bang/${tables[0]?.id}?ds=${id}&page=250`,
    `/chi-tieu/${slugify(generatedIndicatorName(1))}?ds=${id}`,
  ];
  for (const path of paths) {
    const response = await request.get(path, { timeout: 120_000 });
    expect(response.status(), path).toBe(200);
    const body = await response.body();
    expect(body.byteLength, path).toBeLessThan(MAX_HTML_BYTES);
  }
});

test('the dataset page counts verdicts over every row and shows the findings a page at a time', async ({ page }) => {
  const { id, counts } = dataset();
  await page.goto(`/du-lieu/${id}`);
  const claims = Object.entries(counts).reduce((n, [verdict, c]) => (verdict === 'none' ? n : n + c), 0);
  expect(claims).toBeGreaterThan(ROWS / 2);
  const findings = page.getByRole('navigation', { name: 'Các trang kết quả' });
  await expect(findings).toContainText(`Kết quả 1–100 trên ${claims.toLocaleString('vi-VN')}`);
  await findings.getByRole('link', { name: 'Trang sau ›' }).click();
  await expect(page).toHaveURL(/findings=2/);
  await expect(page.getByRole('navigation', { name: 'Các trang kết quả' })).toContainText('Kết quả 101–200');
  await expect(page.getByRole('link', { name: /Xem cả bảng \(50\.000 dòng/ })).toBeVisible();
});

test('the table pages keep ?ds= and the language, and page 2 starts at row 201', async ({ page }) => {
  const { id, tables } = dataset();
  await page.goto(`/bang/${tables[0]?.id}?ds=${id}&lang=en`);
  const pages = page.getByRole('navigation', { name: 'Pages of the table' }).first();
  await expect(pages).toContainText('Rows 1–200 of 50,000');
  await pages.getByRole('link', { name: 'Next page ›' }).click();
  await expect(page).toHaveURL(new RegExp(`ds=${id}.*lang=en.*page=2|page=2.*ds=${id}`));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.getByRole('navigation', { name: 'Pages of the table' }).first()).toContainText('Rows 201–400 of 50,000');
  await expect(page.locator('#row-202')).toBeVisible();
  await expect(page.locator('#row-2')).toHaveCount(0);
});

test('a claim deep in the table links to the page that holds its row', async ({ page }) => {
  const { id } = dataset();
  // STT 20401 of the generated table sits on file line 20402 (the header is line 1), at position
  // 20400 (0-based), so on page 103 of 200 rows: rows 20 401–20 600.
  // The answer to a 50 000-row upload lists no indicators (it would be megabytes): an indicator's id is its name as a slug.
  await page.goto(`/chi-tieu/${slugify(generatedIndicatorName(20401))}?ds=${id}`);
  await page.getByRole('link', { name: /Xem dòng STT 20401 trong/ }).click();
  await expect(page).toHaveURL(/row=20402#row-20402$/);
  await expect(page.getByRole('navigation', { name: 'Các trang của bảng' }).first()).toContainText('Dòng 20.401–20.600 trên 50.000');
  await expect(page.locator('#row-20402')).toBeVisible();
});

test('the export of the large table still holds every row', async ({ request }) => {
  const { id, tables } = dataset();
  const response = await request.post('/api/export/csv', {
    data: { source: { kind: 'table', id: tables[0]?.id }, keys: null, lang: 'vi', dataset: id },
    timeout: 120_000,
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['x-export-rows']).toBe(String(ROWS));
});
