import { describe, expect, it } from 'vitest';
import { readTable } from '../tables/read-table';
import { checkFiles } from '../verify/check-files';
import { listXlsxSheets, readXlsx } from './read-xlsx';
import { makeWorkbook } from './testing/make-workbook';
import { makeZip } from './testing/make-zip';

const LIMITS = { maxRows: 1000, maxInflatedBytes: 50 * 1024 * 1024 };

const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'Năm 2020 so với năm 2015'];

async function read(rows: Parameters<typeof makeWorkbook>[0][number]['rows'], merges: string[] = [], sheet?: string) {
  const bytes = await makeWorkbook([{ name: 'Bảng 1', rows, merges }]);
  const r = await readXlsx(bytes, 'bang.xlsx', { ...LIMITS, sheet });
  if (!r.ok) throw new Error(r.error.message.vi);
  return r.value;
}

describe('readXlsx', () => {
  it('writes numbers at the precision their format shows, in Vietnamese style', async () => {
    const t = await read([
      HEADER,
      [1, 'GDP bình quân đầu người', 'Triệu đồng', { value: 10.6, numFmt: '0.0' }, { value: 39.8, numFmt: '#,##0.0' }, 'Tăng 3,8 lần'],
      [2, 'Sản lượng lương thực', 'Tấn', { value: 147210, numFmt: '#,##0' }, { value: 236625, numFmt: '#,##0' }, 'Tăng 60,7%'],
      [3, 'Tỷ lệ che phủ rừng', '%', { value: 0.5412, numFmt: '0.0%' }, { value: 0.5607, numFmt: '0.0%' }, null],
    ]);
    expect(t.text.split('\r\n')).toEqual([
      HEADER.join('\t'),
      '1\tGDP bình quân đầu người\tTriệu đồng\t10,6\t39,8\tTăng 3,8 lần',
      '2\tSản lượng lương thực\tTấn\t147210\t236625\tTăng 60,7%',
      '3\tTỷ lệ che phủ rừng\t%\t54,1%\t56,1%\t',
    ]);
    expect(t).toMatchObject({ sheet: 'Bảng 1', sheets: ['Bảng 1'], label: 'bang.xlsx (Bảng 1)', numberStyle: 'vi' });
  });

  it('feeds the checker: claims verify as in a CSV, and no value is ambiguous', async () => {
    const t = await read([
      ['BẢNG 1. Chỉ tiêu chủ yếu'],
      HEADER,
      [1, 'GDP bình quân đầu người', 'Triệu đồng', { value: 10.6, numFmt: '0.0' }, { value: 39.8, numFmt: '0.0' }, 'Tăng 3,8 lần'],
      [2, 'Sản lượng lương thực', 'Tấn', { value: 147210, numFmt: '#,##0' }, { value: 236625, numFmt: '#,##0' }, 'Tăng 60,7%'],
    ]);
    const out = checkFiles([{ name: t.label, bytes: t.text }]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.map((r) => r.verdict)).toEqual(['match', 'match']);
    expect(out.results[0]?.row).toBe(3);
    expect(out.results[1]?.warnings).toEqual([]);
    expect(out.tables[0]?.table.meta.headerRow).toBe(2);
  });

  it('joins a two-level header made of merged cells', async () => {
    const t = await read(
      [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm', null, 'So sánh 2020 với 2015'],
        [null, null, null, 2015, 2020, null],
        [1, 'GDP', 'Triệu đồng', 10.6, 39.8, 'Tăng 3,8 lần'],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'],
    );
    const table = readTable(t.text, t.label);
    expect(table.ok).toBe(true);
    if (!table.ok || table.value.kind !== 'report') return;
    expect(table.value.years).toEqual([2015, 2020]);
    expect(table.value.rows[0]?.claim).toBe('Tăng 3,8 lần');
    expect(table.value.rows[0]?.line).toBe(3);
    expect(t.merges).toContainEqual({ top: 1, left: 4, bottom: 1, right: 5 });
    expect(t.merges).toHaveLength(5);
  });

  it('reads a report form: a group label merged over two year columns, an estimate column, column numbers, sections and notes', async () => {
    // Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP bình quân đầu người). The form
    // layout, the "Ước" label on 2016 and the planted wrong "Giảm 9,5%" (the values give 7,12 %) are ours.
    const t = await read(
      [
        ['Biểu 02. Một số chỉ tiêu chủ yếu'],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', null, 'Ước năm 2016', 'Ước 2016 so với năm 2015'],
        [null, null, null, 'Năm 2014', 'Năm 2015', null, null],
        ['A', 'B', 'C', 1, 2, 3, '4=3/2'],
        ['I', 'Kinh tế', null, null, null, null, null],
        [1, 'GRDP bình quân đầu người', 'Nghìn đồng', 47731, 47684, 44908, 'Giảm 5,8%'],
        [2, 'GRDP bình quân đầu người (USD)', 'USD', 2241, 2218, 2060, 'Giảm 9,5%'],
        [],
        ['Nguồn: Cục Thống kê tỉnh Quảng Ngãi.'],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3', 'A9:G9'],
    );
    const out = checkFiles([{ name: t.label, bytes: t.text, merges: t.merges }]);
    if (!out.ok) throw new Error(out.error.code);
    const table = out.tables[0]?.table;
    expect(table?.years).toEqual([2014, 2015, 2016]);
    expect(table?.sections.map((s) => s.title)).toEqual(['Kinh tế']);
    expect(table?.notes).toEqual(['Nguồn: Cục Thống kê tỉnh Quảng Ngãi.']);
    expect(out.results.map((r) => [r.verdict, r.from?.value, r.to?.value])).toEqual([
      ['match', 47684, 44908],
      ['mismatch', 2218, 2060],
    ]);
  });

  it('repeats a unit merged down over several indicator rows', async () => {
    const t = await read(
      [HEADER, [1, 'Thu ngân sách', 'Tỷ đồng', 100, 150, 'Tăng 50%'], [2, 'Chi ngân sách', null, 200, 300, 'Tăng 50%']],
      ['C2:C3'],
    );
    const table = readTable(t.text, t.label);
    expect(table.ok && table.value.kind === 'report' && table.value.rows.map((r) => r.unit)).toEqual(['Tỷ đồng', 'Tỷ đồng']);
  });

  it('keeps a title merged across the sheet in its first cell only', async () => {
    const t = await read([['BẢNG 2. Ngân sách'], HEADER, [1, 'Thu', 'Tỷ đồng', 1, 2, null]], ['A1:F1']);
    expect(t.text.split('\r\n')[0]).toBe('BẢNG 2. Ngân sách\t\t\t\t\t');
  });

  it('takes formula results, rich text and line breaks inside cells', async () => {
    const t = await read([
      ['STT', { richText: [{ text: 'Chỉ ' }, { text: 'tiêu' }] }, 'Năm 2015', 'Năm\n2020', 'So sánh'],
      [1, 'Dân số "trung bình"', 10, { formula: 'C2*2', result: 20 }, 'Gấp 2 lần'],
    ]);
    expect(t.text.split('\r\n')).toEqual(['STT\tChỉ tiêu\tNăm 2015\tNăm 2020\tSo sánh', '1\t"Dân số ""trung bình"""\t10\t20\tGấp 2 lần']);
  });

  it('writes Excel numbers in English style when the sheet types its other numbers that way', async () => {
    const t = await read([HEADER, [1, 'A', 'Tấn', '1,234.5', { value: 2345.25, numFmt: '0.00' }, null]]);
    expect(t.numberStyle).toBe('en');
    expect(t.text.split('\r\n')[1]).toBe('1\tA\tTấn\t1,234.5\t2345.25\t');
  });

  it('reads the chosen sheet, else the first visible one', async () => {
    const bytes = await makeWorkbook([
      { name: 'Ẩn', rows: [['x']], state: 'hidden' },
      { name: 'Bảng 1', rows: [['một']] },
      { name: 'Bảng 2', rows: [['hai']] },
    ]);
    const first = await readXlsx(bytes, 'b.xlsx', LIMITS);
    const second = await readXlsx(bytes, 'b.xlsx', { ...LIMITS, sheet: 'Bảng 2' });
    expect(first.ok && first.value.text).toBe('một');
    expect(second.ok && second.value.text).toBe('hai');
    expect(await listXlsxSheets(bytes, 'b.xlsx', LIMITS)).toEqual({ ok: true, value: ['Ẩn', 'Bảng 1', 'Bảng 2'] });
  });
});

describe('edge cases', () => {
  it.each([
    ['a PDF renamed .xlsx', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'not-xlsx', 'PDF'],
    ['random bytes', new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256), 'not-xlsx', 'không phải là bảng tính Excel'],
    ['a Word file renamed .xlsx', makeZip([{ name: 'word/document.xml', data: '<w/>' }]), 'not-xlsx', 'Word'],
    ['a zip cut short', makeZip([{ name: 'xl/workbook.xml', data: '<w/>' }]).subarray(0, 40), 'broken-xlsx', 'hỏng'],
    ['a zip with a broken workbook part', makeZip([{ name: 'xl/workbook.xml', data: 'not xml <<<' }]), 'broken-xlsx', 'hỏng'],
  ])('%s is refused with a message naming the file', async (_label, bytes, code, text) => {
    const r = await readXlsx(bytes, 'bang.xlsx', LIMITS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    // Grammar: start "bang.xlsx: ". Example: "bang.xlsx: tệp Excel bị hỏng" matches.
    expect(r.error.message.vi).toMatch(/^bang\.xlsx: /);
    expect(r.error.message.vi).toContain(text);
    expect(r.error.message.en).toMatch(/^bang\.xlsx: /);
  });

  it('a zip bomb is refused before it is inflated', async () => {
    const bomb = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(4 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await readXlsx(bomb, 'bom.xlsx', { maxRows: 1000, maxInflatedBytes: 1024 * 1024 });
    expect(r.ok ? null : r.error.code).toBe('too-large');
  });

  it('an unknown sheet name lists the sheets there are', async () => {
    const bytes = await makeWorkbook([{ name: 'Bảng 1', rows: [['a']] }]);
    const r = await readXlsx(bytes, 'b.xlsx', { ...LIMITS, sheet: 'Bảng 9' });
    expect(r.ok ? null : r.error).toEqual({
      code: 'no-such-sheet',
      message: {
        vi: 'b.xlsx: không có trang tính "Bảng 9". Các trang tính trong tệp: "Bảng 1".',
        en: 'b.xlsx: there is no sheet "Bảng 9". The sheets in the file: "Bảng 1".',
      },
    });
  });

  it('an empty sheet is refused', async () => {
    const bytes = await makeWorkbook([{ name: 'Trống', rows: [] }]);
    const r = await readXlsx(bytes, 'b.xlsx', LIMITS);
    expect(r.ok ? null : r.error.code).toBe('empty-sheet');
  });

  it('a sheet over the row limit is refused before conversion', async () => {
    const rows = [HEADER, ...Array.from({ length: 80 }, (_, i) => [i + 1, `Chỉ tiêu ${i}`, 'Tấn', i, i + 1, null])];
    const bytes = await makeWorkbook([{ name: 'Dài', rows }]);
    const r = await readXlsx(bytes, 'b.xlsx', { ...LIMITS, maxRows: 10 });
    expect(r.ok ? null : r.error.code).toBe('too-large');
    expect(r.ok ? '' : r.error.message.vi).toContain('81 dòng');
  });
});
