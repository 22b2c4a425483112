import { expect, test, type Locator, type Page } from '@playwright/test';

/** The checked report table (not the chart's data table), found by its caption. */
function reportTable(page: Page): Locator {
  // Grammar: "giá trị như tài liệu in" or "values as printed" anywhere in the name (Vietnamese or English page).
  // Example: "Bảng 2, giá trị như tài liệu in" matches.
  return page.getByRole('table', { name: /giá trị như tài liệu in|values as printed/ });
}

/** The indicator names of the visible body rows, in display order. */
async function indicatorOrder(table: Locator): Promise<string[]> {
  // The expand button's ▸/▾ mark is part of the cell's text; the name follows it.
  // Grammar: start ( "▸" | "▾" ) whitespace*. Example: "▸ GDP bình quân đầu người" → "GDP bình quân đầu người".
  return (await table.locator('tbody').getByRole('rowheader').allInnerTexts()).map((s) => s.replace(/^[▸▾]\s*/, '').trim());
}

test.describe('/bang/[id] report table', () => {
  test('GDP per capita row shows the printed claim and the match verdict', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bảng 2');
    const row = reportTable(page).getByRole('row', { name: 'GDP bình quân đầu người' });
    await expect(row).toContainText('Tăng 3,8 lần');
    await expect(row).toContainText('3,75 lần');
    await expect(row).toContainText('Khớp');
    await expect(row.getByText('match', { exact: true })).toBeVisible();
    await expect(row).toHaveAttribute('id', 'row-2');
  });

  test('the services share claim on the 2015→2022 table is in the wrong direction', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    const row = reportTable(page).getByRole('row', { name: 'Cơ cấu kinh tế: dịch vụ' });
    await expect(row).toContainText('tăng từ 54,06% lên 53,75%');
    await expect(row).toContainText('Sai chiều');
    await expect(row.getByText('wrong_direction', { exact: true })).toBeVisible();
  });

  test('sorting by a year column changes the row order and sets aria-sort', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    const table = reportTable(page);
    const before = await indicatorOrder(table);
    expect(before[0]).toBe('GDP bình quân đầu người');
    const header = table.getByRole('columnheader', { name: 'Năm 2022' });
    await header.getByRole('button').click();
    // Grammar: "ascending" or "descending" anywhere. Example: aria-sort="descending" matches; "none" does not.
    await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
    const direction = await header.getAttribute('aria-sort');
    const after = await indicatorOrder(table);
    expect(after).not.toEqual(before);
    expect([...after].sort()).toEqual([...before].sort());
    // 10.607 (investment) is the largest 2022 value, 39,8 (GDP) the smallest.
    if (direction === 'descending') expect(after[0]).toBe('Tổng vốn đầu tư toàn xã hội');
    else expect(after[after.length - 1]).toBe('Tổng vốn đầu tư toàn xã hội');
    await page.getByRole('button', { name: 'Về thứ tự như tài liệu in' }).click();
    expect(await indicatorOrder(table)).toEqual(before);
  });

  test('keyboard: Enter on a header button sorts, and the expand button opens with Space', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    const table = reportTable(page);
    const header = table.getByRole('columnheader', { name: 'Chỉ tiêu' });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const expand = page.getByRole('button', { name: 'Xem cách tính: Thu ngân sách trên địa bàn' });
    await expand.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Ẩn cách tính: Thu ngân sách trên địa bàn' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('search ignores diacritics: "ngan sach" keeps only the budget rows', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    const table = reportTable(page);
    await page.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('ngan sach');
    await expect(table.locator('tbody').getByRole('rowheader')).toHaveCount(2);
    for (const name of await indicatorOrder(table)) expect(name.toLowerCase()).toContain('ngân sách');
    await expect(page.getByRole('status')).toHaveText('Đang hiển thị 2 trên 16 dòng');
  });

  test('the verdict filter keeps only rows with that verdict', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    await page.getByLabel('Lọc theo kết luận').selectOption('wrong_direction');
    expect(await indicatorOrder(reportTable(page))).toEqual(['Cơ cấu kinh tế: dịch vụ']);
  });

  test('expanding a row shows the arithmetic and the provenance', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    const button = page.getByRole('button', { name: 'Xem cách tính: GDP bình quân đầu người' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const open = page.getByRole('button', { name: 'Ẩn cách tính: GDP bình quân đầu người' });
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const detail = page.locator(`#${await open.getAttribute('aria-controls')}`);
    await expect(detail).toContainText('39,8');
    await expect(detail).toContainText('bang-2-2009-2022.csv, dòng 2');
  });

  test('a link to #row-<line> opens that row, which can still be closed', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022#row-3');
    const open = page.getByRole('button', { name: 'Ẩn cách tính: Cơ cấu kinh tế: dịch vụ' });
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await open.click();
    await expect(page.getByRole('button', { name: 'Xem cách tính: Cơ cấu kinh tế: dịch vụ' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('columns can be hidden from the column menu', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    const table = reportTable(page);
    await expect(table.getByRole('columnheader', { name: 'Đơn vị tính' })).toBeVisible();
    await page.getByText('Chọn cột hiển thị', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Đơn vị tính' }).uncheck();
    await expect(table.getByRole('columnheader', { name: 'Đơn vị tính' })).toHaveCount(0);
  });

  test('the comparison chart renders, with a text summary per panel', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('img', { name: 'GDP bình quân đầu người: in 3,8, tính lại 3,75' })).toBeVisible();
  });

  test('English', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022?lang=en');
    const table = reportTable(page);
    await expect(table.getByRole('columnheader', { name: 'Indicator' })).toBeVisible();
    await expect(table.getByRole('row', { name: 'Cơ cấu kinh tế: dịch vụ' })).toContainText('Wrong direction');
  });

  test('an unknown table id gives the not-found page', async ({ page }) => {
    const response = await page.goto('/bang/khong-co-bang-nay');
    expect(response?.status()).toBe(404);
  });

  test('on a phone the table scrolls sideways inside its own region', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/bang/so-sanh-2015-2022');
    const region = page.getByRole('region', { name: 'Bảng số liệu, cuộn ngang được' });
    const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(pageOverflow).toBe(false);
  });
});
