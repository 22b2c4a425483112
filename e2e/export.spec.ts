import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

/** What the browser downloaded, as bytes, with the name it suggested. */
async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The root `<svg>` width and height attributes of an exported SVG file. */
function svgSize(svg: string): { width: number; height: number } {
  // Grammar: "<svg " then anything but ">" up to width="N" and height="N". Example: '<svg xmlns="…" width="748" height="469"'.
  const match = /<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/** CSV text (BOM kept) split into lines. */
function csvLines(bytes: Buffer): string[] {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split('\r\n');
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The body rows of the checked report table on /bang (not the chart's data table). */
function reportRows(page: Page): Locator {
  return page.getByRole('table', { name: 'giá trị như tài liệu in' }).locator('tbody tr[data-verdict]');
}

test.describe('chart export', () => {
  test('indicator chart: PNG at 2× the chart box, SVG with title, unit, years, source and the embedded font', async ({ page }) => {
    await page.goto('/chi-tieu/thu-ngan-sach-tren-dia-ban');
    const surface = page.getByRole('img', { name: 'Biểu đồ đường' }).locator('svg.recharts-surface');
    await expect(surface).toBeVisible();
    const box = await surface.boundingBox();
    expect(box).not.toBeNull();

    const svgFile = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    expect(svgFile.name).toBe('thu-ngan-sach-tren-dia-ban-1991-2022.svg');
    const svg = svgFile.bytes.toString('utf8');
    expect(svg).toContain('Thu ngân sách trên địa bàn');
    expect(svg).toContain('Đơn vị: Tỷ đồng · 1991–2022');
    expect(svg).toContain('Nguồn: Báo cáo thành tích tỉnh Cao Bằng');
    expect(svg).toContain("@font-face{font-family:'Be Vietnam Pro'");
    expect(svg).toContain('src:url(data:font/woff2;base64,');
    // Grammar: an href or src attribute whose value starts with http: or https:. Example: 'href="https://x"'.
    expect(svg).not.toMatch(/(?:href|src)="https?:/);
    const frame = svgSize(svg);
    // The frame is the chart's box plus 20 px padding on each side.
    expect(frame.width).toBe(Math.round(box?.width ?? 0) + 40);

    const pngFile = await download(page, page.getByRole('button', { name: 'Tải PNG' }));
    expect(pngFile.name).toBe('thu-ngan-sach-tren-dia-ban-1991-2022.png');
    expect(pngSize(pngFile.bytes)).toEqual({ width: frame.width * 2, height: frame.height * 2 });
    await test.info().attach('indicator-chart.png', { body: pngFile.bytes, contentType: 'image/png' });
  });

  test('index mode is named in the exported image', async ({ page }) => {
    await page.goto('/chi-tieu/thu-ngan-sach-tren-dia-ban?mode=index');
    await expect(page.getByRole('button', { name: 'Chỉ số' })).toHaveAttribute('aria-pressed', 'true');
    const { bytes } = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    expect(bytes.toString('utf8')).toContain('Đơn vị: Chỉ số (năm đầu = 100)');
  });

  test('comparison chart: the verdict in words, every panel, and an ASCII name', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    const panels = await page.locator('svg.recharts-surface').count();
    const svgFile = await download(page, page.getByRole('button', { name: 'Tải SVG' }));
    expect(svgFile.name).toBe('mot-so-chi-tieu-nam-2022-so-voi-nam-2015.svg');
    const svg = svgFile.bytes.toString('utf8');
    expect(svg).toContain('Một số chỉ tiêu năm 2022 so với năm 2015');
    expect(svg).toContain('Kết luận: 1 Sai chiều, 1 Không khớp');
    expect(svg).toContain('Nguồn: Báo cáo thành tích tỉnh Cao Bằng');
    expect(svg.split('class="recharts-surface').length - 1).toBe(panels);
    const png = await download(page, page.getByRole('button', { name: 'Tải PNG' }));
    expect(pngSize(png.bytes)).toEqual({ width: svgSize(svg).width * 2, height: svgSize(svg).height * 2 });
  });
});

test.describe('data export', () => {
  test('table CSV: BOM, one line per row, visible rows after a search or all of them, options', async ({ page }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    const total = await reportRows(page).count();

    const all = await download(page, page.getByRole('button', { name: 'Tải CSV' }));
    expect(all.name).toBe('mot-so-chi-tieu-nam-2022-so-voi-nam-2015.csv');
    expect([...all.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(all.bytes);
    expect(lines[0]?.startsWith('STT;Chỉ tiêu;ĐVT;2015;2022;')).toBe(true);
    expect(lines).toHaveLength(total + 1);
    expect(lines.find((l) => l.includes('Thu ngân sách Nhà nước'))).toContain(';1.382,08;3.957,9;');

    await page.getByLabel('Tìm trong bảng').fill('ngan sach');
    await expect(reportRows(page)).not.toHaveCount(total);
    const shown = await reportRows(page).count();
    const visible = csvLines((await download(page, page.getByRole('button', { name: 'Tải CSV' }))).bytes);
    expect(visible).toHaveLength(shown + 1);
    expect(visible.slice(1).every((l) => l.includes('ngân sách'))).toBe(true);

    await page.getByText('Tùy chọn tải').click();
    await page.getByLabel(`Tất cả (${total})`).check();
    await page.getByLabel('Phẩy “,”').check();
    await page.getByLabel('Số thuần: 3957.9').check();
    const plain = csvLines((await download(page, page.getByRole('button', { name: 'Tải CSV' }))).bytes);
    expect(plain).toHaveLength(total + 1);
    expect(plain[0]?.startsWith('STT,Chỉ tiêu,ĐVT,2015,2022,')).toBe(true);
    expect(plain.find((l) => l.includes('Thu ngân sách Nhà nước'))).toContain(',1382.08,3957.9,');
  });

  test('table XLSX: numbers are numbers with display formats, verdict and provenance columns, frozen header', async ({ page }) => {
    await page.goto('/bang/bang-2-2009-2022');
    const file = await download(page, page.getByRole('button', { name: 'Tải XLSX' }));
    expect(file.name).toBe('bang-2-mot-so-chi-tieu-nam-2022-so-voi-nam-2009.xlsx');
    const sheet = await readWorkbook(file.bytes);
    const header = headerOf(sheet);
    for (const name of ['STT', 'Chỉ tiêu', 'ĐVT', '2009', '2022', 'Tính lại', 'Kết luận', 'Mã kết luận', 'Nguồn', 'Tệp:dòng']) {
      expect(header).toContain(name);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const gdp = sheet.getRow(2);
    expect(gdp.getCell(header.indexOf('Chỉ tiêu') + 1).value).toBe('GDP bình quân đầu người');
    const y2009 = gdp.getCell(header.indexOf('2009') + 1);
    expect(y2009.type).toBe(ExcelJS.ValueType.Number);
    expect(y2009.value).toBe(10.6);
    expect(y2009.numFmt).toBe('#,##0.0');
    expect(gdp.getCell(header.indexOf('Tính lại') + 1).type).toBe(ExcelJS.ValueType.Number);
    expect(gdp.getCell(header.indexOf('Kết luận') + 1).value).toBe('Khớp');
    expect(gdp.getCell(header.indexOf('Nguồn') + 1).value).toBe('Mục II.6, bảng 2');
  });

  test('findings on /kiem-tra: the filtered list or all of it', async ({ page }) => {
    await page.goto('/kiem-tra?verdict=match');
    const shown = await page.getByRole('list', { name: 'Danh sách nhận định' }).locator(':scope > li').count();
    const lines = csvLines((await download(page, page.getByRole('button', { name: 'Tải CSV' }))).bytes);
    expect(lines).toHaveLength(shown + 1);
    expect(lines.slice(1).every((l) => l.includes(';Khớp;match;'))).toBe(true);
    const sheet = await readWorkbook((await download(page, page.getByRole('button', { name: 'Tải XLSX' }))).bytes);
    expect(sheet.rowCount).toBe(shown + 1);
    expect(headerOf(sheet)).toContain('Bảng');
  });

  test('indicator data table: CSV and XLSX of the series', async ({ page }) => {
    await page.goto('/chi-tieu/thu-ngan-sach-tren-dia-ban');
    const csv = csvLines((await download(page, page.getByRole('button', { name: 'Tải CSV' }))).bytes);
    expect(csv[0]).toBe('Năm;Giá trị (Tỷ đồng);Số in trong báo cáo;Tên trong bảng;Nguồn;Cảnh báo dữ liệu');
    expect(csv).toHaveLength(6);
    const sheet = await readWorkbook((await download(page, page.getByRole('button', { name: 'Tải XLSX' }))).bytes);
    expect(sheet.getCell('A2').value).toBe(1991);
    expect(sheet.getCell('B6').value).toBe(3957.9);
    expect(sheet.getCell('B6').type).toBe(ExcelJS.ValueType.Number);
  });

  test('an indicator named =HYPERLINK("x") exports neutralised; a negative value stays a number', async ({ request }) => {
    // No page shows an uploaded dataset yet, so the row comes in through the upload API and is
    // exported through the same export API the buttons call.
    const csv = 'STT;Chỉ tiêu;ĐVT;Năm 2015;Năm 2022;So sánh 2022/2015\n1;=HYPERLINK("x");Tỷ đồng;1.382,08;3.957,9;Tăng 2,9 lần\n2;Thu ngân sách;Tỷ đồng;-12,5;10,0;Tăng\n';
    const created = await request.post('/api/datasets', {
      multipart: { file: { name: 'cong-thuc.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }, name: 'Công thức' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    try {
      const body = { dataset: id, source: { kind: 'findings' } };
      const csvOut = await request.post('/api/export/csv', { data: body });
      expect(csvOut.status()).toBe(200);
      const lines = csvLines(await csvOut.body());
      expect(lines[1]).toContain(`;"'=HYPERLINK(""x"")";`);
      expect(lines[2]).toContain(';2015;-12,5;2022;10,0;');

      const xlsxOut = await request.post('/api/export/xlsx', { data: body });
      const sheet = await readWorkbook(await xlsxOut.body());
      const header = headerOf(sheet);
      const name = sheet.getRow(2).getCell(header.indexOf('Chỉ tiêu') + 1);
      expect(name.type).toBe(ExcelJS.ValueType.String);
      expect(name.value).toBe(`'=HYPERLINK("x")`);
      const negative = sheet.getRow(3).getCell(header.indexOf('Giá trị năm gốc') + 1);
      expect(negative.type).toBe(ExcelJS.ValueType.Number);
      expect(negative.value).toBe(-12.5);
    } finally {
      await request.delete(`/api/datasets/${id}`);
    }
  });
});

test.describe('printable report', () => {
  test('one click from /kiem-tra opens a clean A4 print view; PDF written for review', async ({ page }, testInfo) => {
    await page.goto('/kiem-tra?verdict=mismatch');
    await page.getByRole('link', { name: 'In báo cáo' }).click();
    // Grammar: "/kiem-tra/in?verdict=mismatch" end. Example: "http://localhost:3000/kiem-tra/in?verdict=mismatch".
    await expect(page).toHaveURL(/\/kiem-tra\/in\?verdict=mismatch$/);
    await expect(page.locator('[data-ready="true"]')).toBeAttached({ timeout: 20_000 });
    await page.goto('/kiem-tra/in');
    const sheet = page.locator('article[data-ready="true"]');
    await expect(sheet).toBeAttached({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Báo cáo thành tích tỉnh Cao Bằng');
    await expect(page.getByText('Ngày kiểm tra')).toBeVisible();
    await expect(page.getByRole('button', { name: 'In báo cáo / Lưu PDF' })).toBeEnabled();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'In báo cáo / Lưu PDF' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Tóm tắt theo kết quả' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Danh sách nhận định' })).toBeVisible();
    // The print view's charts are SVG drawn on the server (no recharts to wait for).
    await expect(sheet.locator('svg[data-chart-surface]').first()).toBeVisible();
    const rows = sheet.locator('table tbody tr[data-verdict]');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await rows.first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pdfPath = testInfo.outputPath('bao-cao-kiem-tra.pdf');
    writeFileSync(pdfPath, pdf);
    await testInfo.attach('bao-cao-kiem-tra.pdf', { path: pdfPath, contentType: 'application/pdf' });
    // Pages as PNG next to the PDF, to look at (poppler-utils; the check above does not need it).
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', ['-r', '70', '-png', pdfPath, testInfo.outputPath('trang')]);
    }
  });
});

test.describe('shareable URL state', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('indicator: mode and years go into the URL, and the copied link restores them', async ({ page, context }) => {
    await page.goto('/chi-tieu/thu-ngan-sach-tren-dia-ban');
    await page.getByRole('button', { name: 'Chỉ số' }).click();
    // Grammar: "mode=index" anywhere in the URL. Example: "/chi-tieu/x?mode=index" matches.
    await expect(page).toHaveURL(/mode=index/);
    await page.getByLabel('Từ năm').selectOption('2015');
    // Grammar: "from=2015" anywhere in the URL. Example: "/chi-tieu/x?mode=index&from=2015" matches.
    await expect(page).toHaveURL(/from=2015/);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('/chi-tieu/thu-ngan-sach-tren-dia-ban?');
    expect(new URL(copied).searchParams.get('mode')).toBe('index');
    expect(new URL(copied).searchParams.get('from')).toBe('2015');
    expect(new URL(copied).searchParams.get('lang')).toBe('vi');

    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByRole('button', { name: 'Chỉ số' })).toHaveAttribute('aria-pressed', 'true');
    // The chosen years are the chart's period too: the index is rebased on 2015.
    await expect(other.getByTestId('series-y-axis-title')).toHaveText('Chỉ số (năm 2015 = 100)');
    await expect(other.getByLabel('Từ năm')).toHaveValue('2015');
  });

  test('table: search and verdict filter go into the URL, and the copied link restores them', async ({ page, context }) => {
    await page.goto('/bang/so-sanh-2015-2022');
    await page.getByLabel('Tìm trong bảng').fill('ngan sach');
    // Grammar: "q=ngan+sach" anywhere in the URL ("+" is a literal plus). Example: "/bang/x?q=ngan+sach" matches.
    await expect(page).toHaveURL(/q=ngan\+sach/);
    const shown = await reportRows(page).count();
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByLabel('Tìm trong bảng')).toHaveValue('ngan sach');
    await expect(reportRows(other)).toHaveCount(shown);

    await other.getByLabel('Lọc theo kết luận').selectOption('wrong_direction');
    // Grammar: "verdict=wrong_direction" anywhere in the URL. Example: "/kiem-tra?verdict=wrong_direction" matches.
    await expect(other).toHaveURL(/verdict=wrong_direction/);
    await other.reload();
    await expect(other.getByLabel('Lọc theo kết luận')).toHaveValue('wrong_direction');
  });

  test('English: the copied link carries lang=en', async ({ page }) => {
    await page.goto('/kiem-tra?lang=en&verdict=mismatch');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('lang')).toBe('en');
    expect(new URL(copied).searchParams.get('verdict')).toBe('mismatch');
  });
});
