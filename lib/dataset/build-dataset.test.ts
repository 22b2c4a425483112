import { describe, expect, it } from 'vitest';
import { checkFiles } from '../verify/check-files';
import { buildDataset } from './build-dataset';

// Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP bình quân đầu người).
const TABLE = 'Chỉ tiêu;Năm 2014;Năm 2015;So sánh\nGRDP bình quân đầu người;47.731;47.684;Giảm 0,1%\n';
const DOCUMENT = { id: 'd', title: 'Thử', issuer: '', date: '2026-01-01', notes: '', sections: [] };

function tableIds(names: readonly string[]): string[] {
  const out = checkFiles(names.map((name) => ({ name, bytes: TABLE })));
  if (!out.ok) throw new Error(out.error.code);
  return buildDataset('d', DOCUMENT, out.tables, out.series).tables.map((t) => t.id);
}

describe('buildDataset table ids', () => {
  it.each<[string, string[], string[]]>([
    ['one file', ['bang.csv'], ['bang']],
    ['two files', ['bang.csv', 'bang (2).csv'], ['bang', 'bang-2']],
    ['two sheets of one workbook', ['bieu.xlsx (Biểu 01)', 'bieu.xlsx (Biểu 02)'], ['bieu', 'bieu-bieu-02']],
  ])('%s', (_name, names, ids) => {
    expect(tableIds(names)).toEqual(ids);
  });
});

/*
 * A yearbook's school years (Niên giám, "Số trường học … tại thời điểm 30/9"), counted at 30 September of the first
 * year: kept under that year, shown as printed. Our figures.
 */
describe('buildDataset year labels', () => {
  const build = (csv: string) => {
    const out = checkFiles([{ name: 'giao-duc.csv', bytes: csv }]);
    if (!out.ok) throw new Error(out.error.code);
    return buildDataset('d', DOCUMENT, out.tables, out.series).tables[0];
  };

  it('names school-year columns as printed, keyed by their first year', () => {
    const table = build(';2019-2020;2020-2021;Sơ bộ - Prel. 2022-2023\nSố trường học;695;690;685\n');
    expect(table?.years).toEqual([2019, 2020, 2022]);
    expect(table?.yearLabels).toEqual({ 2019: '2019-2020', 2020: '2020-2021', 2022: '2022-2023' });
  });

  it('names a yearbook’s indices on the year before by their two years (Nghệ An, Niên giám 2019)', () => {
    const table = build('Đơn vị tính - Unit: %\n;2018/2017;2019/2018\nTOÀN NGÀNH - TOTAL;115,44;113,21\n');
    expect(table?.yearLabels).toEqual({ 2018: '2018/2017', 2019: '2019/2018' });
  });

  it('gives plain years no labels', () => {
    expect(build(TABLE)?.yearLabels).toBeUndefined();
  });
});

describe('edge cases', () => {
  it('a sheet whose slug is taken too gets a number', () => {
    expect(tableIds(['bieu.xlsx (A)', 'bieu.xlsx (B)', 'bieu.xlsx (b)'])).toEqual(['bieu', 'bieu-b', 'bieu-2']);
  });

  it('the same file name twice without a sheet gets a number', () => {
    expect(tableIds(['bang.csv', 'bang.tsv'])).toEqual(['bang', 'bang-2']);
  });
});
