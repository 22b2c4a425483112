import { describe, expect, it } from 'vitest';
import { makePdf, textPdf } from '../server/testing/make-pdf';
import { isPdf, readPdfText } from './pdf-text';

const LIMITS = { maxPages: 10, maxChars: 10_000 };

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const PAGE_1 = ['Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng.'];
const PAGE_2 = ['Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so', 'với năm 2015.'];

describe('readPdfText', () => {
  it('reads every page in order and says where each starts', async () => {
    const read = await readPdfText(textPdf([PAGE_1, PAGE_2]), LIMITS);
    expect(read).toEqual({ ok: true, text: `${PAGE_1[0]}\n\n${PAGE_2.join('\n')}`, pageStarts: [0, PAGE_1[0]!.length + 2] });
  });

  it('separates the cells of a table row with tabs', async () => {
    const pdf = makePdf([{ lines: [{ text: 'Số doanh nghiệp', x: 72, y: 700 }, { text: '1.109', x: 300, y: 700 }, { text: '1.894', x: 400, y: 700 }] }]);
    expect(await readPdfText(pdf, LIMITS)).toMatchObject({ ok: true, text: 'Số doanh nghiệp\t1.109\t1.894' });
  });
});

describe('edge cases', () => {
  it('a scanned PDF (images only) has no text', async () => {
    expect(await readPdfText(makePdf([{ image: true }, { image: true }]), LIMITS)).toEqual({ ok: false, reason: 'no-text', pages: 2 });
  });

  it('more pages than the cap are refused before any is read', async () => {
    const pdf = textPdf(Array.from({ length: 12 }, (_, i) => [`Trang ${i + 1}.`]));
    expect(await readPdfText(pdf, LIMITS)).toEqual({ ok: false, reason: 'too-many-pages', pages: 12 });
  });

  it('stops once the text passes the character cap', async () => {
    const pdf = textPdf(Array.from({ length: 5 }, () => ['x'.repeat(60)]));
    expect(await readPdfText(pdf, { maxPages: 10, maxChars: 100 })).toEqual({ ok: false, reason: 'too-long' });
  });

  it('a page that is no page is broken, and named', async () => {
    const good = Buffer.from(textPdf([['Trang một.'], ['Trang hai.']])).toString('latin1');
    // The second kid of the page tree points at the font's ToUnicode stream (object 3) instead of a page.
    const bad = good.replace(/\/Kids \[(\d+) 0 R \d+ 0 R\]/u, '/Kids [$1 0 R 3 0 R]');
    expect(bad).not.toBe(good);
    expect(await readPdfText(new Uint8Array(Buffer.from(bad, 'latin1')), LIMITS)).toEqual({ ok: false, reason: 'broken', page: 2 });
  });

  it.each([
    ['only the signature', '%PDF-1.7\n'],
    ['a truncated file', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog'],
  ])('%s is broken', async (_label, text) => {
    expect(await readPdfText(new TextEncoder().encode(text), LIMITS)).toEqual({ ok: false, reason: 'broken' });
  });

  it.each([
    ['%PDF-1.4', true],
    ['\u0000\u0000%PDF-1.7', false],
    ['PK\u0003\u0004', false],
    ['', false],
  ])('isPdf(%j) is %s', (head, expected) => {
    expect(isPdf(new TextEncoder().encode(head))).toBe(expected);
  });
});
