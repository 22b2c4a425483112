import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  BUDGET_FIXED,
  BUDGET_WRONG,
  chooseFile,
  docxWithTable,
  FIRMS_WRONG,
  INVESTMENT,
  pdfFile,
  saveDocument,
  scannedPdf,
  textFile,
} from './support/documents';

const FILE_LABEL = 'hoặc chọn tệp (.txt, .docx, .pdf)';

async function check(page: Page) {
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  // Grammar: start "Kết quả: " digit+ " số liệu". Example: "Kết quả: 9 số liệu, 2 sai" matches.
  await expect(page.getByRole('heading', { level: 2, name: /^Kết quả: \d+ số liệu/ })).toBeVisible();
}

function findings(page: Page) {
  return page.getByRole('list', { name: 'Nhận định, nặng nhất trước' }).getByRole('button');
}

test.describe('documents: PDF and Word in, saved, versions compared', () => {
  test('a two-page PDF: every claim carries its page, the text shows the page break', async ({ page }) => {
    await page.goto('/van-ban');
    await chooseFile(page, FILE_LABEL, pdfFile('bao-cao.pdf', [INVESTMENT, BUDGET_WRONG]));
    await check(page);
    await expect(page.getByText('2 trang')).toBeVisible();
    await expect(page.getByRole('separator', { name: 'Trang 2' })).toBeVisible();
    const list = findings(page);
    await expect(list).toHaveCount(2);
    await expect(list.filter({ hasText: 'vốn đầu tư' })).toContainText('trang 1');
    await expect(list.filter({ hasText: 'thu ngân sách' })).toContainText('trang 2');
    await expect(list.filter({ hasText: 'thu ngân sách' })).toContainText('Không khớp');
  });

  test('a .docx with a table and prose: the table rows get verdicts under their indicator names', async ({ page }) => {
    await page.goto('/van-ban');
    await chooseFile(page, FILE_LABEL, docxWithTable('bao-cao.docx', INVESTMENT));
    await check(page);
    const table = page.getByRole('table', { name: 'Bảng 1' });
    await expect(table.getByRole('row', { name: /GDP bình quân đầu người/ })).toContainText('Khớp');
    await expect(table.getByRole('row', { name: /Thu ngân sách/ })).toContainText('Không khớp');
    await expect(findings(page).filter({ hasText: 'vốn đầu tư' })).toContainText('Khớp');
  });

  test('a scanned PDF gets the message, never an empty result', async ({ page }) => {
    await page.goto('/van-ban');
    await chooseFile(page, FILE_LABEL, scannedPdf('quet.pdf'));
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'quet.pdf' })).toContainText('quet.pdf: tệp PDF không có lớp chữ');
    await expect(page.getByRole('heading', { level: 2, name: /^Kết quả/ })).toHaveCount(0);
  });

  test('a checked PDF is saved, opens at /tai-lieu/[id] with its pages, and is listed beside the datasets', async ({ page }) => {
    await page.goto('/van-ban');
    await chooseFile(page, FILE_LABEL, pdfFile('luu-thu.pdf', [INVESTMENT, BUDGET_WRONG]));
    await check(page);
    await page.getByRole('button', { name: 'Lưu thành tài liệu' }).click();
    await page.getByRole('link', { name: 'Mở tài liệu đã lưu' }).click();
    // Grammar: "/tai-lieu/" then 32 hex digits at the end. Example: "/tai-lieu/0123…cdef" matches.
    await expect(page).toHaveURL(/\/tai-lieu\/[0-9a-f]{32}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('luu-thu.pdf');
    await expect(findings(page).filter({ hasText: 'thu ngân sách' })).toContainText('trang 2');
    await expect(page.getByRole('separator', { name: 'Trang 2' })).toBeVisible();
    await page.getByRole('button', { name: 'Kiểm tra lại bằng công cụ hiện tại' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã kiểm tra lại.' })).toBeVisible();
    await page.goto('/tai-len');
    await expect(page.getByRole('region', { name: 'Tài liệu đã lưu' }).getByRole('link', { name: 'luu-thu.pdf' }).first()).toBeVisible();
  });

  test('version 2 with one fix and one planted error: one đã sửa, the rest còn nguyên, one mới', async ({ page, request }) => {
    const id = await saveDocument(request, textFile('bao-cao-v1.txt', [INVESTMENT, BUDGET_WRONG]));
    await page.goto(`/tai-lieu/${id}`);
    await chooseFile(page, 'Tệp phiên bản mới', textFile('bao-cao-v2.txt', [INVESTMENT, BUDGET_FIXED, FIRMS_WRONG]));
    await page.getByRole('button', { name: 'Tải lên và so sánh' }).click();
    const comparison = page.getByRole('region', { name: 'So sánh phiên bản 2 với phiên bản 1' });
    await expect(comparison).toBeVisible();
    const rows = comparison.getByRole('row');
    const inState = (word: string) => rows.filter({ has: page.getByRole('cell', { name: word, exact: true }) });
    await expect(rows).toHaveCount(4);
    await expect(inState('đã sửa số liệu đã đổi')).toHaveCount(1);
    await expect(inState('đã sửa số liệu đã đổi')).toContainText('thu ngân sách');
    await expect(inState('đã sửa số liệu đã đổi')).toContainText('tăng 60%');
    await expect(inState('đã sửa số liệu đã đổi')).toContainText('tăng 50%');
    await expect(inState('mới')).toHaveCount(1);
    await expect(inState('mới')).toContainText('số doanh nghiệp');
    await expect(inState('còn nguyên')).toHaveCount(1);
    await expect(inState('còn nguyên')).toContainText('vốn đầu tư');
    await expect(page.getByRole('navigation', { name: 'Các phiên bản' }).getByRole('link', { name: 'phiên bản 1' })).toBeVisible();
  });

  test('a saved document with its comparison and tables: no serious axe violation, and it fits 390 px', async ({ page, request }) => {
    const v1 = await saveDocument(request, docxWithTable('a11y-v1.docx', BUDGET_WRONG));
    const v2 = await saveDocument(request, docxWithTable('a11y-v2.docx', BUDGET_FIXED), v1);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/tai-lieu/${v2}`, `/tai-lieu/${v2}?lang=en`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('a11y-v2.docx');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path} ${v.id}`);
      expect(serious).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  test('English: the comparison switches language', async ({ page, request }) => {
    const v1 = await saveDocument(request, textFile('en-v1.txt', [INVESTMENT, BUDGET_WRONG]));
    const v2 = await saveDocument(request, textFile('en-v2.txt', [INVESTMENT, BUDGET_FIXED]), v1);
    await page.goto(`/tai-lieu/${v2}?lang=en`);
    const comparison = page.getByRole('region', { name: 'Version 2 compared with version 1' });
    const rows = comparison.getByRole('row');
    await expect(rows.filter({ has: page.getByRole('cell', { name: 'fixed figure changed', exact: true }) })).toHaveCount(1);
    await expect(rows.filter({ has: page.getByRole('cell', { name: 'unchanged', exact: true }) })).toHaveCount(1);
  });
});
