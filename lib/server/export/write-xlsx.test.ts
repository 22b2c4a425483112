import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportSheet } from '../../export/types';
import { numberFormat, safeSheetName, writeXlsx } from './write-xlsx';

const SHEET: ExportSheet = {
  title: 'Bảng 2',
  columns: [
    { key: 'stt', header: 'STT', kind: 'text', width: 6 },
    { key: 'indicator', header: 'Chỉ tiêu', kind: 'text', width: 44 },
    { key: 'nam-2009', header: '2009', kind: 'number', width: 12 },
    { key: 'from-year', header: 'Năm gốc', kind: 'number', width: 10 },
    { key: 'verdict', header: 'Kết luận', kind: 'text', width: 20 },
  ],
  rows: [
    {
      key: 'b:2',
      cells: [
        { kind: 'text', text: '1' },
        { kind: 'text', text: 'Thu ngân sách' },
        { kind: 'number', value: 3957.9, decimals: 1 },
        { kind: 'number', value: 2009, decimals: 0, grouping: false },
        { kind: 'text', text: 'Khớp' },
      ],
      tone: 'ok',
    },
    {
      key: 'b:3',
      cells: [
        { kind: 'text', text: '2' },
        { kind: 'text', text: '=HYPERLINK("x")' },
        { kind: 'number', value: -12.5, decimals: 1 },
        { kind: 'empty' },
        { kind: 'text', text: 'Sai chiều' },
      ],
      tone: 'bad',
    },
  ],
};

async function roundTrip(sheet: ExportSheet = SHEET): Promise<ExcelJS.Workbook> {
  const bytes = await writeXlsx(sheet, {
    sheetName: 'Dữ liệu',
    infoSheetName: 'Thông tin',
    info: [
      ['Tài liệu', 'Báo cáo'],
      ['Ghi chú', '@chú ý'],
    ],
    created: new Date('2024-05-01T00:00:00Z'),
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

describe('writeXlsx read back with exceljs', () => {
  it.each<[string, ExcelJS.ValueType, unknown, string | undefined]>([
    ['C2', ExcelJS.ValueType.Number, 3957.9, '#,##0.0'],
    ['C3', ExcelJS.ValueType.Number, -12.5, '#,##0.0'],
    ['D2', ExcelJS.ValueType.Number, 2009, '0'],
    ['B2', ExcelJS.ValueType.String, 'Thu ngân sách', undefined],
    ['B3', ExcelJS.ValueType.String, `'=HYPERLINK("x")`, undefined],
    ['E3', ExcelJS.ValueType.String, 'Sai chiều', undefined],
    ['D3', ExcelJS.ValueType.Null, null, undefined],
  ])('%s is %s %j', async (address, type, value, numFmt) => {
    const ws = (await roundTrip()).getWorksheet('Dữ liệu');
    const cell = ws?.getCell(address);
    expect(cell?.type).toBe(type);
    expect(cell?.value).toEqual(value);
    if (numFmt !== undefined) expect(cell?.numFmt).toBe(numFmt);
  });

  it('never writes a formula', async () => {
    const ws = (await roundTrip()).getWorksheet('Dữ liệu');
    const formulas: string[] = [];
    ws?.eachRow((row) => row.eachCell((cell) => (cell.type === ExcelJS.ValueType.Formula ? formulas.push(cell.address) : undefined)));
    expect(formulas).toEqual([]);
  });

  it('has a bold, frozen header row with filters', async () => {
    const ws = (await roundTrip()).getWorksheet('Dữ liệu');
    expect(ws?.getRow(1).values).toEqual([undefined, 'STT', 'Chỉ tiêu', '2009', 'Năm gốc', 'Kết luận']);
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBeTruthy();
  });

  it('sets column widths and tints the verdict cell by tone', async () => {
    const ws = (await roundTrip()).getWorksheet('Dữ liệu');
    expect(ws?.getColumn(2).width).toBe(44);
    const fill = ws?.getCell('E3').fill;
    expect(fill?.type === 'pattern' ? fill.fgColor?.argb : null).toBe('FFFDE2DF');
  });

  it('adds an information sheet, neutralised too', async () => {
    const info = (await roundTrip()).getWorksheet('Thông tin');
    expect(info?.getCell('A1').value).toBe('Tài liệu');
    expect(info?.getCell('B2').value).toBe(`'@chú ý`);
  });
});

describe('numberFormat', () => {
  it.each([
    [0, true, '#,##0'],
    [1, true, '#,##0.0'],
    [3, true, '#,##0.000'],
    [0, false, '0'],
    [2, false, '0.00'],
    [-1, true, '#,##0'],
    [1.7, true, '#,##0.0'],
  ])('%d decimals, grouping %s → %s', (decimals, grouping, expected) => {
    expect(numberFormat(decimals, grouping)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['Bảng 2: 2009/2022', 'Bảng 2 2009 2022'],
    ['[a]*?\\', 'a'],
    ['', 'Sheet'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('safeSheetName(%j) → %j', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });

  it('a sheet with no rows still has its header and opens', async () => {
    const ws = (await roundTrip({ ...SHEET, rows: [] })).getWorksheet('Dữ liệu');
    expect(ws?.rowCount).toBe(1);
  });
});
