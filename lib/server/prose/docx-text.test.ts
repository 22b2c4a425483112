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
    expect(await read(xml)).toEqual({ ok: true, text });
  });
});

describe('edge cases', () => {
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
