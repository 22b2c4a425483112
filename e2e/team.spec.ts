import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { docxText } from './helpers/docx-text';
import { ensureUser, signedInContext, signIn, TEST_USERS, testPassword } from './support/accounts';

/*
 * Issue 14: sign-in, roles refusing writes, deciding findings with their history, the audit log
 * and the review sheet sent back as .docx. The specs run as the reviewer (the suite's default
 * state); the viewer and the admin get their own browser contexts.
 */

const RUN = `e2e-team-${Date.now().toString(36)}`;

/* A table written for this test (figures made up): two mismatches, a wrong direction and a match. */
const TABLE = [
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2022;Năm 2022 so với năm 2015',
  '1;Vốn đầu tư phát triển;Tỷ đồng;1.000,0;1.200,0;Tăng 25%',
  '2;Doanh thu du lịch;Tỷ đồng;500,0;650,0;Tăng 35%',
  '3;Số trường đạt chuẩn;Trường;120;180;Giảm 50%',
  '4;Số giường bệnh;Giường;800;880;Tăng 10%',
].join('\r\n');

let datasetId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const response = await request.post('/api/datasets', {
    multipart: { file: { name: 'bang-soat.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${TABLE}`, 'utf8') }, name: RUN },
  });
  expect(response.status()).toBe(201);
  datasetId = ((await response.json()) as { id: string }).id;
});

test.afterAll(async ({ request }) => {
  if (datasetId) await request.delete(`/api/datasets/${datasetId}`);
});

/** Records a decision through the form of the finding whose indicator is `indicator`. */
async function decide(page: Page, indicator: string, status: string, comment: string): Promise<void> {
  const form = page.getByRole('form', { name: new RegExp(`^Ghi quyết định: ${indicator}`) });
  await form.getByLabel('Trạng thái mới').selectOption({ label: status });
  await form.getByLabel('Nhận xét').fill(comment);
  await form.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã lưu quyết định.');
}

function finding(page: Page, indicator: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(indicator) }) });
}

test('signing in and out through the form', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/dang-nhap?next=%2Fkiem-tra');
  await page.getByLabel('Tên đăng nhập').fill(TEST_USERS.reviewer);
  await page.getByLabel('Mật khẩu').fill('mật khẩu sai rồi nhé');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('không đúng');
  await page.getByLabel('Mật khẩu').fill(testPassword());
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/kiem-tra$/);
  const account = page.getByRole('navigation', { name: 'Tài khoản' });
  await expect(account.getByRole('link', { name: `${TEST_USERS.reviewer} (người soát)` })).toBeVisible();
  await account.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  expect((await context.request.get('/api/session')).status()).toBe(401);
  await context.close();
});

test('a viewer reads everything and changes nothing: 403 from the API, no write controls', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'viewer', baseURL ?? '');
  const api = context.request;
  const upload = await api.post('/api/datasets', { multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) } } });
  expect(upload.status()).toBe(403);
  expect((await api.patch(`/api/datasets/${datasetId}`, { data: { name: 'Đổi tên' } })).status()).toBe(403);
  expect((await api.delete(`/api/datasets/${datasetId}`)).status()).toBe(403);
  expect((await api.post(`/api/datasets/${datasetId}/recheck`)).status()).toBe(403);
  expect((await api.post(`/api/datasets/${datasetId}/decisions`, { data: { target: 'bang-soat:2', status: 'confirmed', comment: '' } })).status()).toBe(403);
  expect((await api.get('/api/audit')).status()).toBe(403);
  expect((await api.get(`/api/datasets/${datasetId}`)).status()).toBe(200);

  const page = await context.newPage();
  await page.goto(`/kiem-tra?ds=${datasetId}`);
  await expect(finding(page, 'Doanh thu du lịch')).toBeVisible();
  await expect(page.getByRole('form', { name: /^Ghi quyết định/ })).toHaveCount(0);
  await page.goto('/tai-len');
  await expect(page.getByText('Tài khoản của bạn chỉ được xem')).toBeVisible();
  await expect(page.getByLabel('chọn tệp từ máy')).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Đổi tên: ${RUN}` })).toHaveCount(0);
  await page.goto(`/du-lieu/${datasetId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(RUN);
  await expect(page.getByRole('button', { name: 'Kiểm tra lại bằng bản mới' })).toHaveCount(0);
  await context.close();
});

test('a write without a session and a cross-origin write are refused', async ({ playwright, baseURL, request }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const upload = await anonymous.post('/api/datasets', { multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(TABLE) } } });
  expect(upload.status()).toBe(401);
  expect((await anonymous.delete(`/api/datasets/${datasetId}`)).status()).toBe(401);
  await anonymous.dispose();
  // The reviewer's own cookie, sent by a page of another site.
  const crossSite = await request.patch(`/api/datasets/${datasetId}`, { data: { name: 'Từ trang khác' }, headers: { origin: 'http://evil.example' } });
  expect(crossSite.status()).toBe(403);
  const crossSiteDecision = await request.post(`/api/datasets/${datasetId}/decisions`, {
    data: { target: 'bang-soat:2', status: 'dismissed', comment: '' },
    headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSiteDecision.status()).toBe(403);
});

