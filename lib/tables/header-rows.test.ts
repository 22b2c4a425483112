import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { HeaderRowsCorrection } from './header-rows';
import type { HeaderRowsProblem } from './types';

/*
 * A provincial form whose header sits on two rows, the second starting with a subtitle under
 * "Chỉ tiêu": the reader alone stops at the first row (only 2019 is a year); the user's header
 * rows 2–3 give every year. Figures made up for the test.
 */
const FORM = [
  'Biểu 05. Sản lượng lương thực;;;;;',
  'Chỉ tiêu;Đơn vị tính;Năm 2019;Thực hiện;;Ước thực hiện',
  '(Theo giá hiện hành);;;Năm 2020;Năm 2022;năm 2023',
  'Lúa;nghìn tấn;100,0;110,0;121,0;130,0',
  'Ngô;nghìn tấn;50,0;55,0;60,5;66,0',
  'Nguồn: Cục Thống kê.;;;;;',
].join('\n');

/** Two tables on one sheet, separated by a blank row. */
const TWO_TABLES = [
  'Biểu 1;;',
  'Chỉ tiêu;Năm 2020;Năm 2021',
  'Lúa;1;2',
  ';;',
  'Biểu 2;;',
  'Chỉ tiêu;Năm 2020;Năm 2021',
  '(ghi chú);;',
  'Ngô;3;4',
].join('\n');

/** A yearbook: years down the first column, under a header the user picks. */
const YEARBOOK = ['Biểu 10. GRDP;;', 'Năm;GRDP (tỷ đồng);Chỉ số phát triển (Năm trước = 100) - %', '2015;100;', '2016;108;108,0', '2017;117;108,3'].join('\n');

function read(text: string, file: string, headerRows?: readonly HeaderRowsCorrection[]) {
  return readReportTables(text, file, headerRows ? { headerRows } : {});
}

