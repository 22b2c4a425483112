import { describe, expect, it } from 'vitest';
import { isSeriesHeader, readSeries } from './read-series';
import { encodeText } from './testing/encode-text';
import type { Encoding, SeriesTable, TableError } from './types';
import { describeTableProblem } from './messages';

const SPEC = 'indicator,unit,year,value,source\nThu ngân sách trên địa bàn,Tỷ đồng,1991,"9,4",Bảng 1\n';

function readOk(input: string | Uint8Array): SeriesTable {
  const r = readSeries(input, 'chuoi.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'vi'));
  return r.value;
}

function readError(input: string | Uint8Array): TableError {
  const r = readSeries(input, 'chuoi.csv');
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('readSeries', () => {
  it.each<[string, string | Uint8Array, Encoding]>([
    ['the spec example', SPEC, 'utf-8'],
    ['Vietnamese headers', 'chỉ tiêu,đơn vị tính,năm,giá trị,nguồn\nThu ngân sách trên địa bàn,Tỷ đồng,1991,"9,4",Bảng 1\n', 'utf-8'],
    ['Vietnamese headers without diacritics, ;', 'chi tieu;don vi tinh;nam;gia tri;nguon\nThu ngân sách trên địa bàn;Tỷ đồng;1991;9,4;Bảng 1\n', 'utf-8'],
    ['ĐVT and capitals, tab', 'Chỉ tiêu\tĐVT\tNăm\tGiá trị\tNguồn\nThu ngân sách trên địa bàn\tTỷ đồng\t1991\t9,4\tBảng 1\n', 'utf-8'],
    ['UTF-16 LE', encodeText(SPEC.replaceAll('\n', '\r\n'), 'utf-16le'), 'utf-16le'],
    ['Windows-1258', encodeText(SPEC, 'windows-1258'), 'windows-1258'],
  ])('%s', (_name, input, encoding) => {
    const table = readOk(input);
    expect(table.kind).toBe('series');
    expect(table.meta.encoding).toBe(encoding);
    expect(table.points).toEqual([
      {
        line: 2,
        indicatorId: null,
        indicator: 'Thu ngân sách trên địa bàn',
        unit: 'Tỷ đồng',
        year: 1991,
        value: { raw: '9,4', parsed: { ok: true, value: 9.4, decimals: 1 } },
        source: 'Bảng 1',
        extras: {},
      },
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('reads indicator ids and keeps other columns', () => {
    const table = readOk('indicator_id,indicator,unit,year,value,source,ghi chú\ngdp,GDP,Triệu đồng,2009,"10,6",Bảng 2,sơ bộ\n');
    expect(table.points[0]).toMatchObject({ indicatorId: 'gdp', extras: { 'ghi chú': 'sơ bộ' } });
  });

  it('accepts "Mã chỉ tiêu" as the id column', () => {
    expect(readOk('Mã chỉ tiêu;Chỉ tiêu;Năm;Giá trị\ngdp;GDP;2009;10,6\n').points[0]?.indicatorId).toBe('gdp');
  });
});

describe('readSeries: bad rows', () => {
  it.each<[string, string, string, number, string, string]>([
    ['a bad year', 'indicator,unit,year,value\nA,%,2009,1\nB,%,20x2,2\n', 'bad-series-row', 3, 'year', 'chuoi.csv: dòng 3, cột "year": "20x2" không phải là năm'],
    ['a two-digit year', 'indicator,unit,year,value\nA,%,09,1\n', 'bad-series-row', 2, 'year', 'chuoi.csv: dòng 2, cột "year": "09" không phải là năm'],
    ['an empty year', 'chỉ tiêu;năm;giá trị\nA;;1\n', 'bad-series-row', 2, 'năm', 'chuoi.csv: dòng 2, cột "năm": "" không phải là năm'],
    ['a missing indicator', 'indicator,unit,year,value\nA,%,2009,1\n,%,2010,2\n', 'bad-series-row', 3, 'indicator', 'chuoi.csv: dòng 3, cột "indicator": thiếu tên chỉ tiêu.'],
  ])('%s', (_name, text, code, row, column, starts) => {
    const error = readError(text);
    expect(error).toMatchObject({ code, file: 'chuoi.csv', row, column });
    expect(describeTableProblem(error, 'vi').startsWith(starts)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['no value column', 'indicator,unit,year\nA,%,2009\n', 'no-value-column'],
    ['no year column', 'indicator,unit,value\nA,%,1\n', 'no-year-column'],
    ['no indicator column', 'name,year,value\nA,2009,1\n', 'no-indicator-column'],
    ['a header but no rows', 'indicator,unit,year,value\n', 'no-rows'],
    ['an empty file', '', 'empty-file'],
  ])('refuses %s', (_name, text, code) => {
    expect(readError(text).code).toBe(code);
  });

  it('warns about a value that is not a number and keeps the point', () => {
    const table = readOk('indicator,year,value\nA,2009,abc\nB,2009,\nC,2010,…\n');
    expect(table.points).toHaveLength(3);
    expect(table.warnings).toEqual([
      { code: 'not-a-number', file: 'chuoi.csv', row: 2, column: 'value', raw: 'abc' },
    ]);
    expect(table.warnings.map((w) => describeTableProblem(w, 'vi'))).toEqual(['chuoi.csv: dòng 2, cột "value": "abc" không phải là số']);
  });
});

describe('isSeriesHeader', () => {
  it.each<[string[], boolean]>([
    [['indicator', 'unit', 'year', 'value', 'source'], true],
    [['Chỉ tiêu', 'Năm', 'Giá trị'], true],
    [['Chỉ tiêu', 'Năm 2009', 'Năm 2022'], false],
    [['Chỉ tiêu', 'Năm'], false],
  ])('%j → %s', (header, expected) => {
    expect(isSeriesHeader(header)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('skips blank rows and keeps line numbers true', () => {
    const table = readOk('indicator,year,value\n\nA,2009,1\n,,\nB,"2010",2\n');
    expect(table.points.map((p) => [p.line, p.indicator, p.year])).toEqual([
      [3, 'A', 2009],
      [5, 'B', 2010],
    ]);
  });

  it('accepts a year written "Năm 2009"', () => {
    expect(readOk('chỉ tiêu;năm;giá trị\nA;Năm 2009;1\n').points[0]?.year).toBe(2009);
  });

  it('decides the number style from all values', () => {
    const table = readOk('indicator,year,value\nA,2009,28.27\nB,2010,"1,234.5"\nC,2011,1.234\n');
    expect(table.meta.numberStyle).toBe('en');
    expect(table.points[2]?.value.parsed).toMatchObject({ ok: true, value: 1.234 });
  });

  it('refuses too many points', () => {
    const r = readSeries('indicator,year,value\nA,2009,1\nA,2010,2\nA,2011,3\n', 'chuoi.csv', { maxRows: 2 });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'too-large', row: 4 });
  });
});
