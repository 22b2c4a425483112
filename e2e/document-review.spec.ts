import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { docxText } from './helpers/docx-text';
import { signedInContext, TEST_USERS } from './support/accounts';
import { chooseFile, textFile } from './support/documents';

/*
 * Issue 14 for stored documents: a reviewer saves a text, decides on its findings with comments
 * (the history keeps the old and the new status), downloads the review sheet and reads both comments
 * back from the .docx; version 2 takes over the decision on a finding left as it was (còn nguyên); a
 * viewer reads all of it and can change nothing; the admin finds every write in the audit log.
 */

const RUN = `e2e-doc-review-${Date.now().toString(36)}`;

// Figures of the Cao Bằng 2015–2022 comparison (data/so-sanh-2015-2022.csv), sentences written for this
// test with two growth rates printed wrong on purpose (51,8% and 39,6% are right).
const TRADE = (rate: string) =>
  `Năm 2015 tổng kim ngạch xuất nhập khẩu hàng hóa qua địa bàn đạt 556,94 triệu USD. Năm 2022 tổng kim ngạch xuất nhập khẩu hàng hóa qua địa bàn đạt 845,5 triệu USD, tăng ${rate} so với năm 2015.`;
const INVESTMENT_WRONG =
  'Năm 2015 tổng vốn đầu tư toàn xã hội đạt 7.600 tỷ đồng. Năm 2022 tổng vốn đầu tư toàn xã hội đạt 10.607 tỷ đồng, tăng 49,6% so với năm 2015.';
const BUDGET = 'Năm 2015 thu ngân sách nhà nước đạt 1.382,08 tỷ đồng. Năm 2022 thu ngân sách nhà nước đạt 3.957,9 tỷ đồng, gấp 2,9 lần năm 2015.';

const TRADE_FINDING = 'tổng kim ngạch xuất nhập khẩu hàng hóa qua địa bàn';
const INVESTMENT_FINDING = 'tổng vốn đầu tư toàn xã hội';

let v1 = '';
let v2 = '';

test.describe.configure({ mode: 'serial' });

function decisionForm(page: Page, finding: string) {
  return page.getByRole('form', { name: new RegExp(`^Ghi quyết định: ${finding}`) });
}

function findingCard(page: Page, finding: string) {
  return page.getByRole('region', { name: 'Soát các phát hiện' }).getByRole('article', { name: finding });
}

/** Records a decision through the form of a finding of the open document. */
async function decide(page: Page, finding: string, status: string, comment: string): Promise<void> {
  const form = decisionForm(page, finding);
  await form.getByLabel('Trạng thái mới').selectOption({ label: status });
  await form.getByLabel('Nhận xét').fill(comment);
  await form.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã lưu quyết định.');
}

