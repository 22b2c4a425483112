import { describe, expect, it } from 'vitest';
import { comparisonColumnSets } from './comparison-columns';
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

  it('reads at most four comparison columns', () => {
    const headers = ['Chỉ tiêu', 'Năm 2021', 'Năm 2022', 'Năm 2023', ...Array.from({ length: 6 }, (_, i) => `So sánh ${i + 1} (%)`)];
    expect(roles(headers)).toHaveLength(4);
  });
});
