import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** The seed text is NOT in the repository: CI checks out shared/ beside the clone. */
const SEED = join(process.cwd(), '..', 'shared', 'seed', '000_240dbfc099c0156e.txt');

/** A constructed paragraph (not the seed's prose): a mismatch, a match, a wrong direction, shares summing to 95%. */
const PARAGRAPH =
  'Năm 2018 vốn đầu tư đạt 1.000 tỷ đồng. Năm 2023 vốn đầu tư đạt 1.200 tỷ đồng, tăng 25% so với năm 2018. ' +
  'Doanh thu du lịch năm 2018 đạt 500 tỷ đồng; năm 2023 đạt 650 tỷ đồng, tăng 30% so với năm 2018. ' +
  'Cơ cấu kinh tế: công nghiệp tăng từ 20% (năm 2018) lên 25% (năm 2023); dịch vụ tăng từ 50% (năm 2018) lên 45% (năm 2023); ' +
  'nông nghiệp giảm từ 30% (năm 2018) xuống 25% (năm 2023).';

const RANK = ['wrong_direction', 'mismatch', 'match_points', 'match_truncated', 'implied', 'not_computable', 'unparsed', 'match'];

function marked(page: Page) {
  return page.getByRole('region', { name: 'Văn bản đã đánh dấu' });
}

function findings(page: Page) {
  return page.getByRole('list', { name: 'Nhận định, nặng nhất trước' }).getByRole('button');
}

async function check(page: Page) {
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  // Grammar: start "Kết quả: " digit+ " số liệu". Example: "Kết quả: 9 số liệu, 2 sai" matches.
  await expect(page.getByRole('heading', { level: 2, name: /^Kết quả: \d+ số liệu/ })).toBeVisible();
}

