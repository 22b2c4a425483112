import { describe, expect, it } from 'vitest';
import { isStructureLabel } from './block-label';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';

/*
 * A structure block under the levels, years across. Figures: Vĩnh Phúc's yearbook 2018 (niengiam2018.thongkevinhphuc
 * .gov.vn, biểu 25: labour force by sex), two years kept; the label "Cơ cấu - Structure (%)" is printed centred over the
 * years (column B). The other places and spellings of the label are ours.
 */
const LEVELS = [';2010;2016', ';Người - Person;', 'TỔNG SỐ - TOTAL;606.840;629.770', 'Phân theo giới tính - By sex;;', 'Nam - Male;298.721;310.248', 'Nữ - Female;308.119;319.522'];
const SHARES = ['TỔNG SỐ - TOTAL;100,00;100,00', 'Phân theo giới tính - By sex;;', 'Nam - Male;49,23;49,26', 'Nữ - Female;50,77;50,74'];

function rowsOf(lines: readonly string[]): [string, string][] {
  const r = readReportTables(lines.join('\n'), 'nien-giam.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  return r.value[0]?.rows.map((row): [string, string] => [row.indicator, row.unit]) ?? [];
}

const LEVEL_ROWS: [string, string][] = [
  ['TỔNG SỐ - TOTAL', 'Người'],
  ['Nam - Male', 'Người'],
  ['Nữ - Female', 'Người'],
];

describe('a structure block, years across', () => {
  it.each<[string, string, string]>([
    ['centred over the years, as printed', ';Cơ cấu - Structure (%);', 'Cơ cấu - Structure (%)'],
    ['in the column of names', 'Cơ cấu - Structure (%);;', 'Cơ cấu - Structure (%)'],
    ['"Cơ cấu (%)"', 'Cơ cấu (%);;', 'Cơ cấu (%)'],
    ['"Tỷ trọng (%)" over the years', ';Tỷ trọng (%);', 'Tỷ trọng (%)'],
  ])('%s: shares in %, named apart from the levels', (_where, label, named) => {
    expect(rowsOf([...LEVELS, label, ...SHARES])).toEqual([
      ...LEVEL_ROWS,
      [`TỔNG SỐ - TOTAL – ${named}`, '%'],
      [`Nam - Male – ${named}`, '%'],
      [`Nữ - Female – ${named}`, '%'],
    ]);
  });

  describe('edge cases', () => {
    it('an indicator "Cơ cấu kinh tế (%)" with values is a row, and opens no block', () => {
      // Its unit is the one its name closes with (row-unit.ts); the row under it gets none.
      expect(rowsOf([';2010;2016', 'Cơ cấu kinh tế (%);100;100', 'Nông nghiệp;20;18'])).toEqual([
        ['Cơ cấu kinh tế (%)', '%'],
        ['Nông nghiệp', ''],
      ]);
    });

    it('a section "Cơ cấu" alone stays a section: its rows keep their names', () => {
      expect(rowsOf([';2010;2016', 'Cơ cấu;;', 'Nông nghiệp;20;18'])).toEqual([['Nông nghiệp', '']]);
    });

    it('an index label closes the structure block', () => {
      const lines = [...LEVELS, ';Cơ cấu (%);', 'Nam - Male;49,23;49,26', 'Chỉ số phát triển (Năm trước = 100) - %;;', 'Nam - Male;;100,5'];
      expect(rowsOf(lines).map(([name]) => name)).toEqual(['TỔNG SỐ - TOTAL', 'Nam - Male', 'Nữ - Female', 'Nam - Male – Cơ cấu (%)', 'Nam - Male (2016/2015)']);
    });

    it('a row printing its own unit keeps it', () => {
      expect(rowsOf(['Chỉ tiêu;ĐVT;2010;2016', 'Lao động;Người;606.840;629.770', 'Cơ cấu (%);;;', 'Nam;Điểm;49,23;49,26'])).toEqual([
        ['Lao động', 'Người'],
        ['Nam – Cơ cấu (%)', 'Điểm'],
      ]);
    });
  });
});

describe('isStructureLabel', () => {
  it.each<[string, boolean]>([
    ['Cơ cấu - Structure (%)', true],
    ['Cơ cấu - Structure', true],
    ['CƠ CẤU (%)', true],
    ['Tỉ trọng (%)', true],
    ['Cơ cấu', false],
    ['Cơ cấu kinh tế (%)', false],
    ['Cơ cấu - Structure (Người)', false],
  ])('%s → %s', (label, structure) => {
    expect(isStructureLabel(label)).toBe(structure);
  });
});
