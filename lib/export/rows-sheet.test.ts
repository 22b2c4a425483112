import { describe, expect, it } from 'vitest';
import { buildRowsSheet } from './rows-sheet';
import { makeExportRow } from './test-rows';
import type { ExportCell, ExportSheet } from './types';

function cellOf(sheet: ExportSheet, rowIndex: number, key: string): ExportCell | undefined {
  const column = sheet.columns.findIndex((c) => c.key === key);
  return sheet.rows[rowIndex]?.cells[column];
}

const TABLE_ROWS = [
  makeExportRow(),
  makeExportRow({
    row: 3,
    indicator: '=HYPERLINK("x")',
    unit: '%',
    claim: 'Giảm 0,5 điểm',
    verdict: 'wrong_direction',
    computed: 0.31,
    cells: [
      { year: 2009, raw: '-12,5', value: -12.5, decimals: 1, warning: null },
      { year: 2022, raw: '-', value: null, decimals: 0, warning: { vi: 'Không phải số', en: 'Not a number' } },
    ],
    warnings: [{ code: 'stored-text', message: { vi: 'Ô 2022 không phải số', en: 'Cell 2022 is not a number' } }],
  }),
  // Tỷ lệ hộ nghèo 62,4% → 33,65%, printed "Giảm 28,75%": read as points (bundled bang-1).
  makeExportRow({
    row: 4,
    unit: '%',
    claim: 'Giảm 28,75%',
    kind: 'percent',
    verdict: 'match_points',
    computed: 46.0737,
    from: { year: 2009, value: 62.4 },
    to: { year: 2022, value: 33.65 },
    note: 'Tài liệu không nói năm gốc',
  }),
];

describe('buildRowsSheet for one table', () => {
  const sheet = buildRowsSheet(TABLE_ROWS, { title: 'Bảng 2', lang: 'vi', years: [2009, 2022] });

  it('has the columns in order: STT, Chỉ tiêu, ĐVT, years, claim, computed, verdict word and code, message, warnings, provenance', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      '2009',
      '2022',
      'Nhận định trong báo cáo',
      'Tính lại',
      'Đơn vị tính lại',
      'Kết luận',
      'Mã kết luận',
      'Diễn giải',
      'Cảnh báo dữ liệu',
      'Ghi chú',
      'Nguồn',
      'Tệp:dòng',
    ]);
  });

  it.each<[number, string, ExportCell]>([
    [0, 'stt', { kind: 'text', text: '1' }],
    [0, 'indicator', { kind: 'text', text: 'GDP bình quân đầu người' }],
    [0, 'nam-2009', { kind: 'number', value: 10.6, decimals: 1 }],
    [0, 'nam-2022', { kind: 'number', value: 39.8, decimals: 1 }],
    // Tăng 3,8 lần: the claim's one decimal plus one.
    [0, 'computed', { kind: 'number', value: 3.7547, decimals: 2 }],
    [0, 'computed-unit', { kind: 'text', text: 'lần' }],
    [0, 'note', { kind: 'empty' }],
    [0, 'verdict', { kind: 'text', text: 'Khớp' }],
    [0, 'verdict-code', { kind: 'text', text: 'match' }],
    [0, 'source', { kind: 'text', text: 'Mục II.1' }],
    [0, 'file-row', { kind: 'text', text: 'bang-2.csv:2' }],
    [0, 'warnings', { kind: 'empty' }],
    [1, 'indicator', { kind: 'text', text: '=HYPERLINK("x")' }],
    [1, 'nam-2009', { kind: 'number', value: -12.5, decimals: 1 }],
    [1, 'nam-2022', { kind: 'text', text: '-' }],
    [1, 'verdict', { kind: 'text', text: 'Sai chiều' }],
    [1, 'verdict-code', { kind: 'text', text: 'wrong_direction' }],
    [1, 'warnings', { kind: 'text', text: 'Ô 2022 không phải số' }],
    [2, 'computed', { kind: 'number', value: -28.75, decimals: 3 }],
    [2, 'computed-unit', { kind: 'text', text: 'điểm %' }],
    [2, 'note', { kind: 'text', text: 'Tài liệu không nói năm gốc' }],
  ])('row %d, %s', (row, key, expected) => {
    expect(cellOf(sheet, row, key)).toEqual(expected);
  });

  it('keys and tones follow the rows', () => {
    expect(sheet.rows.map((r) => [r.key, r.tone])).toEqual([
      ['bang-2:2', 'ok'],
      ['bang-2:3', 'bad'],
      ['bang-2:4', 'warn'],
    ]);
  });

  it('numeric columns are typed as numbers', () => {
    expect(sheet.columns.filter((c) => c.kind === 'number').map((c) => c.key)).toEqual(['nam-2009', 'nam-2022', 'computed']);
  });
});

describe('buildRowsSheet for the verification report (several tables)', () => {
  const sheet = buildRowsSheet([makeExportRow({ from: { year: 2015, value: null }, to: { year: 2022, value: 39.8 } })], {
    title: 'Kết quả kiểm tra',
    lang: 'en',
    years: null,
    tableTitles: new Map([['bang-2', 'Table 2']]),
  });

  it('has a table column and base / compared year columns instead of one column per year', () => {
    expect(sheet.columns.map((c) => c.key)).toEqual([
      'stt',
      'table',
      'indicator',
      'unit',
      'from-year',
      'from-value',
      'to-year',
      'to-value',
      'claim',
      'computed',
      'computed-unit',
      'verdict',
      'verdict-code',
      'message',
      'warnings',
      'note',
      'source',
      'file-row',
    ]);
    expect(sheet.columns[0]?.header).toBe('No.');
  });

  it.each<[string, ExportCell]>([
    ['table', { kind: 'text', text: 'Table 2' }],
    ['from-year', { kind: 'number', value: 2015, decimals: 0, grouping: false }],
    ['from-value', { kind: 'empty' }],
    ['to-year', { kind: 'number', value: 2022, decimals: 0, grouping: false }],
    ['to-value', { kind: 'number', value: 39.8, decimals: 1 }],
    ['verdict', { kind: 'text', text: 'Match' }],
  ])('%s', (key, expected) => {
    expect(cellOf(sheet, 0, key)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('a row without a claim has no tone and empty claim and computed cells', () => {
    const sheet = buildRowsSheet([makeExportRow({ claim: null, verdict: 'none', computed: null })], {
      title: 'x',
      lang: 'vi',
      years: [2009, 2022],
    });
    expect(sheet.rows[0]?.tone).toBeNull();
    expect(cellOf(sheet, 0, 'claim')).toEqual({ kind: 'empty' });
    expect(cellOf(sheet, 0, 'computed')).toEqual({ kind: 'empty' });
    expect(cellOf(sheet, 0, 'verdict')).toEqual({ kind: 'text', text: 'Không có so sánh' });
  });

  it('an unknown table id falls back to the id; a year the row lacks is empty', () => {
    const sheet = buildRowsSheet([makeExportRow({ tableId: 'bang-9' })], { title: 'x', lang: 'vi', years: null });
    expect(cellOf(sheet, 0, 'table')).toEqual({ kind: 'text', text: 'bang-9' });
    const wide = buildRowsSheet([makeExportRow()], { title: 'x', lang: 'vi', years: [2009, 2015, 2022] });
    expect(cellOf(wide, 0, 'nam-2015')).toEqual({ kind: 'empty' });
  });

  it('no rows gives the header only', () => {
    expect(buildRowsSheet([], { title: 'x', lang: 'vi', years: [2022] }).rows).toEqual([]);
  });
});
