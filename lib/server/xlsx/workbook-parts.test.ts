import { describe, expect, it } from 'vitest';
import { makeWorkbook } from '../testing/make-workbook';
import { makeZip } from '../testing/make-zip';
import { readSharedStrings, readStyleFormats, readWorkbookInfo, resolveTarget } from './workbook-parts';
import { readZipDirectory, type ZipEntry } from './zip-directory';

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.reason);
  return dir.entries;
}

describe('workbook parts', () => {
  it('lists the sheets of an exceljs workbook in order, with their parts and states', async () => {
    const bytes = await makeWorkbook([
      { name: 'Ẩn', rows: [['x']], state: 'hidden' },
      { name: 'Bảng 1', rows: [[{ value: 10.6, numFmt: '0.0' }]] },
    ]);
    const info = await readWorkbookInfo(bytes, entriesOf(bytes), { remaining: 1e7 });
    expect(info.ok && info.value.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Ẩn', 'hidden'],
      ['Bảng 1', 'visible'],
    ]);
    expect(info.ok && info.value.sheets.every((s) => s.path.startsWith('xl/worksheets/'))).toBe(true);
    const styles = info.ok ? await readStyleFormats(bytes, entriesOf(bytes), info.value.stylesPath, { remaining: 1e7 }) : null;
    expect(styles?.ok && styles.value).toContain('0.0');
  });

  it('joins rich-text runs of a shared string and leaves out phonetic guides', async () => {
    const xml = '<sst><si><t>STT</t></si><si><r><t>Chỉ </t></r><r><t>tiêu</t></r><rPh><t>x</t></rPh></si></sst>';
    const bytes = makeZip([{ name: 'xl/sharedStrings.xml', data: xml }]);
    expect(await readSharedStrings(bytes, entriesOf(bytes), 'xl/sharedStrings.xml', { remaining: 1e6 })).toEqual({ ok: true, value: ['STT', 'Chỉ tiêu'] });
  });
});

describe('edge cases', () => {
  it.each([
    ['worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['/xl/styles.xml', 'xl/styles.xml'],
    ['../customXml/item1.xml', 'customXml/item1.xml'],
    ['./sharedStrings.xml', 'xl/sharedStrings.xml'],
  ])('relation target %s is %s', (target, path) => {
    expect(resolveTarget('xl/', target)).toBe(path);
  });

  it('a workbook part that is not XML is broken; one past the budget is too large', async () => {
    const bad = makeZip([{ name: 'xl/workbook.xml', data: 'not xml <<<' }]);
    expect(await readWorkbookInfo(bad, entriesOf(bad), { remaining: 1e6 })).toEqual({ ok: false, reason: 'broken' });
    const big = makeZip([{ name: 'xl/workbook.xml', data: `<workbook>${' '.repeat(4096)}</workbook>` }]);
    expect(await readWorkbookInfo(big, entriesOf(big), { remaining: 1000 })).toEqual({ ok: false, reason: 'too-large' });
  });
});
