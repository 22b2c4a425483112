import { describe, expect, it } from 'vitest';
import { makeWorkbook } from '../testing/make-workbook';
import { makeZip } from '../testing/make-zip';
import { readZipDirectory, zipKind } from './zip-directory';

describe('readZipDirectory', () => {
  it('lists the parts of an exceljs workbook', async () => {
    const bytes = await makeWorkbook([{ name: 'Trang 1', rows: [['a']] }]);
    const dir = readZipDirectory(bytes);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    expect(dir.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(zipKind(dir.entries)).toBe('xlsx');
  });

  it('sums the inflated sizes', () => {
    const dir = readZipDirectory(makeZip([{ name: 'a.txt', data: 'x'.repeat(1000) }, { name: 'b.txt', data: 'yy' }]));
    expect(dir).toMatchObject({ ok: true, uncompressedTotal: 1002 });
  });

  it.each([
    ['word/document.xml', 'docx'],
    ['ppt/presentation.xml', 'pptx'],
    ['readme.txt', 'other'],
  ])('a zip holding %s is %s', (name, kind) => {
    const dir = readZipDirectory(makeZip([{ name, data: '<x/>' }]));
    expect(dir.ok && zipKind(dir.entries)).toBe(kind);
  });

  it('an OpenDocument spreadsheet is ods', () => {
    const dir = readZipDirectory(makeZip([{ name: 'mimetype', data: 'x' }, { name: 'content.xml', data: '<x/>' }]));
    expect(dir.ok && zipKind(dir.entries)).toBe('ods');
  });
});

describe('edge cases', () => {
  it.each([
    ['empty', new Uint8Array(0), 'not-zip'],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n' + ' '.repeat(40)), 'not-zip'],
    ['text', new TextEncoder().encode('STT;Chỉ tiêu;Năm 2015\n1;GDP;10,6\n'), 'not-zip'],
    ['a zip cut in half', makeZip([{ name: 'a.txt', data: 'x'.repeat(500) }]).subarray(0, 60), 'broken'],
    ['only the zip magic', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(40).fill(0)]), 'broken'],
  ])('%s is refused (%s)', (_label, bytes, reason) => {
    expect(readZipDirectory(bytes)).toEqual({ ok: false, reason });
  });

  it('a directory offset pointing past the end is broken, not a crash', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'abc' }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(bytes.length - 22 + 16, 0x7fffffff, true);
    expect(readZipDirectory(bytes)).toEqual({ ok: false, reason: 'broken' });
  });

  it('ZIP64 markers are refused', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'abc' }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(bytes.length - 22 + 16, 0xffffffff, true);
    expect(readZipDirectory(bytes)).toEqual({ ok: false, reason: 'zip64' });
  });
});
