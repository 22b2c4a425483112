import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { findVietnamese } from '../lib/i18n/vietnamese-letters';

/*
 * With ?lang=en, no message on any page is in Vietnamese: alerts, status lines, table warnings,
 * upload errors and the other elements marked `data-message` in the markup. Document data stays
 * as printed: text in quotes inside a message ("Năm 2015", "mười") is a cell or header of the
 * uploaded file, and indicator names are not message elements.
 *
 * Engine verdict messages and their warnings (lib/verify, lib/extract) carry
 * `data-message="engine"`; they are left out here until the engine words them in English.
 */

const BAD = join(process.cwd(), 'lib', 'server', 'testing', 'bad-corpus');
const RUN = `english-${Date.now().toString(36)}`;

// Grammar: a run in straight or curly double quotes. Example: 'column "Năm 2015"' → 'column ""'.
const QUOTED = /"[^"]*"|“[^”]*”/g;
/** The app's name is a proper name (Next's route announcer reads it in the page title). */
const APP_NAME = 'soát số';

/** The message with document data and the app's name taken out. */
function ownWords(text: string): string {
  return text.replace(QUOTED, '""').replaceAll(APP_NAME, '');
}

/** Every message element's text, each as found; hidden ones too (a folded warning list still counts). */
async function messageTexts(page: Page): Promise<string[]> {
  const messages = page.locator('[role="alert"], [role="status"], [data-message]:not([data-message="engine"])');
  return (await messages.allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
}

/** Fails with the offending texts when a message element holds a Vietnamese letter outside quotes. */
async function expectEnglishMessages(page: Page, minimum = 0): Promise<void> {
  const texts = await messageTexts(page);
  expect(texts.length).toBeGreaterThanOrEqual(minimum);
  const vietnamese = texts.filter((t) => findVietnamese(ownWords(t)) !== null);
  expect(vietnamese).toEqual([]);
}

test.afterAll(async ({ request }) => {
  const response = await request.get('/api/datasets');
  const { datasets } = (await response.json()) as { datasets: { id: string; name: string }[] };
  for (const d of datasets) if (d.name.includes(RUN)) await request.delete(`/api/datasets/${d.id}`);
});

test.describe('English pages (?lang=en)', () => {
  const paths = ['/', '/bang/so-sanh-2015-2022', '/chi-tieu/san-luong-luong-thuc', '/kiem-tra', '/kiem-tra/in', '/tai-len', '/van-ban'];
  for (const path of paths) {
    test(`${path} shows its messages in English`, async ({ page }) => {
      await page.goto(`${path}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectEnglishMessages(page);
    });
  }

  test('an indicator with a warned value explains the growth in English', async ({ page }) => {
    await page.goto('/chi-tieu/san-luong-luong-thuc?lang=en');
    await expect(page.getByRole('heading', { level: 2, name: 'Data-quality warnings' })).toBeVisible();
    await expectEnglishMessages(page);
  });

  test('an upload refused by the server says why in English', async ({ page }) => {
    await page.goto('/tai-len?lang=en');
    await page.getByLabel('choose a file', { exact: true }).setInputFiles(join(BAD, 'pdf-doi-ten.csv'));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'File not accepted' });
    await expect(alert).toContainText('pdf-doi-ten.csv: this is a PDF file, not a CSV table.');
    await expectEnglishMessages(page, 1);
  });

  test('an uploaded table: its warnings in English on the result and on its dataset page', async ({ page }) => {
    await page.goto('/tai-len?lang=en');
    await page.getByLabel('choose a file', { exact: true }).setInputFiles(join(BAD, 'o-khong-phai-so.csv'));
    await page.getByLabel('Dataset name (optional)').fill(`Warnings ${RUN}`);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect(page.getByRole('heading', { name: `Check results: Warnings ${RUN}` })).toBeVisible();
    await expect(page.getByText('o-khong-phai-so.csv: row 2, column "Năm 2015": "mười" is not a number')).toBeAttached();
    await expectEnglishMessages(page, 1);

    await page.getByRole('link', { name: 'Open the tables, charts and all results' }).click();
    // Grammar: "/du-lieu/" 32 hex digits "?lang=en" at the end. Example: "/du-lieu/3f2b…9a?lang=en".
    await expect(page).toHaveURL(/\/du-lieu\/[0-9a-f]{32}\?lang=en$/);
    await expect(page.getByText('o-khong-phai-so.csv: row 2, column "Năm 2015": "mười" is not a number')).toBeAttached();
    await expectEnglishMessages(page, 1);
  });

  test('the check can fail: the same page in Vietnamese has Vietnamese messages', async ({ page }) => {
    await page.goto('/tai-len');
    await page.getByLabel('chọn tệp từ máy').setInputFiles(join(BAD, 'pdf-doi-ten.csv'));
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Không nhận được tệp' })).toBeVisible();
    const vietnamese = (await messageTexts(page)).filter((t) => findVietnamese(ownWords(t)) !== null);
    expect(vietnamese.length).toBeGreaterThan(0);
  });

  test('a prose check: the result and a refused file in English', async ({ page }) => {
    await page.goto('/van-ban?lang=en');
    // Test sentences in our own words, with figures from the bundled report (budget revenue, 2015 and 2020).
    await page.getByLabel('Paste the report text').fill('Thu ngân sách năm 2020 đạt 1.000 tỷ đồng, tăng 25% so với năm 2015 (800 tỷ đồng).');
    await page.getByRole('button', { name: 'Check the text' }).click();
    // Grammar: start "Results". Example: "Results: 3 figures, 1 with a comparison" matches.
    await expect(page.getByRole('heading', { level: 2, name: /^Results/ })).toBeVisible();
    await expectEnglishMessages(page);

    await page.goto('/van-ban?lang=en');
    await page.getByLabel('or choose a file (.txt, .docx, .pdf)').setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n'),
    });
    await page.getByRole('button', { name: 'Check the text' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('report.pdf: the PDF file is broken');
    await expectEnglishMessages(page, 1);
  });
});