test.describe('prose checker (/van-ban)', () => {
  test('is in the main navigation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Văn bản' }).click();
    // Grammar: "/van-ban" end. Example: "http://localhost:3000/van-ban" matches.
    await expect(page).toHaveURL(/\/van-ban$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Soát số trong văn bản' })).toBeVisible();
  });

  test('marks every claim of a pasted paragraph with its verdict, and shows the arithmetic on focus', async ({ page }) => {
    await page.goto('/van-ban');
    await page.getByLabel('Dán văn bản báo cáo').fill(PARAGRAPH);
    await check(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Kết quả: 9 số liệu, trong đó 5 nhận định có phép so sánh' })).toBeVisible();

    const doc = marked(page);
    const mismatch = doc.locator('mark', { hasText: 'tăng 25% so với năm 2018' });
    const wrongWay = doc.locator('mark', { hasText: 'tăng từ 50% (năm 2018) lên 45% (năm 2023)' });
    const match = doc.locator('mark', { hasText: 'tăng 30% so với năm 2018' });
    await expect(doc.locator('mark')).toHaveCount(9);
    // Grammar of each: start verdict-label ": " the literal working ("." and "/" escaped).
    // Example: "Không khớp: 1.200 / 1.000 − 1 = 20,00%, in 25%" matches the first.
    await expect(mismatch).toHaveAccessibleDescription(/^Không khớp: 1\.200 \/ 1\.000 − 1 = 20,00%/);
    await expect(wrongWay).toHaveAccessibleDescription(/^Sai chiều: 50% → 45% là giảm, không phải tăng/);
    await expect(match).toHaveAccessibleDescription(/^Khớp: 650 \/ 500 − 1 = 30,00% → làm tròn 30%/);
    await expect(wrongWay).toContainText('⇅');
    await expect(mismatch).toContainText('✗');
    await expect(match).toContainText('✓');

    // Keyboard: Tab from the option above the text lands on the first mark and opens its tooltip.
    await page.getByLabel('Đánh dấu cả số liệu không có phép so sánh').focus();
    await page.keyboard.press('Tab');
    await expect(doc.locator('mark', { hasText: '1.000 tỷ đồng' })).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('không có phép so sánh để kiểm tra');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(mismatch).toBeFocused();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('Không khớp');
    await expect(tooltip).toContainText("1.200 / 1.000 − 1 = 20,00% → làm tròn 20%, không phải 25%; nên ghi 'tăng 20%'");
    await expect(tooltip).toContainText('1.000 tỷ đồng (2018, trong văn bản)');
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();

    // Hover shows it too.
    await match.hover();
    await expect(page.getByRole('tooltip')).toContainText('650 / 500 − 1 = 30,00% → làm tròn 30%');

    // Values that compare nothing can be left unmarked.
    await page.getByLabel('Đánh dấu cả số liệu không có phép so sánh').uncheck();
    await expect(doc.locator('mark')).toHaveCount(5);
  });

  test('shows the consistency checks in English on the English page', async ({ page }) => {
    await page.goto('/van-ban?lang=en');
    await page.getByLabel('Paste the report text').fill(PARAGRAPH);
    await page.getByRole('button', { name: 'Check the text' }).click();
    const checks = page.getByRole('list', { name: 'Consistency checks' }).getByRole('listitem');
    await expect(checks).toHaveCount(2);
    await expect(checks.nth(0)).toContainText('Shares do not add up to 100%');
    await expect(checks.nth(0)).toContainText('The shares for 2023: 25% + 45% + 25% = 95%, not 100%');
    await expect(checks.nth(1)).toContainText('45 − 50 = -5 percentage points');
  });

  test('lists findings worst first, checks included, and a finding leads to its mark', async ({ page }) => {
    await page.goto('/van-ban');
    await page.getByLabel('Dán văn bản báo cáo').fill(PARAGRAPH);
    await check(page);

    const checks = page.getByRole('list', { name: 'Kiểm tra nhất quán' }).getByRole('listitem');
    await expect(checks).toHaveCount(2);
    await expect(checks.nth(0)).toContainText('Tỷ trọng không cộng đủ 100%');
    await expect(checks.nth(0)).toContainText('25% + 45% + 25% = 95%, không phải 100%');
    await expect(checks.nth(1)).toContainText('45 − 50 = -5 điểm phần trăm');

    const verdicts = await findings(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict') ?? ''));
    expect(verdicts).toEqual(['wrong_direction', 'mismatch', 'match', 'match', 'match']);
    const ranks = verdicts.map((v) => RANK.indexOf(v));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    await expect(findings(page).first()).toContainText('Sai chiều');

    await findings(page).nth(1).click();
    await expect(marked(page).locator('mark', { hasText: 'tăng 25% so với năm 2018' })).toBeFocused();
    await checks.nth(1).getByRole('button', { name: 'Xem trong văn bản' }).click();
    await expect(marked(page).locator('mark', { hasText: 'tăng từ 50% (năm 2018) lên 45% (năm 2023)' })).toBeFocused();
  });

  test('exports the findings as CSV with a UTF-8 BOM', async ({ page }) => {
    await page.goto('/van-ban');
    await page.getByLabel('Dán văn bản báo cáo').fill(PARAGRAPH);
    await check(page);
    await expect(page.getByLabel('Dấu phân cách')).toHaveValue(';');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('soat-so-van-ban.csv');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('STT;Loại phát hiện;Kết quả;Mã kết quả;Chỉ tiêu;Đoạn trích;Năm;So với;Tính lại;Giải thích;Giá trị gốc;Giá trị so sánh;Vị trí (ký tự)');
    expect(lines[1]).toContain(';shares-not-100;');
    expect(lines[3]).toContain(';wrong_direction;dịch vụ;tăng từ 50% (năm 2018) lên 45% (năm 2023);');
    expect(lines[4]).toContain(';mismatch;vốn đầu tư;tăng 25% so với năm 2018;2023;2018;20;');
  });

  test('refuses an empty form with a message, and a broken PDF with the server’s reason', async ({ page }) => {
    await page.goto('/van-ban');
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Hãy dán văn bản hoặc chọn một tệp .txt, .docx hay .pdf.');
    await page.getByLabel('hoặc chọn tệp (.txt, .docx, .pdf)').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('bao-cao.pdf: tệp PDF bị hỏng');
  });

  test('uploads the seed .txt and reports the services share as a wrong direction', async ({ page }) => {
    expect(existsSync(SEED), `the seed text is missing at ${SEED}: CI must check out shared/ beside the repository`).toBe(true);
    await page.goto('/van-ban');
    await page.getByLabel('hoặc chọn tệp (.txt, .docx, .pdf)').setInputFiles(SEED);
    await check(page);
    await expect(page.getByText('Tệp 000_240dbfc099c0156e.txt (txt)')).toBeVisible();

    const first = findings(page).first();
    await expect(first).toHaveAttribute('data-verdict', 'wrong_direction');
    await expect(first).toContainText('Sai chiều');
    await expect(first).toContainText('tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022)');
    await expect(first).toContainText('dịch vụ');
    await first.click();
    const services = marked(page).locator('mark', { hasText: 'tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022)' });
    await expect(services).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('54,06% → 53,75% là giảm, không phải tăng');

    const checks = page.getByRole('list', { name: 'Kiểm tra nhất quán' }).getByRole('listitem');
    await expect(checks).toHaveCount(3);
    await expect(checks.nth(0)).toContainText('= 96,25%, không phải 100%');
    await expect(checks.nth(2)).toContainText('(1 + 39%)^(1/7) − 1 = 4,82%/năm');
    await expect(findings(page).filter({ hasText: 'tăng 186,3%' })).toContainText('Khớp nếu cắt số');
  });

  // Our sentence with Quảng Trị's figures of 2023 (Cổng TTĐT Quảng Trị, 29/12/2023): the bundled tables are Cao Bằng's,
  // whose GRDP per head of 2022 (39,8 million đồng) once made this rise a false mismatch.
  test("never checks another province's text against the bundled Cao Bằng tables, and says so", async ({ page }) => {
    await page.goto('/van-ban');
    await page.getByLabel('Dán văn bản báo cáo').fill('Năm 2023, GRDP bình quân đầu người của tỉnh Quảng Trị đạt 71 triệu đồng, tăng 9,06% so với năm 2022.');
    await check(page);
    // Both the bundled tables and the bundled reference series are Cao Bằng's: each is set aside, and said so.
    const notes = page.getByRole('note').filter({ hasText: 'đó là số liệu của Cao Bằng, còn văn bản nói về Quảng Trị' });
    await expect(notes).toHaveCount(2);
    await expect(notes.first()).toContainText('⊘ Không dùng dữ liệu kèm theo');
    await expect(notes.last()).toContainText('⊘ Không dùng Số liệu Cao Bằng (kèm theo)');
    const rise = marked(page).locator('mark', { hasText: 'tăng 9,06% so với năm 2022' });
    // Grammar: start "Suy ra giá trị: ". Example: "Suy ra giá trị: tăng 9,06% đến 71 ⇒ …" matches.
    await expect(rise).toHaveAccessibleDescription(/^Suy ra giá trị: /);
  });
});
