import { describe, expect, it } from 'vitest';
import { comparisonColumnSets, partColumnSets } from './comparison-columns';
import { buildColumns } from './recognize-columns';

const roles = (headers: readonly string[], corrections: Parameters<typeof comparisonColumnSets>[1] = []) =>
  comparisonColumnSets(buildColumns(headers), corrections, 'bieu.csv').map((set) => set.map((c) => c.role).join(' '));

describe('comparisonColumnSets', () => {
  it.each<[string, readonly string[], readonly string[]]>([
    ['one comparison column', ['Chỉ tiêu', 'Năm 2015', 'Năm 2022', '2022 so với 2015'], ['indicator year year claim']],
    [
      'a plan form: against the plan and against the year before',
      ['Chỉ tiêu', 'Năm 2022', 'Kế hoạch 2023', 'Năm 2023', 'So sánh (%) TH/KH', 'So sánh (%) 2023/2022'],
      ['indicator year plan year index other', 'indicator year plan year other index'],
    ],
    [
      'a claim in words and an index (each was its own role, and only one was read)',
      ['Chỉ tiêu', 'Năm 2009', 'Năm 2022', 'Năm 2022 so sánh với năm 2009', 'So sánh (%)'],
      ['indicator year year claim other', 'indicator year year other index'],
    ],
  ])('%s', (_name, headers, expected) => {
    expect(roles(headers)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('gives no comparison set to a table without one', () => {
    expect(roles(['Chỉ tiêu', 'Năm 2022', 'Năm 2023'])).toEqual(['indicator year year']);
  });

  it('leaves a column the user made "other" as the user said', () => {
    const headers = ['Chỉ tiêu', 'Năm 2022', 'Năm 2023', 'So sánh (%)', '2023 so với 2022 (%)'];
    expect(roles(headers, [{ table: 'bieu.csv', column: 4, role: 'other' }])).toEqual(['indicator year year index other']);
  });

  it('reads at most six comparison columns', () => {
    const headers = ['Chỉ tiêu', 'Năm 2021', 'Năm 2022', 'Năm 2023', ...Array.from({ length: 8 }, (_, i) => `So sánh ${i + 1} (%)`)];
    expect(roles(headers)).toHaveLength(6);
  });
});

/*
 * A monthly report's columns (Cục Thống kê Thừa Thiên Huế, bán lẻ hàng hóa tháng 10/2023; the GSO monthly release): the
 * month before, the month, the months to it, and comparisons with the same time a year earlier.
 */
const partRoles = (headers: readonly string[]) =>
  comparisonColumnSets(buildColumns(headers), [], 'bieu.csv')
    .flatMap(partColumnSets)
    .map((set) => set.map((c) => c.role).join(' '));

const MONTHLY = ['Chỉ tiêu', 'Thực hiện tháng 9 năm 2023', 'Ước tính tháng 10 năm 2023', 'Lũy kế thực hiện 10 tháng năm 2023'];

describe('partColumnSets', () => {
  it.each<[string, readonly string[], readonly string[]]>([
    [
      'each comparison reads the part it names',
      [...MONTHLY, 'Tháng 10/2023 so với cùng kỳ năm trước (%)', 'Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)'],
      ['indicator other estimate other index other', 'indicator other other year other index'],
    ],
    [
      'a comparison that names no part reads the column left of it',
      ['Chỉ tiêu', 'Tháng 10 năm 2023', 'So với cùng kỳ (%)', '10 tháng năm 2023', 'So với cùng kỳ (%)'],
      ['indicator year index other other', 'indicator other other year index'],
    ],
    ['without a comparison, each part is a table', MONTHLY, ['indicator year other other', 'indicator other estimate other', 'indicator other other year']],
    [
      'a comparison with the month before is no year-on-year claim: kept, not checked',
      ['Chỉ tiêu', 'Thực hiện tháng 9 năm 2023', 'Ước tính tháng 10 năm 2023', 'Tháng 10 so với tháng trước (%)'],
      ['indicator year other other', 'indicator other estimate other'],
    ],
    ['parts of different years are one table', ['Chỉ tiêu', '6 tháng năm 2022', '6 tháng năm 2023', 'So sánh (%)'], ['indicator year year index']],
    [
      'a whole year beside nine months: the comparison reads the nine months only',
      ['Chỉ tiêu', 'Thực hiện năm 2022', 'Ước thực hiện 9 tháng năm 2023', '9 tháng năm 2023 so với cùng kỳ (%)'],
      ['indicator other estimate index'],
    ],
    ['"Cùng kỳ năm 2022" goes with the part beside it', ['Chỉ tiêu', 'Thực hiện cùng kỳ năm 2022', 'Thực hiện 9 tháng năm 2023', 'So sánh (%)'], ['indicator year year index']],
  ])('%s', (_name, headers, expected) => {
    expect(partRoles(headers)).toEqual(expected);
  });
});
