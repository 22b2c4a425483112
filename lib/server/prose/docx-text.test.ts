import { describe, expect, it } from 'vitest';
import { makeZip } from '../testing/make-zip';
import { readZipDirectory } from '../xlsx/zip-directory';
import { readDocxText } from './docx-text';

const LIMITS = { maxChars: 100, maxInflatedBytes: 1024 * 1024 };

async function read(xml: string, limits = LIMITS) {
  const bytes = makeZip([{ name: 'word/document.xml', data: xml }]);
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.reason);
  return readDocxText(bytes, dir.entries, limits);
}

const doc = (body: string): string => `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;

describe('readDocxText', () => {
  it.each([
    ['two paragraphs', doc('<w:p><w:r><w:t>Tăng 5,2%.</w:t></w:r></w:p><w:p><w:r><w:t>Giảm 1%.</w:t></w:r></w:p>'), 'Tăng 5,2%.\n\nGiảm 1%.\n\n'],
    ['a table cell', doc('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>845,5</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'), '845,5\n\n'],
    ['runs split inside a word', doc('<w:p><w:r><w:t>tri</w:t></w:r><w:r><w:t>ệu</w:t></w:r></w:p>'), 'triệu\n\n'],
  ])('reads %s', async (_label, xml, text) => {
    expect(await read(xml)).toMatchObject({ ok: true, text });
  });

  it('collects a table row by row, cell by cell, with where its text sits', async () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const xml = doc(`<w:p><w:r><w:t>Bảng 1</w:t></w:r></w:p><w:tbl><w:tr>${cell('Chỉ tiêu')}${cell('Năm 2022')}</w:tr><w:tr>${cell('Số doanh nghiệp')}${cell('1.894')}</w:tr></w:tbl>`);
    const got = await read(xml, { maxChars: 1000, maxInflatedBytes: 1024 * 1024 });
    expect(got.ok && got.tables).toEqual([{ start: 8, end: got.ok ? got.text.length : 0, rows: [['Chỉ tiêu', 'Năm 2022'], ['Số doanh nghiệp', '1.894']] }]);
  });
});

describe('edge cases', () => {
  it('a table nested in a cell is that cell\'s text; a cell of two paragraphs is joined by a space', async () => {
    const inner = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>trong</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const xml = doc(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>${inner}</w:tc></w:tr></w:tbl>`);
    const got = await read(xml, { maxChars: 1000, maxInflatedBytes: 1024 * 1024 });
    expect(got.ok && got.tables.map((t) => t.rows)).toEqual([[['a b trong']]]);
  });

  it('stops once the text passes the character limit', async () => {
    const body = '<w:p><w:r><w:t>Năm 2022 tăng 5,2%.</w:t></w:r></w:p>'.repeat(50);
    expect(await read(doc(body))).toEqual({ ok: false, reason: 'too-long' });
  });

  it('a document part past the inflate cap is too large', async () => {
    expect(await read(doc(' '.repeat(4096)), { maxChars: 100, maxInflatedBytes: 1000 })).toEqual({ ok: false, reason: 'too-large' });
  });

  it.each([['malformed XML', '<w:document><w:p>'], ['no document part', null]])('%s is broken', async (_label, xml) => {
    if (xml === null) {
      const bytes = makeZip([{ name: 'word/other.xml', data: '<x/>' }]);
      const dir = readZipDirectory(bytes);
      expect(dir.ok && (await readDocxText(bytes, dir.entries, LIMITS))).toEqual({ ok: false, reason: 'broken' });
      return;
    }
    expect(await read(xml)).toEqual({ ok: false, reason: 'broken' });
  });
});
