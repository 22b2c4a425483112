import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { bareUnitOf, isUnitNoteRow, unitNoteBetween, unitOfNote } from './unit-note';

/*
 * The unit line above a table's header. Forms: the provincial yearbooks ("Đơn vị tính - Unit: Ha", bilingual units)
 * and report forms ("ĐVT: Tỷ đồng", "Đơn vị: như ghi" when each row prints its own).
 */
describe('unitOfNote', () => {
  it.each<[string, string | null]>([
    ['Đơn vị tính - Unit: Ha', 'Ha'],
    ['Đơn vị tính: Nghìn ha - Thous. ha', 'Nghìn ha'],
    ['ĐVT: Tỷ đồng', 'Tỷ đồng'],
    ['Đơn vị: Triệu USD', 'Triệu USD'],
    ['Unit: Person', 'Person'],
    ['ĐVT : %', '%'],
  ])('%s → %s', (cell, unit) => {
    expect(unitOfNote(cell)).toBe(unit);
  });

  describe('edge cases', () => {
    it.each([['Đơn vị: như ghi'], ['Đơn vị tính: như đã ghi'], ['Đơn vị hành chính'], ['Lúa cả năm'], ['ĐVT:'], ['']])('%s names no unit', (cell) => {
      expect(unitOfNote(cell)).toBeNull();
    });

    it('a row with the note and anything else is no unit row', () => {
      expect(isUnitNoteRow(['', '', 'ĐVT: Ha'])).toBe(true);
      expect(isUnitNoteRow(['Lúa', 'ĐVT: Ha'])).toBe(false);
      expect(unitNoteBetween([['Biểu 5'], ['', 'ĐVT: Tỷ đồng'], ['Chỉ tiêu', '2023']], 0, 2)).toBe('Tỷ đồng');
    });
  });
});

describe('a unit line over the last column of a yearbook table', () => {
  const csv = [
    'Diện tích gieo trồng một số cây hàng năm;;;',
    ';;;Đơn vị tính - Unit: Ha',
    ';2021;2022;Sơ bộ - Prel. 2023',
    'Lúa cả năm;63.980;63.420;62.910',
  ].join('\n');

  it('is the unit of the rows, not a label over the last column', () => {
    const r = readReportTables(csv, 'nien-giam.csv');
    if (!r.ok) throw new Error(r.error.code);
    const [table] = r.value;
    expect(table?.years).toEqual([2021, 2022, 2023]);
    expect(table?.rows[0]?.unit).toBe('Ha');
    expect(table?.columns[3]?.header).toBe('Sơ bộ - Prel. 2023');
  });
});

describe('bareUnitOf', () => {
  it.each([
    ['Tỷ đồng - Bill. dongs', 'Tỷ đồng'],
    ['%', '%'],
    ['Cơ cấu - Structure (%)', '%'],
    ['Nghìn tấn', 'Nghìn tấn'],
    // Nghệ An's yearbook 2017 glosses with an en dash
    ['Người – Person', 'Người'],
  ])('%s → %s', (cell, unit) => {
    expect(bareUnitOf(cell)).toBe(unit);
  });

  describe('edge cases', () => {
    it.each(['Lúa cả năm', 'Net turnover of enterprises', 'Tỷ lệ hộ nghèo (%) của các huyện miền núi phía Bắc tỉnh'])('%s is no unit', (cell) => {
      expect(bareUnitOf(cell)).toBeNull();
    });
  });
});

// Quảng Trị's yearbook 2023 (enterprises' net turnover) and Nam Định's 2022 (index of industrial production), two years
// each: the unit printed alone under the years, or at the right above them. It had been read as a line of the header.
describe('a unit printed alone beside the year header', () => {
  it.each([
    ['under the years', [';Doanh thu thuần của doanh nghiệp;;', ';;2021;2022', ';;Tỷ đồng - Bill. dongs;', ';TỔNG SỐ - TOTAL;43979,2;52804,6'], 'Tỷ đồng'],
    ['at the right above the years', [';Chỉ số sản xuất công nghiệp;;', ';;;%', ';;2021;2022', ';Khai khoáng;95,82;107,93'], '%'],
  ])('%s', (_where, lines, unit) => {
    const r = readReportTables(lines.join('\n'), 'nien-giam.csv');
    if (!r.ok) throw new Error(r.error.code);
    const [table] = r.value;
    expect(table?.years).toEqual([2021, 2022]);
    expect(table?.rows.map((row) => row.unit)).toEqual([unit]);
  });
});
