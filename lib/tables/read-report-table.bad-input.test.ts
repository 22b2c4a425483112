import { describe, expect, it } from 'vitest';
import type { ReadOptions } from './read-input';
import { encodeText } from './testing/encode-text';
import { readReportError, readReportOk } from './testing/read-helpers';
import { describeTableProblem } from './messages';

const HEADER = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n';
const ROW = '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\n';
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

interface BadCase {
  readonly input: string | Uint8Array;
  readonly options?: ReadOptions;
  readonly code: string;
  readonly row?: number;
  readonly column?: string;
  /** The message must start with this (file, then row and column where they apply). */
  readonly starts: string;
}

// One case per item of the spec's "Bad input" list (plus variants).
describe('readReportTable refuses bad input with a message naming file, row and column', () => {
  it.each<[string, BadCase]>([
    ['an empty file', { input: new Uint8Array(0), code: 'empty-file', starts: 'bang.csv: tệp rỗng' }],
    ['an empty string', { input: '', code: 'empty-file', starts: 'bang.csv: tệp rỗng' }],
    ['only a BOM and blank lines', { input: encodeText('\r\n \r\n', 'utf-8-bom'), code: 'empty-file', starts: 'bang.csv: tệp rỗng' }],
    ['only delimiters', { input: ';;;\n;;;\n', code: 'empty-file', starts: 'bang.csv: tệp rỗng' }],
    ['a header but no rows', { input: HEADER, code: 'no-rows', row: 1, starts: 'bang.csv: dòng 1: có dòng tiêu đề cột nhưng không có dòng số liệu' }],
    [
      'a header, a title and only section rows',
      { input: `BẢNG 1\n${HEADER};Kinh tế;;;;\n;Xã hội;;;;\n`, code: 'no-rows', row: 2, starts: 'bang.csv: dòng 2: có dòng tiêu đề cột' },
    ],
    [
      'no indicator column',
      { input: 'STT;Tên;Năm 2009\n1;GDP;10,6\n', code: 'no-indicator-column', row: 1, starts: 'bang.csv: dòng 1: không tìm thấy cột chỉ tiêu' },
    ],
    [
      'no indicator column below a title',
      { input: '\nBẢNG 1\nA;B\n', code: 'no-indicator-column', row: 2, starts: 'bang.csv: dòng 2: không tìm thấy cột chỉ tiêu' },
    ],
    [
      'no year column',
      { input: 'STT;Chỉ tiêu;Đơn vị tính;Giá trị\n1;GDP;Triệu đồng;10,6\n', code: 'no-year-column', row: 1, starts: 'bang.csv: dòng 1: không có cột năm' },
    ],
    ['a PDF', { input: bytes('%PDF-1.4\n1 0 obj\n'), code: 'not-text', starts: 'bang.csv: đây là tệp PDF' }],
    ['an XLSX', { input: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0]), code: 'not-text', starts: 'bang.csv: đây là tệp Excel (.xlsx' }],
    [
      'spreadsheet XML',
      {
        input: bytes('<?xml version="1.0"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\r\n'),
        code: 'not-text',
        starts: 'bang.csv: đây là bảng tính Excel dạng XML',
      },
    ],
    ['binary', { input: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), code: 'not-text', starts: 'bang.csv: tệp chứa dữ liệu nhị phân' }],
    [
      'a file over the size limit',
      { input: bytes(HEADER + ROW.repeat(100)), options: { maxBytes: 1024 }, code: 'too-large', starts: 'bang.csv: tệp quá lớn' },
    ],
    [
      'a string over the size limit',
      { input: HEADER + ROW.repeat(100), options: { maxBytes: 1024 }, code: 'too-large', starts: 'bang.csv: tệp quá lớn' },
    ],
    [
      'more rows than the row limit',
      { input: HEADER + ROW.repeat(5), options: { maxRows: 3 }, code: 'too-large', row: 5, starts: 'bang.csv: dòng 5: bảng có hơn 3 dòng số liệu' },
    ],
    [
      'unbalanced quotes',
      {
        input: `${HEADER}${ROW}2;"Thu ngân sách;Tỷ đồng;393,6;3.957,9;Tăng 10,1 lần\n3;A;B;1;2;Tăng\n`,
        code: 'unbalanced-quotes',
        row: 3,
        starts: 'bang.csv: dòng 3: dấu ngoặc kép (") không cân đối',
      },
    ],
    [
      'duplicate year columns',
      {
        input: 'STT;Chỉ tiêu;Năm 2022;Năm 2009;2022\n1;GDP;39,8;10,6;39,8\n',
        code: 'duplicate-year-column',
        row: 1,
        column: '2022',
        starts: 'bang.csv: dòng 1, cột "2022": trùng năm 2022 với cột "Năm 2022"',
      },
    ],
  ])('%s', (_name, c) => {
    const error = readReportError(c.input, 'bang.csv', c.options);
    expect(error.code).toBe(c.code);
    expect(error.file).toBe('bang.csv');
    expect(error.row).toBe(c.row);
    expect(error.column).toBe(c.column);
    expect(describeTableProblem(error, 'vi').startsWith(c.starts)).toBe(true);
    for (const leak of ['\n', '\r', 'Error', '.ts:']) expect(describeTableProblem(error, 'vi')).not.toContain(leak);
  });
});

describe('a value cell that is not a number is a warning on its row, not a refusal', () => {
  it.each<[string, string, number, string]>([
    ['a word', 'abc', 2, 'Năm 2022'],
    ['a range', '10-12', 2, 'Năm 2022'],
    ['a number with a unit word', '39,8 tr', 2, 'Năm 2022'],
  ])('%s', (_name, cell, row, column) => {
    const table = readReportOk(HEADER + ROW.replace('39,8', cell));
    expect(table.rows).toHaveLength(1);
    expect(table.warnings).toHaveLength(1);
    const [warning] = table.warnings.map((w) => ({ ...w, message: describeTableProblem(w, 'vi') }));
    expect(warning).toMatchObject({ code: 'not-a-number', file: 'bang.csv', row, column });
    expect(warning?.message).toBe(`bang.csv: dòng ${row}, cột "${column}": "${cell}" không phải là số`);
  });
});

describe('edge cases', () => {
  it('stays within the row limit at exactly the limit', () => {
    expect(readReportOk(HEADER + ROW.repeat(3), 'bang.csv', { maxRows: 3 }).rows).toHaveLength(3);
  });

  it('does not count section rows against the row limit', () => {
    expect(readReportOk(`${HEADER};Kinh tế;;;;\n${ROW.repeat(2)}`, 'bang.csv', { maxRows: 2 }).rows).toHaveLength(2);
  });

  it('names the line of an unbalanced quote after multi-line cells', () => {
    const text = '"Số\nTT";Chỉ tiêu;Năm 2009\n1;"A\nB";1\n2;"C;2\n';
    expect(readReportError(text)).toMatchObject({ code: 'unbalanced-quotes', row: 5 });
  });

  it('refuses duplicate years written differently ("Năm 2022" and "Year 2022")', () => {
    expect(readReportError('Chỉ tiêu;Năm 2022;Year 2022\nA;1;2\n')).toMatchObject({ code: 'duplicate-year-column', column: 'Year 2022' });
  });
});
