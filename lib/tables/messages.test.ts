import { describe, expect, it } from 'vitest';
import { describeTableProblem, formatLocation } from './messages';
import { badSeriesRowError, duplicateYearColumnError, emptyFileError, mixedMarksWarning, mixedNumberStyleWarning, noIndicatorColumnError, noRowsError, notANumberWarning, notTextError, noValueColumnError, noYearColumnError, tooManyBytesError, tooManyRowsError, unbalancedQuotesError } from './problems';
import type { TableError, TableWarning } from './types';

describe('messages', () => {
  it.each<[string, TableError | TableWarning, string, string]>([
    ['empty-file', emptyFileError('a.csv'), 'empty-file', 'a.csv: tệp rỗng, không có dữ liệu nào.'],
    ['no-rows', noRowsError('a.csv', 3), 'no-rows', 'a.csv: dòng 3: có dòng tiêu đề cột nhưng không có dòng số liệu nào.'],
    ['no-indicator-column', noIndicatorColumnError('a.csv', 1), 'no-indicator-column', 'a.csv: dòng 1: không tìm thấy cột chỉ tiêu.'],
    ['no-year-column', noYearColumnError('a.csv', 2), 'no-year-column', 'a.csv: dòng 2: không có cột năm.'],
    ['no-value-column', noValueColumnError('a.csv', 1), 'no-value-column', 'a.csv: dòng 1: không có cột giá trị.'],
    ['not-text', notTextError('a.csv', 'pdf'), 'not-text', 'a.csv: đây là tệp PDF'],
    ['too-large bytes', tooManyBytesError('a.csv', 15 * 1024 * 1024, 10 * 1024 * 1024), 'too-large', 'a.csv: tệp quá lớn (15 MB); giới hạn là 10 MB.'],
    ['too-large rows', tooManyRowsError('a.csv', 100_002, 100_000), 'too-large', 'a.csv: dòng 100.002: bảng có hơn 100.000 dòng số liệu'],
    ['unbalanced-quotes', unbalancedQuotesError('a.csv', 7), 'unbalanced-quotes', 'a.csv: dòng 7: dấu ngoặc kép (") không cân đối'],
    [
      'duplicate-year-column',
      duplicateYearColumnError('a.csv', 1, 2022, 'Năm 2022', '2022'),
      'duplicate-year-column',
      'a.csv: dòng 1, cột "2022": trùng năm 2022 với cột "Năm 2022"',
    ],
    ['bad-series-row year', badSeriesRowError('s.csv', 5, 'year', 'bad-year', '20x2'), 'bad-series-row', 's.csv: dòng 5, cột "year": "20x2" không phải là năm'],
    ['bad-series-row indicator', badSeriesRowError('s.csv', 6, 'indicator', 'missing-indicator', ''), 'bad-series-row', 's.csv: dòng 6, cột "indicator": thiếu tên chỉ tiêu.'],
    ['not-a-number', notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc'), 'not-a-number', 'bang.csv: dòng 5, cột "Năm 2022": "abc" không phải là số'],
    ['mixed-marks', mixedMarksWarning('bang.csv', 5, 'Năm 2022', '1,234.56'), 'mixed-marks', 'bang.csv: dòng 5, cột "Năm 2022": "1,234.56" có cả dấu chấm và dấu phẩy'],
    ['mixed-number-style', mixedNumberStyleWarning('bang.csv', 'vi'), 'mixed-number-style', 'bang.csv: các ô số viết lẫn'],
  ])('%s', (_name, problem, code, start) => {
    expect(problem.code).toBe(code);
    const message = describeTableProblem(problem, 'vi');
    expect(message.startsWith(start)).toBe(true);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('\r');
  });
});

describe('messages in English', () => {
  it.each<[string, TableError | TableWarning, string]>([
    ['empty-file', emptyFileError('a.csv'), 'a.csv: the file is empty; it holds no data.'],
    ['no-rows', noRowsError('a.csv', 3), 'a.csv: row 3: there is a header row but no data rows under it.'],
    ['not-text', notTextError('a.csv', 'pdf'), 'a.csv: this is a PDF file, not a CSV table.'],
    ['too-large bytes', tooManyBytesError('a.csv', 15.5 * 1024 * 1024, 10 * 1024 * 1024), 'a.csv: the file is too large (15.5 MB); the limit is 10 MB.'],
    ['too-large rows', tooManyRowsError('a.csv', 100_002, 100_000), 'a.csv: row 100,002: the table has more than 100,000 data rows'],
    ['duplicate-year-column', duplicateYearColumnError('a.csv', 1, 2022, 'Năm 2022', '2022'), 'a.csv: row 1, column "2022": year 2022 is also the year of column "Năm 2022"'],
    ['bad-series-row year', badSeriesRowError('s.csv', 5, 'year', 'bad-year', '20x2'), 's.csv: row 5, column "year": "20x2" is not a year'],
    ['not-a-number', notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc'), 'bang.csv: row 5, column "Năm 2022": "abc" is not a number'],
    ['mixed-number-style', mixedNumberStyleWarning('bang.csv', 'en'), 'bang.csv: the number cells mix the Vietnamese way'],
  ])('%s', (_name, problem, start) => {
    expect(describeTableProblem(problem, 'en').startsWith(start)).toBe(true);
  });
});

describe('formatLocation', () => {
  it.each<[Parameters<typeof formatLocation>[0], string]>([
    [{ file: 'a.csv' }, 'a.csv'],
    [{ file: 'a.csv', row: 5 }, 'a.csv: dòng 5'],
    [{ file: 'a.csv', row: 12345, column: 'Năm 2022' }, 'a.csv: dòng 12.345, cột "Năm 2022"'],
    [{ file: 'a.csv', column: 'Năm 2022\nso sánh' }, 'a.csv: cột "Năm 2022 so sánh"'],
  ])('%j → %s', (location, expected) => {
    expect(formatLocation(location, 'vi')).toBe(expected);
  });

  it('names row and column in English', () => {
    expect(formatLocation({ file: 'a.csv', row: 12345, column: 'Năm 2022' }, 'en')).toBe('a.csv: row 12,345, column "Năm 2022"');
  });
});

describe('edge cases', () => {
  it('shows a long cell shortened and on one line', () => {
    const w = describeTableProblem(notANumberWarning('a.csv', 2, 'Năm 2022', `dòng một\n${'x'.repeat(100)}`), 'vi');
    expect(w).toBe(`a.csv: dòng 2, cột "Năm 2022": "dòng một ${'x'.repeat(31)}…" không phải là số`);
    expect(w).not.toContain('\n');
  });

  it('keeps the location fields on the problem', () => {
    expect(notANumberWarning('a.csv', 2, 'Năm 2022', 'abc')).toMatchObject({ file: 'a.csv', row: 2, column: 'Năm 2022' });
  });
});
