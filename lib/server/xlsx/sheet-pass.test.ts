import { describe, expect, it } from 'vitest';
import { makeZip } from '../testing/make-zip';
import { readSheetCells, type SheetCaps } from './sheet-pass';
import { readZipDirectory } from './zip-directory';

const CONTEXT = { shared: ['STT', 'Chỉ tiêu'], formats: [undefined, '0.0', 'dd/mm/yyyy'], date1904: false };
const CAPS: SheetCaps = { rows: 100, columns: 512, cells: 1000 };

function sheetXml(rows: string, merges = ''): string {
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

async function pass(xml: string, caps: SheetCaps = CAPS) {
  const bytes = makeZip([{ name: 's.xml', data: xml }]);
  const dir = readZipDirectory(bytes);
  if (!dir.ok || !dir.entries[0]) throw new Error('zip');
  return readSheetCells(bytes, dir.entries[0], { remaining: 1e8 }, CONTEXT, caps);
}

describe('readSheetCells', () => {
  it('reads shared strings, numbers with their format, dates, inline text and merges', async () => {
    const read = await pass(
      sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" s="1"><v>10.6</v></c><c r="B2" s="2"><v>44927</v></c><c r="C2" t="inlineStr"><is><t>Tăng</t></is></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      ),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        rows: [
          [{ kind: 'text', text: 'STT' }, { kind: 'text', text: 'Chỉ tiêu' }],
          [{ kind: 'number', value: 10.6, numFmt: '0.0' }, { kind: 'text', text: '01/01/2023' }, { kind: 'text', text: 'Tăng' }],
        ],
        lastRow: 2,
        lastCol: 3,
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      },
    });
  });

  it('takes rows and cells without references in order', async () => {
    const read = await pass(sheetXml('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'));
    expect(read.ok && read.value.rows.map((r) => r?.length)).toEqual([2, 1]);
  });
});

describe('edge cases', () => {
  const row = (r: number, cols: number): string =>
    `<row r="${r}">${Array.from({ length: cols }, (_, c) => `<c><v>${c}</v></c>`).join('')}</row>`;

  it.each<[string, string, SheetCaps, Record<string, unknown>]>([
    ['too many rows, counted to the end', Array.from({ length: 30 }, (_, i) => row(i + 1, 1)).join(''), { ...CAPS, rows: 20 }, { reason: 'too-many-rows', rows: 30, complete: true }],
    ['far too many rows, counted up to twice the cap', Array.from({ length: 90 }, (_, i) => row(i + 1, 1)).join(''), { ...CAPS, rows: 20 }, { reason: 'too-many-rows', complete: false }],
    ['a cell past the column cap', row(1, 3) + '<row r="2"><c r="AB2"><v>1</v></c></row>', { ...CAPS, columns: 26 }, { reason: 'too-many-columns', row: 2, col: 28 }],
    ['too many cells', Array.from({ length: 10 }, (_, i) => row(i + 1, 20)).join(''), { ...CAPS, cells: 50 }, { reason: 'too-many-cells', cells: 50 }],
  ])('%s stops the pass', async (_label, rows, caps, expected) => {
    expect(await pass(sheetXml(rows), caps)).toMatchObject({ ok: false, ...expected });
  });

  it('malformed XML is broken', async () => {
    expect(await pass('<worksheet><sheetData><row></sheetData>')).toEqual({ ok: false, reason: 'broken' });
  });

  it('a merge reaching to the end of the sheet is clamped to the caps', async () => {
    const read = await pass(sheetXml(row(1, 2), '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'), { ...CAPS, rows: 10, columns: 8 });
    expect(read.ok && [read.value.lastRow, read.value.lastCol]).toEqual([10, 8]);
  });
});
