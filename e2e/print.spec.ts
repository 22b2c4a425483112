import { expect, test } from '@playwright/test';
import { readPdfPages } from './helpers/pdf-text';

/** Text without any whitespace. Grammar: a run of whitespace. Example: "Tóm  tắt\ntheo" → "Tómtắttheo". */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

test.describe('print view (/kiem-tra/in)', () => {
  test('a PDF printed at once holds every chart title, drawn series paths and no placeholder', async ({ page }) => {
    await page.goto('/kiem-tra/in');
    // No waiting of any kind: print the page as it arrived.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = readPdfPages(pdf);
    const text = pages.map((p) => p.text).join('\n');
    // The PDF text: the glyphs of the content streams decoded through the fonts' ToUnicode maps.
    // Chromium positions glyphs one by one, so word spaces are not reliable: compare without whitespace.
    const flat = squeeze(text);
    expect(pages.length).toBeGreaterThan(1);
    expect(flat).toContain(squeeze('Tóm tắt theo kết quả'));
    expect(flat).not.toContain(squeeze('Đang vẽ biểu đồ'));
    expect(flat).not.toContain(squeeze('Drawing the chart'));

    // Each chart's title as the server sent it must be in the PDF.
    const titles = await page.locator('figcaption.static-chart__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(flat).toContain(squeeze(title));
    const tableTitles = await page.getByRole('region', { name: 'Biểu đồ so sánh số in và số tính lại' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(tableTitles.length).toBeGreaterThan(0);
    for (const title of tableTitles) expect(flat).toContain(squeeze(title));

    // Drawn series: the page's charts hold their series paths in the HTML, and the PDF paints paths.
    const series = page.locator('svg[data-chart-surface] path.series');
    expect(await series.count()).toBeGreaterThan(0);
    expect(pages.reduce((n, p) => n + p.paintedPaths, 0)).toBeGreaterThan(await series.count());

    // The sign-off block and the page numbers (CSS @page counter: "1 / N" at the bottom of page 1).
    expect(flat).toContain(squeeze('Người lập'));
    expect(flat).toContain(squeeze('Người kiểm tra'));
    expect(flat).toContain(squeeze(`1 / ${pages.length}`));
  });

  test('notes sit beside the findings they qualify', async ({ page }) => {
    await page.goto('/kiem-tra/in');
    // data/so-sanh-2015-2022.csv, row 4: the document prints no 2015 value for tourists.
    const row = page.getByRole('row').filter({ hasText: 'Lượt khách du lịch' });
    await expect(row).toContainText('Ghi chú: Tài liệu không in giá trị năm 2015');
  });
});
