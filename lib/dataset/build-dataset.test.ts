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

/*
 * Row keys: one printed line of indices gives a checked row per year (Nghệ An's yearbook 2020, freight; two of its years
 * and a years-down block of three columns, our figures): each row keeps a key of its own, which the tables, the charts and
 * the reviewers' decisions go by.
 */
describe('buildDataset row keys', () => {
  const keysOf = (csv: string) => {
    const out = checkFiles([{ name: 'nien-giam.csv', bytes: csv }]);
    if (!out.ok) throw new Error(out.error.code);
    return buildDataset('d', DOCUMENT, out.tables, out.series).tables.flatMap((t) => t.rows.map((r) => r.key));
  };

  it.each<[string, string]>([
    ['an index block, years across', 'Chỉ tiêu;2018;2019;2020\nTỔNG SỐ;3.066.316;3.457.983;3.707.442\nChỉ số phát triển (Năm trước = 100) - %;;;\nTỔNG SỐ;110,17;112,77;107,21\n'],
    ['a growth block, years down, three columns', ';Tổng số;Nam;Nữ\nNgười;;;\n2020;1.195.741;595.899;599.842\n2021;1.206.819;601.419;605.400\nTỷ lệ tăng (%);;;\n2021;0,93;0,93;0,93\n'],
  ])('%s: every row has a key of its own', (_name, csv) => {
    const keys = keysOf(csv);
    expect(keys.length).toBeGreaterThan(2);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps `<table>:<line>` for a plain row and adds the years for an index row', () => {
    expect(keysOf('Chỉ tiêu;2018;2019\nTỔNG SỐ;3.066.316;3.457.983\nChỉ số phát triển (Năm trước = 100) - %;;\nTỔNG SỐ;110,17;112,77\n')).toEqual([
      'nien-giam:2',
      'nien-giam:4:2017-2018',
      'nien-giam:4:2018-2019',
    ]);
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
