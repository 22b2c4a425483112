import { describe, expect, it } from 'vitest';
import { readReportTables } from '../tables/read-report-table';
import { describeChange, verifyReportTable } from './verify-table';
import { describeTableProblem } from '../tables/messages';

/*
 * Figures: Cục Thống kê tỉnh Vĩnh Phúc, Niên giám thống kê 2018, biểu 25 (labour force by sex, persons, then "Cơ cấu -
 * Structure (%)"), 2010 and 2018 only. The edge cases' titles and units are ours.
 */
const LABOUR = [
  ';2010;2018',
  ';Người - Person;',
  'TỔNG SỐ - TOTAL;606.840;636.134',
  'Nam - Male;298.721;309.621',
  ';Cơ cấu - Structure (%);',
  'TỔNG SỐ - TOTAL;100,00;100,00',
  'Nam - Male;49,23;48,67',
].join('\n');

/** The messages of a table's rows, in English when `en`. */
function messages(csv: string, en = false): string[] {
  const r = readReportTables(csv, 'bieu-25.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value.flatMap((t) => verifyReportTable(t)).map((row) => (en ? row.messageEn : row.message));
}

describe('the change of a row without a claim', () => {
  it.each<[string, number, number, boolean, string, string]>([
    ['a level: a ratio', 606840, 636134, false, '636.134 / 606.840 = 1,05 lần (tăng 4,8%)', '636.134 / 606.840 = 1,05 times (up 4,8%)'],
    ['a share in %: a difference in points', 49.23, 48.67, true, '48,67 − 49,23: giảm 0,56 điểm phần trăm', '48,67 − 49,23: down 0,56 percentage points'],
    ['no change at the printed decimals', 100, 100, true, '100,00 − 100,00: không đổi', '100,00 − 100,00: unchanged'],
  ])('%s', (_name, from, to, inPoints, vi, en) => {
    const decimals = inPoints ? 2 : 0;
    expect(describeChange({ value: from, decimals }, { value: to, decimals }, inPoints)).toEqual({ vi, en });
  });

  it('a structure block in a table shows points, its levels a ratio', () => {
    expect(messages(LABOUR)).toEqual([
      '636.134 / 606.840 = 1,05 lần (tăng 4,8%)',
      '309.621 / 298.721 = 1,04 lần (tăng 3,6%)',
      '100,00 − 100,00: không đổi',
      '48,67 − 49,23: giảm 0,56 điểm phần trăm',
    ]);
  });
});

/*
 * Bà Rịa – Vũng Tàu's tourism, March 2019 (Cục Thống kê's release; our table, its figures): a month's index on the same
 * month a year before, its base not printed, is of the "kỳ gốc" (the base period), not of a "năm gốc".
 */
describe('an index of a part of the year', () => {
  it.each<[string, string, string]>([
    ['a month', 'Chỉ tiêu;Ước tính tháng 3 năm 2019;Tháng 3 năm 2019 so với cùng kỳ năm 2018 (%)\nLượt khách phục vụ;545.070;115,59', 'bằng 115,59% kỳ gốc đến 545.070 ⇒ giá trị kỳ gốc khoảng 471.555'],
    ['a whole year', 'Chỉ tiêu;Năm 2019;Năm 2019 so với năm 2018 (%)\nLượt khách phục vụ;545.070;115,59', 'bằng 115,59% năm gốc đến 545.070 ⇒ giá trị năm gốc khoảng 471.555'],
  ])('%s', (_name, csv, vi) => {
    expect(messages(csv)).toEqual([vi]);
  });
});

describe('edge cases', () => {
  const rates = (unit: string, title = 'Tỷ lệ lao động'): string =>
    [title, 'Chỉ tiêu;Đơn vị tính;2010;2018', `Nam;${unit};49,23;48,67`].join('\n');
  it.each<[string, string, string]>([
    ['a rate in "%"', rates('%'), '48,67 − 49,23: down 0,56 percentage points'],
    ['a rate in "(%)"', rates('(%)'), '48,67 − 49,23: down 0,56 percentage points'],
    ['an index in % keeps its ratio', rates('%', 'Chỉ số phát triển (Năm 2010 = 100)'), '48,67 / 49,23 = 0,99 times (down 1,1%)'],
    ['a per-mille rate keeps its ratio', rates('‰'), '48,67 / 49,23 = 0,99 times (down 1,1%)'],
    ['no unit keeps its ratio', rates(''), '48,67 / 49,23 = 0,99 times (down 1,1%)'],
  ])('%s', (_name, csv, en) => {
    expect(messages(csv, true)).toEqual([en]);
  });
});

describe('a row with a cell too many', () => {
  /** Each row's verdict and message, and the read notes, of a one-table file. */
  function read(csv: string): { rows: [string, string][]; notes: string[] } {
    const r = readReportTables(csv, 'bang.csv');
    if (!r.ok) throw new Error(r.error.code);
    const table = r.value[0];
    if (table === undefined) throw new Error('no table');
    return { rows: verifyReportTable(table).map((row) => [row.verdict, row.message]), notes: table.warnings.map((w) => describeTableProblem(w, 'vi')) };
  }

  // Lâm Đồng's yearbook 2011, table 26: the TOTAL row prints an empty cell after 2005 in a ";" file (our shortened copy).
  it.each<[string, string, string, string, RegExp]>([
    ['a "," file: a decimal comma may have cut the claim', 'Chỉ tiêu,2010,2018,So sánh\nGDP,100,279,Tăng 2,79 lần', 'unparsed', 'dấu phẩy thập phân', /dấu phẩy không nằm trong ngoặc kép/u],
    ['a ";" file: a stray cell may have shifted the values', 'Chỉ tiêu;2010;2018;So sánh\nGDP;100;;279;Tăng 2,79 lần', 'unparsed', 'có một ô thừa', /có một ô thừa/u],
    ['a ";" file without claims: the row is read as it is', ';2005;2008;2009\nTỔNG SỐ - TOTAL;100,00;;100,00;100,00', 'none', '', /có một ô thừa/u],
  ])('%s', (_name, csv, verdict, message, note) => {
    const { rows, notes } = read(csv);
    expect(rows.map(([v]) => v)).toEqual([verdict]);
    expect(rows[0]?.[1]).toContain(message);
    expect(notes.join(' ')).toMatch(note);
  });
});
