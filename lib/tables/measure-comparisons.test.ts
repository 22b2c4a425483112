import { describe, expect, it } from 'vitest';
import { describeTableProblem } from './messages';
import { measureOfComparison } from './measure-comparisons';
import { readReportTables } from './read-report-table';
import { buildColumns } from './recognize-columns';
import type { ReportTable } from './types';

/*
 * Figures: Cục Thống kê tỉnh Nam Định, area, yield and output of spring rice in 2018 by district (printed in the
 * provincial paper); three districts of ten kept, the layout of the edge cases ours.
 */
const NAM_DINH = [
  '"Diện tích, năng suất, sản lượng lúa vụ xuân năm 2018 phân theo huyện, thành phố (Cục Thống kê tỉnh Nam Định)"',
  'Huyện, thành phố;Diện tích (ha);Năng suất (tạ/ha);Năng suất so sánh với vụ xuân năm 2017 (%);Sản lượng (tấn)',
  'Toàn tỉnh;73.936;69,52;;514.024',
  'Thành phố Nam Định;746;54,69;100,17;4.080',
  'Mỹ Lộc;3.280;58,5;101,12;19.188',
  'Trực Ninh;7.514;72,05;98,03;54.138',
].join('\n');

function tables(csv: string): readonly ReportTable[] {
  const r = readReportTables(csv, 'nam-dinh.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  return r.value;
}

const MEASURES = buildColumns(['Huyện', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Diện tích gieo trồng (ha)', 'Sản lượng (tấn)']).slice(1);

describe('measureOfComparison', () => {
  it.each<[string, string, string]>([
    ['the measure named in full, its unit left off', 'Năng suất so sánh với vụ xuân năm 2017 (%)', 'Năng suất (tạ/ha)'],
    ['"so với" and a base in words', 'Sản lượng so với cùng kỳ (%)', 'Sản lượng (tấn)'],
    ['the one measure the name opens', 'Diện tích gieo trồng so với năm 2017 (%)', 'Diện tích gieo trồng (ha)'],
  ])('%s', (_name, header, measure) => {
    expect(measureOfComparison(header, MEASURES)?.header).toBe(measure);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['no measure named', 'So sánh với năm 2017 (%)'],
      ['a measure the table has not', 'Dân số so với năm 2017 (%)'],
      ['a name two measures start with', 'Diện tích lúa so với năm 2017 (%)'],
      ['a comparison of years', 'Năm 2018 so với năm 2017 (%)'],
    ])('%s names none', (_name, header) => {
      expect(measureOfComparison(header, MEASURES)).toBeNull();
    });
  });
});

describe('a table of one year\'s measures with a comparison column (through readReportTables)', () => {
  it('reads each measure as a table of 2018, the comparison column the index of the yield on 2017', () => {
    const read = tables(NAM_DINH);
    expect(read.map((t) => [t.file, t.rows[0]?.unit, t.rows.map((row) => row.values[2018]?.raw)])).toEqual([
      ['nam-dinh.csv', 'ha', ['73.936', '746', '3.280', '7.514']],
      ['nam-dinh.csv #2', 'tạ/ha', ['69,52', '54,69', '58,5', '72,05']],
      ['nam-dinh.csv #3', 'tấn', ['514.024', '4.080', '19.188', '54.138']],
    ]);
    const yieldTable = read[1];
    expect(yieldTable?.compare).toEqual({ from: 2017, to: 2018 });
    expect(yieldTable?.columns.find((c) => c.role === 'index')?.group).toBe('Năng suất (tạ/ha)');
    expect(yieldTable?.rows.map((row) => row.claim)).toEqual([null, '100,17', '101,12', '98,03']);
    expect(read[0]?.rows.some((row) => row.claim !== null)).toBe(false);
  });

  it('says what was recognised, in Vietnamese and English', () => {
    const [warning] = tables(NAM_DINH)[0]?.warnings ?? [];
    expect(warning).toEqual({
      code: 'year-from-title',
      file: 'nam-dinh.csv',
      row: 2,
      year: 2018,
      indices: [{ column: 'Năng suất so sánh với vụ xuân năm 2017 (%)', measure: 'Năng suất (tạ/ha)', from: 2017 }],
    });
    if (warning === undefined) throw new Error('no warning');
    expect(describeTableProblem(warning, 'vi')).toContain('được đọc là chỉ số (%) của "Năng suất (tạ/ha)" so với năm 2017');
    expect(describeTableProblem(warning, 'en')).toContain('is read as the index (%) of "Năng suất (tạ/ha)" on 2017');
  });

  it('takes the year before the title\'s for a base "cùng kỳ năm trước"', () => {
    const read = tables(NAM_DINH.replace('Năng suất so sánh với vụ xuân năm 2017 (%)', 'Năng suất so với cùng kỳ năm trước (%)'));
    expect(read[1]?.compare).toEqual({ from: 2017, to: 2018 });
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a title that names no year', NAM_DINH.replace(' năm 2018', '')],
      ['a title that names two years', NAM_DINH.replace('năm 2018', 'năm 2018 và năm 2017')],
      ['a comparison column that names no measure', NAM_DINH.replace('Năng suất so sánh với vụ xuân năm 2017 (%)', 'So sánh với vụ xuân năm 2017 (%)')],
    ])('%s keeps the clear refusal', (_name, csv) => {
      const r = readReportTables(csv, 'nam-dinh.csv');
      expect(r.ok ? null : r.error).toEqual({ code: 'no-year-column', file: 'nam-dinh.csv', row: 2 });
    });

    it('a table without a comparison column says nothing of indices', () => {
      const csv = NAM_DINH.split('\n').map((line) => line.split(';').filter((_c, i) => i !== 3).join(';')).join('\n');
      expect(tables(csv)[0]?.warnings[0]).toEqual({ code: 'year-from-title', file: 'nam-dinh.csv', row: 2, year: 2018 });
    });
  });
});
