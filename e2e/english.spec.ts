import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { findVietnamese } from '../lib/i18n/vietnamese-letters';

/*
 * With ?lang=en, no message on any page is in Vietnamese: alerts, status lines, table warnings,
 * upload errors, the engine's verdict messages and data-quality warnings (`data-message="engine"`,
 * made by lib/verify and lib/extract) and the other elements marked `data-message` in the markup.
 * Document data stays as printed: text in quotes inside a message ("Năm 2015", "mười") is a cell
 * or header of the uploaded file, and indicator names are not message elements.
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
async function messageTexts(page: Page, selector = '[role="alert"], [role="status"], [data-message]'): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
}

/** The engine's messages on the page: verdict arithmetic and data-quality warnings. */
const ENGINE = '[data-message="engine"]';

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
    expect((await messageTexts(page, ENGINE)).length).toBeGreaterThan(0);
    await expectEnglishMessages(page);
  });

  test('the findings and the print view give the engine messages in English', async ({ page }) => {
    for (const path of ['/kiem-tra', '/kiem-tra/in']) {
      await page.goto(`${path}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const engine = await messageTexts(page, ENGINE);
      // The bundled report has findings, each with its arithmetic ("39,8 / 10,6 = 3,75 → rounds to 3,8").
      expect(engine.length).toBeGreaterThan(5);
      expect(engine.some((t) => t.includes('rounds to'))).toBe(true);
      await expectEnglishMessages(page);
    }
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

    await page.goto('/kiem-tra');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const engine = (await messageTexts(page, ENGINE)).filter((t) => findVietnamese(ownWords(t)) !== null);
    expect(engine.length).toBeGreaterThan(5);
  });

  test('a prose check: the result, its engine messages and a refused file in English', async ({ page }) => {
    await page.goto('/van-ban?lang=en');
    // Test sentences in our own words, with figures from the bundled report (budget revenue 2015 and 2022, Mục II.6).
    await page
      .getByLabel('Paste the report text')
      .fill('Năm 2015 thu ngân sách đạt 1.382,08 tỷ đồng. Năm 2022 thu ngân sách đạt 3.957,9 tỷ đồng, tăng 186,4% so với năm 2015.');
    await page.getByRole('button', { name: 'Check the text' }).click();
    // Grammar: start "Results". Example: "Results: 3 figures, 1 with a comparison" matches.
    await expect(page.getByRole('heading', { level: 2, name: /^Results/ })).toBeVisible();
    await page.locator('mark', { hasText: 'tăng 186,4%' }).focus();
    await expect(page.getByRole('tooltip')).toContainText('3.957,9 / 1.382,08 − 1 = 186,37% → rounds to 186,4%');
    expect((await messageTexts(page, ENGINE)).length).toBeGreaterThan(0);
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
