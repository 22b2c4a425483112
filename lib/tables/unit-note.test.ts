import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { bareUnitOf, cornerUnitOf, isUnitNoteRow, unitNoteBetween, unitOfNote, unitOfTitle } from './unit-note';

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

/*
 * A rate closing a table's title. Figures: GSO's GDP growth of 2009 at constant 1994 prices (%), as reprinted by Tạp chí
 * Cộng sản (tapchicongsan.org.vn, "Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%)"), two sectors kept.
 */
describe('unitOfTitle', () => {
  it.each<[string, string]>([
    ['Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%)', '%'],
    ['Tỷ suất sinh thô ( ‰ )', '‰'],
    ['Tốc độ tăng so với năm trước (Lần)', 'Lần'],
    ['Chênh lệch tỷ lệ hộ nghèo (điểm  %)', 'điểm %'],
    ['Chỉ số giá tiêu dùng (Năm trước = 100) (%)', '%'],
  ])('%s → %s', (title, unit) => {
    expect(unitOfTitle(title)).toBe(unit);
  });

  describe('edge cases', () => {
    it.each<[string | null]>([
      [null],
      ['Diện tích gieo trồng (nghìn ha)'],
      ['Chỉ số phát triển (Năm trước = 100)'],
      ['Tỷ lệ hộ nghèo (%) của các huyện'],
      ['Tăng trưởng (lần thứ hai)'],
    ])('%s names no rate', (title) => {
      expect(unitOfTitle(title)).toBeNull();
    });
  });
});

describe('the unit a title closes with, as the rows\' unit', () => {
  const growth = ['Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%);;', ';2008;2009', 'Tổng số;6,18;5,32', 'Dịch vụ;7,18;6,63'];

  it.each<[string, string[], string[]]>([
    ['a title "(%)" over rows with no unit', growth, ['%', '%']],
    ['a unit line wins over the title', [growth[0] ?? '', ';;ĐVT: Lần', ...growth.slice(1)], ['Lần', 'Lần']],
    ['a unit cell wins over the title', [growth[0] ?? '', 'Chỉ tiêu;ĐVT;2008;2009', 'Tổng số;Điểm;6,18;5,32', 'Dịch vụ;;7,18;6,63'], ['Điểm', '%']],
    ['no title, no unit', growth.slice(1), ['', '']],
  ])('%s', (_name, lines, units) => {
    const r = readReportTables(lines.join('\n'), 'tang-truong.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]?.rows.map((row) => row.unit)).toEqual(units);
  });
});

/*
 * The unit note in brackets, and the unit in the header's corner. Figures: Đà Nẵng's statistical yearbook 2020, share
 * of mobile phone users (%) under "(ĐVT: %)", two years; GSO's GDP growth in the first quarters of 2010 and 2011 as
 * reprinted by Tạp chí Cộng sản, "%" in the corner over the indicator column.
 */
describe('a unit note in brackets, a unit in the header corner', () => {
  const rates = ['Tỷ lệ người sử dụng điện thoại di động và Internet;;', '(ĐVT: %);;', ';2016;2017', 'Tỷ lệ người sử dụng điện thoại đi động;87,72;96,57'];
  const quarters = [
    'Tốc độ tăng tổng sản phẩm trong nước quý I năm 2010 và 2011;;',
    '%;Tốc độ tăng so với quý I năm trước;',
    ';Quý I/2010;Quý I/2011',
    'Tổng số;5,84;5,43',
  ];
  it.each<[string, string[], string]>([
    ['"(ĐVT: %)" on its own line', rates, '%'],
    ['"(Đơn vị tính: Tỷ đồng)" on its own line', [rates[0] ?? '', '(Đơn vị tính: Tỷ đồng);;', ...rates.slice(2)], 'Tỷ đồng'],
    ['"%" in the corner cell of the row over the quarters', quarters, '%'],
  ])('%s', (_name, lines, unit) => {
    const r = readReportTables(lines.join('\n'), 'bang.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]?.rows.map((row) => row.unit)).toEqual([unit]);
  });

  describe('edge cases', () => {
    it.each<[string, string | null]>([
      ['(ĐVT: %)', '%'],
      ['( ĐVT: Tỷ đồng (giá hiện hành))', 'Tỷ đồng (giá hiện hành)'],
      ['(Đơn vị tính: Tỷ đồng)', 'Tỷ đồng'],
      ['(ĐVT:)', null],
      ['(Đơn vị hành chính)', null],
    ])('unitOfNote %s → %s', (cell, unit) => {
      expect(unitOfNote(cell)).toBe(unit);
    });

    it.each<[string, string[][], string | null]>([
      ['a corner "%" beside labels', [['%', 'Tốc độ tăng', '']], '%'],
      ['a corner that names the indicator column', [['Chỉ tiêu', '2022', '2023']], null],
      // A unit alone on its row is a unit line (unitOfRow), not a corner.
      ['a unit alone on its row', [['%', '', '']], null],
      ['a blank corner', [['', 'Quý I/2010', 'Quý I/2011']], null],
    ])('cornerUnitOf: %s', (_name, records, unit) => {
      expect(cornerUnitOf(records)).toBe(unit);
    });
  });
});
