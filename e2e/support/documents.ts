import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { makePdf, textPdf } from '../../lib/server/testing/make-pdf';
import { makeZip } from '../../lib/server/testing/make-zip';

/*
 * Documents for the e2e tests, built here (no binary fixtures), and the one way the tests send a file
 * to be stored (POST /api/documents), so a later sign-in requirement changes only this file.
 */

/** A file as Playwright sends it. */
export interface TestFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

// Figures in the style of the Cao Bằng 2022 report (data/), sentences written for the tests.
export const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
export const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
export const BUDGET_FIXED = BUDGET_WRONG.replace('tăng 60%', 'tăng 50%');
export const FIRMS_WRONG = 'Năm 2018 số doanh nghiệp đạt 1.000 doanh nghiệp. Năm 2022 số doanh nghiệp đạt 1.500 doanh nghiệp, tăng 40% so với năm 2018.';

/** A report table in the style of the Cao Bằng 2022 tables (data/): one match, one mismatch. */
export const TABLE_ROWS = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'So sánh'],
  ['1', 'GDP bình quân đầu người', 'Triệu đồng', '10,6', '39,8', 'Tăng 3,8 lần'],
  ['2', 'Thu ngân sách', 'Tỷ đồng', '1.042,5', '1.563,7', 'Tăng 60%'],
];

/** Wraps lines into short PDF lines (about 70 characters), as a word processor would. */
function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A PDF with one paragraph per page. */
export function pdfFile(name: string, pages: readonly string[]): TestFile {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(textPdf(pages.map(wrap))) };
}

/** A PDF whose one page is an image: a scan without a text layer. */
export function scannedPdf(name: string): TestFile {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(makePdf([{ image: true }])) };
}

/** A .txt file of paragraphs. */
export function textFile(name: string, paragraphs: readonly string[]): TestFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n'), 'utf8') };
}

/** A .docx with a paragraph of prose, then TABLE_ROWS as a Word table. */
export function docxWithTable(name: string, prose: string): TestFile {
  const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const table = `<w:tbl>${TABLE_ROWS.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p(prose)}${table}</w:body></w:document>`;
  const bytes = makeZip([{ name: 'word/document.xml', data: xml }]);
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) };
}

/**
 * Stores a file as a document (or as the next version of `versionOf`) through the API; its id.
 * @example const id = await saveDocument(request, textFile('v1.txt', [INVESTMENT]));
 */
export async function saveDocument(request: APIRequestContext, file: TestFile, versionOf: string | null = null): Promise<string> {
  const response = await request.post('/api/documents', {
    multipart: { file, bundled: '0', ...(versionOf === null ? {} : { versionOf }) },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { summary: { id: string } }).summary.id;
}

/**
 * Chooses a file in the file input labelled `label` on the page (the browser's own upload).
 * @example await chooseFile(page, 'hoặc chọn tệp (.txt, .docx, .pdf)', pdfFile('a.pdf', [INVESTMENT]));
 */
export async function chooseFile(page: Page, label: string, file: TestFile): Promise<void> {
  await page.getByLabel(label).setInputFiles(file);
}