test('the reviewer saves a text, confirms two findings with comments; the history keeps the old and the new status', async ({ page }) => {
  await page.goto('/van-ban');
  await chooseFile(page, 'hoặc chọn tệp (.txt, .docx, .pdf)', textFile(`${RUN}.txt`, [TRADE('61,8%'), INVESTMENT_WRONG, BUDGET]));
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  await page.getByRole('button', { name: 'Lưu thành tài liệu' }).click();
  await page.getByRole('link', { name: 'Mở tài liệu đã lưu' }).click();
  // Grammar: "/tai-lieu/" then 32 hex digits at the end. Example: "/tai-lieu/0123…cdef" matches.
  await expect(page).toHaveURL(/\/tai-lieu\/[0-9a-f]{32}$/);
  v1 = page.url().split('/').at(-1) ?? '';
  await expect(page.getByRole('link', { name: '2 / 2 phát hiện chưa xem' })).toBeVisible();

  await decide(page, INVESTMENT_FINDING, 'Chấp nhận', `${RUN}: số làm tròn, tạm chấp nhận`);
  await decide(page, INVESTMENT_FINDING, 'Xác nhận sai', `${RUN}: vốn đầu tư tăng 39,6%, không phải 49,6%`);
  await decide(page, TRADE_FINDING, 'Xác nhận sai', `${RUN}: kim ngạch tăng 51,8%, không phải 61,8%`);
  await expect(page.getByRole('link', { name: '0 / 2 phát hiện chưa xem' })).toBeVisible();

  const investment = findingCard(page, INVESTMENT_FINDING);
  await expect(investment.getByText(/^Trạng thái: ✗ Xác nhận sai/)).toBeVisible();
  await investment.getByText('Lịch sử quyết định (2)').click();
  const history = investment.getByRole('listitem');
  await expect(history.nth(0)).toContainText('Chấp nhận');
  await expect(history.nth(0)).toContainText('tạm chấp nhận');
  await expect(history.nth(1)).toContainText('Xác nhận sai');
  await expect(history.nth(1)).toContainText(TEST_USERS.reviewer);

  // The status filter: the confirmed ones, then none left unreviewed.
  const filter = page.getByRole('navigation', { name: 'Trạng thái soát' });
  await filter.getByRole('link', { name: /Xác nhận sai \(2\)/ }).click();
  await expect(page).toHaveURL(/status=confirmed/);
  await expect(filter.getByRole('link', { name: /Xác nhận sai \(2\)/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Đang hiện 2 trong 2 phát hiện')).toBeVisible();
  await filter.getByRole('link', { name: /Chưa xem \(0\)/ }).click();
  await expect(page).toHaveURL(/status=unreviewed/);
  await expect(page.getByText('Không có phát hiện nào có trạng thái này.')).toBeVisible();
  await expect(page.getByRole('form', { name: /^Ghi quyết định/ })).toHaveCount(0);
});

test('the review sheet: a printable page and a .docx holding both comments', async ({ page }) => {
  await page.goto(`/tai-lieu/${v1}`);
  await page.getByRole('link', { name: 'Phiếu rà soát (bản in)' }).click();
  await expect(page.getByRole('heading', { name: 'PHIẾU RÀ SOÁT SỐ LIỆU', exact: true })).toBeVisible();
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByRole('cell', { name: /kim ngạch tăng 51,8%, không phải 61,8%/ })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải phiếu rà soát (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`phieu-ra-soat-tai-lieu-${v1}.docx`);
  const text = docxText(readFileSync((await download.path()) ?? '')) ?? '';
  expect(text).toContain('PHIẾU RÀ SOÁT SỐ LIỆU');
  expect(text).toContain(`${RUN}: vốn đầu tư tăng 39,6%, không phải 49,6%`);
  expect(text).toContain(`${RUN}: kim ngạch tăng 51,8%, không phải 61,8%`);
  // The accepted comment was replaced by the confirmation: it stays in the history, not on the sheet.
  expect(text).not.toContain('tạm chấp nhận');
  expect(text).toContain('dòng 3');
  expect(text).toContain('10.607 / 7.600 − 1 = 39,57%');
  expect(text).toContain('tăng 39,6%');
  expect(text).toContain('“tăng 49,6% so với năm 2015”');
});

test('version 2 takes over the decision on the finding left as it was (còn nguyên)', async ({ page }) => {
  await page.goto(`/tai-lieu/${v1}`);
  await chooseFile(page, 'Tệp phiên bản mới', textFile(`${RUN}-v2.txt`, [TRADE('51,8%'), INVESTMENT_WRONG, BUDGET]));
  await page.getByRole('button', { name: 'Tải lên và so sánh' }).click();
  await expect(page.getByRole('region', { name: 'So sánh phiên bản 2 với phiên bản 1' })).toBeVisible();
  v2 = page.url().split('/').at(-1)?.split('?')[0] ?? '';
  expect(v2).not.toBe(v1);
  const investment = findingCard(page, INVESTMENT_FINDING);
  await expect(investment.getByText(/^Trạng thái: ✗ Xác nhận sai/)).toBeVisible();
  await expect(investment).toContainText('chuyển từ phiên bản 1');
  await expect(investment).toContainText('vốn đầu tư tăng 39,6%, không phải 49,6%');
  await expect(investment).toContainText(TEST_USERS.reviewer);
  // The fixed trade figure is no finding any more; the only one is decided.
  await expect(findingCard(page, TRADE_FINDING)).toHaveCount(0);
  await expect(page.getByRole('link', { name: '0 / 1 phát hiện chưa xem' })).toBeVisible();
  await page.goto('/tai-len');
  const listed = page.getByRole('region', { name: 'Tài liệu đã lưu' }).getByRole('listitem').filter({ hasText: `${RUN}.txt` });
  await expect(listed.getByRole('link', { name: '0 phát hiện chưa xem' })).toBeVisible();
});

test('a viewer reads the document and its decisions and changes nothing: no controls, 403 from the API', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'viewer', baseURL ?? '');
  const page = await context.newPage();
  await page.goto(`/tai-lieu/${v1}`);
  await expect(findingCard(page, INVESTMENT_FINDING).getByText(/^Trạng thái: ✗ Xác nhận sai/)).toBeVisible();
  await expect(page.getByRole('form', { name: /^Ghi quyết định/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lưu quyết định' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tải lên và so sánh' })).toHaveCount(0);
  const history = (await (await context.request.get(`/api/documents/${v1}/decisions`)).json()) as { history: { target: string }[] };
  const target = history.history[0]?.target ?? '';
  const refused = await context.request.post(`/api/documents/${v1}/decisions`, { data: { target, status: 'bỏ qua', comment: 'người xem thử' } });
  expect(refused.status()).toBe(403);
  expect((await context.request.get(`/api/documents/${v1}/review-sheet`)).status()).toBe(200);
  await context.close();
});

test('a decision without a session, or from another site, is refused', async ({ playwright, baseURL, request }) => {
  const { history } = (await (await request.get(`/api/documents/${v1}/decisions`)).json()) as { history: { target: string }[] };
  const target = history[0]?.target ?? '';
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.post(`/api/documents/${v1}/decisions`, { data: { target, status: 'dismissed', comment: '' } })).status()).toBe(401);
  await anonymous.dispose();
  const crossSite = await request.post(`/api/documents/${v1}/decisions`, {
    data: { target, status: 'dismissed', comment: '' },
    headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  const after = (await (await request.get(`/api/documents/${v1}/decisions?target=${target}`)).json()) as { history: { status: string }[] };
  expect(after.history.map((d) => d.status)).not.toContain('dismissed');
});

test('the audit log lists every write of the test', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'admin', baseURL ?? '');
  const page = await context.newPage();
  await page.goto('/quan-tri/nhat-ky');
  const log = page.getByRole('table', { name: /Nhật ký thao tác/ });
  const rowsAbout = (action: string, id: string) => log.getByRole('row').filter({ hasText: action }).filter({ hasText: id });
  await expect(rowsAbout('lưu tài liệu', v1)).toHaveCount(1);
  await expect(rowsAbout('lưu tài liệu', v2)).toHaveCount(1);
  await expect(rowsAbout('ghi quyết định', v1)).toHaveCount(3);
  await expect(rowsAbout('ghi quyết định', v1).first()).toContainText(TEST_USERS.reviewer);
  await expect(rowsAbout('chuyển quyết định sang phiên bản mới', v2)).toHaveCount(1);
  await context.close();
});

test('at 390 px the document review and its sheet need no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/tai-lieu/${v1}`, `/tai-lieu/${v2}?lang=en`, `/phieu-ra-soat/${v1}`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
  await page.goto(`/tai-lieu/${v1}?lang=en`);
  await expect(page.getByRole('region', { name: 'Review the findings' })).toBeVisible();
  await expect(page.getByRole('form', { name: /^Record a decision: tổng vốn đầu tư/ }).getByRole('button', { name: 'Save decision' })).toBeVisible();
});