test('the reviewer confirms two findings with comments; the history keeps the old and the new status', async ({ page }) => {
  await page.goto(`/kiem-tra?ds=${datasetId}`);
  await expect(page.getByText('3 / 3 phát hiện chưa xem')).toBeVisible();
  await decide(page, 'Vốn đầu tư phát triển', 'Chấp nhận', `${RUN}: số làm tròn theo quy định`);
  await decide(page, 'Vốn đầu tư phát triển', 'Xác nhận sai', `${RUN}: tăng 20%, không phải 25%`);
  await decide(page, 'Doanh thu du lịch', 'Xác nhận sai', `${RUN}: tăng 30%, không phải 35%`);

  await page.goto(`/kiem-tra?ds=${datasetId}&status=confirmed`);
  await expect(page.getByRole('heading', { name: 'Đang hiện 2 trong 4 nhận định' })).toBeVisible();
  const investment = finding(page, 'Vốn đầu tư phát triển');
  await expect(investment.getByText(/^Trạng thái: ✗ Xác nhận sai/)).toBeVisible();
  await investment.getByText('Lịch sử quyết định (2)').click();
  const history = investment.getByRole('listitem');
  await expect(history.nth(0)).toContainText('Chấp nhận');
  await expect(history.nth(0)).toContainText('số làm tròn theo quy định');
  await expect(history.nth(1)).toContainText('Xác nhận sai');
  await expect(history.nth(1)).toContainText(TEST_USERS.reviewer);

  await page.goto(`/kiem-tra?ds=${datasetId}&status=unreviewed`);
  await expect(page.getByRole('heading', { name: 'Đang hiện 1 trong 4 nhận định' })).toBeVisible();
  await expect(finding(page, 'Số trường đạt chuẩn')).toBeVisible();
  await page.goto(`/du-lieu/${datasetId}`);
  await expect(page.getByText('1 / 3 phát hiện chưa xem')).toBeVisible();
  // The static overview fetches the counts after first paint: the bundled report's, and each upload's.
  await page.goto('/');
  await expect(page.getByText(/^\d+ \/ \d+ phát hiện chưa xem$/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: RUN }).getByRole('link', { name: '1 phát hiện chưa xem' })).toBeVisible();
});

test('the review sheet: a printable page and a .docx holding both comments', async ({ page }) => {
  await page.goto(`/phieu-ra-soat/${datasetId}`);
  await expect(page.getByRole('heading', { name: 'PHIẾU RÀ SOÁT SỐ LIỆU', exact: true })).toBeVisible();
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByRole('cell', { name: /tăng 20%, không phải 25%/ })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải phiếu rà soát (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`phieu-ra-soat-${datasetId}.docx`);
  const text = docxText(readFileSync((await download.path()) ?? ''));
  expect(text).not.toBeNull();
  expect(text).toContain('PHIẾU RÀ SOÁT SỐ LIỆU');
  expect(text).toContain(`${RUN}: tăng 20%, không phải 25%`);
  expect(text).toContain(`${RUN}: tăng 30%, không phải 35%`);
  // Accepted, then confirmed: only the current status counts; the accepted comment is history.
  expect(text).not.toContain('số làm tròn theo quy định');
  expect(text).toContain('Tính lại: 20,0%');
  expect(text).toContain('“Tăng 25%”');
});

test('the admin reads every write of the test in the audit log, and manages users', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'admin', baseURL ?? '');
  const page = await context.newPage();
  await page.goto('/quan-tri/nhat-ky');
  const log = page.getByRole('table', { name: /Nhật ký thao tác/ });
  const rowsAbout = (action: string) => log.getByRole('row').filter({ hasText: action }).filter({ hasText: datasetId });
  await expect(rowsAbout('tải lên bộ dữ liệu')).toHaveCount(1);
  await expect(rowsAbout('ghi quyết định')).toHaveCount(3);
  await expect(rowsAbout('ghi quyết định').first()).toContainText(TEST_USERS.reviewer);
  await expect(log.getByRole('row').filter({ hasText: 'đăng nhập' }).filter({ hasText: TEST_USERS.viewer }).first()).toBeVisible();

  const name = `${RUN}-moi`;
  await page.goto('/quan-tri');
  const add = page.getByRole('form', { name: 'Thêm người dùng' });
  await add.getByLabel('Tên đăng nhập').fill(name);
  await add.getByLabel('Vai trò').selectOption({ label: 'người xem' });
  await add.getByLabel('Mật khẩu (ít nhất 10 ký tự)').fill(testPassword());
  await add.getByRole('button', { name: 'Thêm người dùng' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText('đang dùng');
  await row.getByRole('button', { name: `Khoá ${name}` }).click();
  await expect(row).toContainText('đã khoá');
  const blocked = await context.request.post('/api/session', { data: { name, password: testPassword() } });
  expect(blocked.status()).toBe(401);
  await page.goto('/quan-tri/nhat-ky');
  await expect(page.getByRole('row').filter({ hasText: 'khoá tài khoản' }).filter({ hasText: name })).toHaveCount(1);
  await context.close();
});

test('at 390 px the review, sheet, sign-in and admin pages need no sideways scrolling', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, 'admin', baseURL ?? '');
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/kiem-tra?ds=${datasetId}`, `/phieu-ra-soat/${datasetId}`, '/dang-nhap', '/tai-khoan', '/quan-tri', '/quan-tri/nhat-ky']) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
  await page.goto(`/kiem-tra?ds=${datasetId}`);
  const save = page.getByRole('form', { name: /^Ghi quyết định: Số trường đạt chuẩn/ }).getByRole('button', { name: 'Lưu quyết định' });
  const box = await save.boundingBox();
  expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await context.close();
});

test('the sixth failed sign-in in a row is slowed down', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await signIn(admin, TEST_USERS.admin);
  const name = `${RUN}-doan`;
  await ensureUser(admin, name, 'viewer');
  const attempt = (password: string): ReturnType<APIRequestContext['post']> => admin.post('/api/session', { data: { name, password } });
  for (let i = 1; i <= 5; i++) expect((await attempt(`đoán sai lần ${i}`)).status(), `failure ${i}`).toBe(401);
  const sixth = await attempt(testPassword());
  expect(sixth.status()).toBe(429);
  expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(0);
  await admin.dispose();
});