describe('header rows forced by the user', () => {
  it.each([
    ['the reader alone keeps one header row', undefined, [2], [2019], 'Biểu 05. Sản lượng lương thực'],
    ['rows 2–3 give every year, the estimate marked', { from: 2, to: 3 }, [2, 3], [2019, 2020, 2022, 2023], 'Biểu 05. Sản lượng lương thực'],
    ['row 3 alone: the form title and row 2 become the title', { from: 3, to: 3 }, [3], [2020, 2022, 2023], 'Biểu 05. Sản lượng lương thực Chỉ tiêu Đơn vị tính Năm 2019 Thực hiện Ước thực hiện'],
  ])('%s', (_name, rows, headerRows, years, title) => {
    const r = read(FORM, 'a.csv', rows ? [{ table: 'a.csv', ...rows }] : undefined);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [table] = r.value;
    expect(table?.headerRows).toEqual(headerRows);
    expect(table?.years).toEqual(years);
    expect(table?.title).toBe(title);
    expect(table?.headerForced).toEqual(rows);
  });

  it('reads the body under the forced rows: data rows, no section, the source kept as a note', () => {
    const r = read(FORM, 'a.csv', [{ table: 'a.csv', from: 2, to: 3 }]);
    if (!r.ok) throw new Error('not read');
    const table = r.value[0];
    expect(table?.rows.map((row) => row.indicator)).toEqual(['Lúa', 'Ngô']);
    expect(table?.sections).toEqual([]);
    expect(table?.notes).toEqual(['Nguồn: Cục Thống kê.']);
    expect(table?.columns.find((c) => c.year === 2023)?.role).toBe('estimate');
  });

  it('lists the raw rows around the header to choose from', () => {
    const r = read(FORM, 'a.csv');
    if (!r.ok) throw new Error('not read');
    expect(r.value[0]?.headerLines?.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(r.value[0]?.headerLines?.[0]?.cells).toEqual(['Biểu 05. Sản lượng lương thực']);
  });

  it('applies to the table it names only: the second table of a sheet', () => {
    const r = read(TWO_TABLES, 't.csv', [{ table: 't.csv #2', from: 6, to: 7 }]);
    if (!r.ok) throw new Error('not read');
    expect(r.value.map((t) => [t.file, t.headerRows, t.rows.map((row) => row.indicator)])).toEqual([
      ['t.csv', [2], ['Lúa']],
      ['t.csv #2', [6, 7], ['Ngô']],
    ]);
  });

  it('a yearbook header chosen by the user keeps the years down', () => {
    const r = read(YEARBOOK, 'y.csv', [{ table: 'y.csv', from: 2, to: 2 }]);
    if (!r.ok) throw new Error('not read');
    expect(r.value[0]?.shape).toBe('years-down');
    expect(r.value[0]?.years).toEqual([2015, 2016, 2017]);
  });

  describe('edge cases', () => {
    it.each<[string, HeaderRowsCorrection, HeaderRowsProblem, number]>([
      ['past the last line', { table: 'a.csv', from: 9, to: 10 }, 'beyond-table', 10],
      ['the last line beyond the file', { table: 'a.csv', from: 5, to: 7 }, 'beyond-table', 7],
      ['from after to', { table: 'a.csv', from: 3, to: 2 }, 'order', 3],
      ['line 0', { table: 'a.csv', from: 0, to: 2 }, 'order', 1],
      ['not a whole number', { table: 'a.csv', from: 1.5, to: 2 }, 'order', 1],
      ['more than six rows', { table: 'a.csv', from: 1, to: 7 }, 'too-many', 1],
    ])('%s is refused with a message naming the table and the row', (_name, correction, problem, row) => {
      const r = read(FORM, 'a.csv', [correction]);
      expect(r).toEqual({ ok: false, error: { code: 'bad-header-rows', problem, file: 'a.csv', row } });
      if (!r.ok) expect(describeTableProblem(r.error, 'vi')).toMatch(new RegExp(`^a\\.csv: dòng ${row}: `));
    });

    it('empty rows are refused, in both languages', () => {
      const r = read(TWO_TABLES, 't.csv', [{ table: 't.csv', from: 4, to: 4 }]);
      if (r.ok) throw new Error('read');
      expect(describeTableProblem(r.error, 'vi')).toBe('t.csv: dòng 4: các dòng tiêu đề đã chọn đều trống.');
      expect(describeTableProblem(r.error, 'en')).toBe('t.csv: row 4: the chosen header rows are all empty.');
    });

    it('rows of the table before are refused for the second table', () => {
      const r = read(TWO_TABLES, 't.csv', [{ table: 't.csv #2', from: 2, to: 2 }]);
      expect(r).toEqual({ ok: false, error: { code: 'bad-header-rows', problem: 'before-table', file: 't.csv #2', row: 2 } });
    });

    it('a line inside a quoted multi-line cell is refused', () => {
      const text = 'Chỉ tiêu;"Năm\n2020";Năm 2021\nLúa;1;2';
      const r = read(text, 'q.csv', [{ table: 'q.csv', from: 2, to: 2 }]);
      expect(r).toEqual({ ok: false, error: { code: 'bad-header-rows', problem: 'inside-cell', file: 'q.csv', row: 2 } });
    });

    it('header rows with no year under them give the reader’s own error, naming the row', () => {
      const r = read(FORM, 'a.csv', [{ table: 'a.csv', from: 4, to: 4 }]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.row).toBe(4);
    });

    it('a correction naming another table changes nothing', () => {
      const r = read(FORM, 'a.csv', [{ table: 'b.csv', from: 2, to: 3 }]);
      expect(r.ok && r.value[0]?.headerRows).toEqual([2]);
    });

    it('the last correction given for a table wins', () => {
      const r = read(FORM, 'a.csv', [{ table: 'a.csv', from: 3, to: 3 }, { table: 'a.csv', from: 2, to: 3 }]);
      expect(r.ok && r.value[0]?.headerRows).toEqual([2, 3]);
    });
  });

  it('property: any header rows give a table or a named error, never a throw', () => {
    const lines = FORM.split('\n').length;
    fc.assert(
      fc.property(fc.integer({ min: -2, max: lines + 3 }), fc.integer({ min: -2, max: lines + 3 }), (from, to) => {
        const r = read(FORM, 'a.csv', [{ table: 'a.csv', from, to }]);
        if (r.ok) {
          expect(r.value[0]?.headerRows).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
        } else {
          expect(r.error.file).toBe('a.csv');
          expect(r.error.row).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
