import { describe, expect, it } from 'vitest';
import { encodeText } from './testing/encode-text';
import { readReportOk } from './testing/read-helpers';
import type { Delimiter, Encoding, ReportTable } from './types';
import { describeTableProblem } from './messages';

const SPEC =
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n' +
  '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\n' +
  '2;Thu ngân sách trên địa bàn;Tỷ đồng;393,6;3.957,9;Tăng 10,1 lần\n';

/** What every variant of the spec example must read as. */
function expectSpecRows(table: ReportTable): void {
  expect(table.years).toEqual([2009, 2022]);
  expect(table.compare).toEqual({ from: 2009, to: 2022 });
  expect(table.warnings).toEqual([]);
  expect(table.rows.map((r) => [r.stt, r.indicator, r.unit, r.values[2009]?.parsed, r.values[2022]?.parsed, r.claim])).toEqual([
    ['1', 'GDP bình quân đầu người', 'Triệu đồng', { ok: true, value: 10.6, decimals: 1 }, { ok: true, value: 39.8, decimals: 1 }, 'Tăng 3,8 lần'],
    ['2', 'Thu ngân sách trên địa bàn', 'Tỷ đồng', { ok: true, value: 393.6, decimals: 1 }, { ok: true, value: 3957.9, decimals: 1 }, 'Tăng 10,1 lần'],
  ]);
}

describe('readReportTable: one table, many ways of writing it', () => {
  it.each<[string, string | Uint8Array, Encoding, Delimiter]>([
    ['the spec example', SPEC, 'utf-8', ';'],
    ['CRLF line ends', SPEC.replaceAll('\n', '\r\n'), 'utf-8', ';'],
    ['CR line ends', SPEC.replaceAll('\n', '\r'), 'utf-8', ';'],
    [
      'multi-line quoted header cells',
      'Số\nTT;Chỉ tiêu;Đơn vị tính;"Năm\n2009";"Năm\n2022";"Năm 2022\nso sánh với\nnăm 2009"\n'.replace('Số\nTT', '"Số\nTT"') +
        SPEC.split('\n').slice(1).join('\n'),
      'utf-8',
      ';',
    ],
    ['title rows above the header', `BẢNG 1. MỘT SỐ CHỈ TIÊU, 2009 - 2022;;;;;\n;;;;;\n\n${SPEC}`, 'utf-8', ';'],
    ['tab-delimited', SPEC.replaceAll(';', '\t'), 'utf-8', '\t'],
    [
      'comma-delimited with quoted decimal commas',
      'STT,Chỉ tiêu,Đơn vị tính,Năm 2009,Năm 2022,Năm 2022 so sánh với năm 2009\n' +
        '1,GDP bình quân đầu người,Triệu đồng,"10,6","39,8","Tăng 3,8 lần"\n' +
        '2,Thu ngân sách trên địa bàn,Tỷ đồng,"393,6","3.957,9","Tăng 10,1 lần"\n',
      'utf-8',
      ',',
    ],
    ['UTF-8 with BOM', encodeText(SPEC, 'utf-8-bom'), 'utf-8-bom', ';'],
    ['UTF-16 LE with BOM (Excel "Unicode Text")', encodeText(SPEC.replaceAll(';', '\t'), 'utf-16le'), 'utf-16le', '\t'],
    ['UTF-16 BE with BOM', encodeText(SPEC, 'utf-16be'), 'utf-16be', ';'],
    ['Windows-1258', encodeText(SPEC.replaceAll('\n', '\r\n'), 'windows-1258'), 'windows-1258', ';'],
    ['NFD (macOS) text', SPEC.normalize('NFD'), 'utf-8', ';'],
    ['NFD bytes', new TextEncoder().encode(SPEC.normalize('NFD')), 'utf-8', ';'],
    [
      'headers typed without diacritics',
      `STT;Chi tieu;Don vi tinh;Nam 2009;Nam 2022;Nam 2022 so sanh voi nam 2009\n${SPEC.split('\n').slice(1).join('\n')}`,
      'utf-8',
      ';',
    ],
    ['a column-number row under the header', SPEC.replace('\n', '\n(1);(2);(3);(4);(5);(6)=(5)/(4)\n'), 'utf-8', ';'],
    ['a units row under the header', SPEC.replace('\n', '\n;ĐVT;;Triệu đồng;Triệu đồng;lần\n'), 'utf-8', ';'],
    [
      'a two-level header',
      'STT;Chỉ tiêu;Đơn vị tính;Năm;;Năm 2022 so sánh với năm 2009\n;;;2009;2022;\n' + SPEC.split('\n').slice(1).join('\n'),
      'utf-8',
      ';',
    ],
    ['blank rows between data rows', SPEC.replace('lần\n2', 'lần\n;;;;;\n\n2'), 'utf-8', ';'],
  ])('%s', (_name, input, encoding, delimiter) => {
    const table = readReportOk(input);
    expect(table.meta.encoding).toBe(encoding);
    expect(table.meta.delimiter).toBe(delimiter);
    expectSpecRows(table);
  });
});

describe('readReportTable: what it keeps', () => {
  it('reads the spec example in full', () => {
    const table = readReportOk(SPEC);
    expect(table.kind).toBe('report');
    expect(table.file).toBe('bang.csv');
    expect(table.title).toBeNull();
    expect(table.columns.map((c) => c.role)).toEqual(['stt', 'indicator', 'unit', 'year', 'year', 'claim']);
    expect(table.meta).toEqual({ encoding: 'utf-8', delimiter: ';', headerRow: 1, numberStyle: 'vi' });
    expect(table.sections).toEqual([]);
    expect(table.rows[0]).toEqual({
      line: 2,
      record: 2,
      stt: '1',
      indicator: 'GDP bình quân đầu người',
      unit: 'Triệu đồng',
      values: {
        2009: { raw: '10,6', parsed: { ok: true, value: 10.6, decimals: 1 } },
        2022: { raw: '39,8', parsed: { ok: true, value: 39.8, decimals: 1 } },
      },
      plan: null,
      claim: 'Tăng 3,8 lần',
      note: null,
      section: null,
      extras: {},
    });
  });

  it('numbers rows by file line, counting line breaks inside quoted cells', () => {
    const text = '"Số\nTT";Chỉ tiêu;"Năm\n2009";"Năm\n2022";"Năm 2022\nso sánh với\nnăm 2009"\n1;"Thu ngân sách\ntrên địa bàn";9,4;361,8;"Tăng\n38,5 lần"\n2;GDP;1;2;Tăng 2 lần\n';
    const table = readReportOk(text);
    expect(table.meta.headerRow).toBe(1);
    expect(table.rows.map((r) => [r.line, r.record, r.indicator, r.claim])).toEqual([
      // The header holds five quoted line breaks: it spans lines 1–6.
      [7, 2, 'Thu ngân sách trên địa bàn', 'Tăng 38,5 lần'],
      [10, 3, 'GDP', 'Tăng 2 lần'],
    ]);
  });

  it('keeps the title rows above the header', () => {
    const table = readReportOk(`BẢNG 1. MỘT SỐ CHỈ TIÊU;;;;;\nĐơn vị: như ghi;;;;;\n${SPEC}`);
    expect(table.title).toBe('BẢNG 1. MỘT SỐ CHỈ TIÊU Đơn vị: như ghi');
    expect(table.meta.headerRow).toBe(3);
    expect(table.rows[0]?.line).toBe(4);
  });

  it('compares the two years a "2020 so với 2015" header names among three year columns', () => {
    const table = readReportOk('TT;Chỉ tiêu;ĐVT;2015;2020;2022;2020 so với 2015\n1;Thu ngân sách;Tỷ đồng;1.382,08;2.100;3.957,9;Tăng 52%\n');
    expect(table.years).toEqual([2015, 2020, 2022]);
    expect(table.compare).toEqual({ from: 2015, to: 2020 });
    expect(table.rows[0]?.values[2020]?.parsed).toEqual({ ok: true, value: 2100, decimals: 0, ambiguous: expect.anything() });
  });

  it('keeps section rows as grouping, not as data rows', () => {
    const text =
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;So sánh\n' +
      'I;KINH TẾ;;;;\n' +
      '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\n' +
      '2;Thu ngân sách;Tỷ đồng;393,6;3.957,9;Tăng 10,1 lần\n' +
      'II;Xã hội;;;;\n' +
      '3;Tỷ lệ hộ nghèo;%;62,4;33,65;Giảm 28,75%\n';
    const table = readReportOk(text);
    expect(table.sections).toEqual([
      { line: 2, title: 'KINH TẾ' },
      { line: 5, title: 'Xã hội' },
    ]);
    expect(table.rows.map((r) => [r.indicator, r.section])).toEqual([
      ['GDP bình quân đầu người', 'KINH TẾ'],
      ['Thu ngân sách', 'KINH TẾ'],
      ['Tỷ lệ hộ nghèo', 'Xã hội'],
    ]);
  });

  it('keeps a row with a claim but no values as a data row', () => {
    const table = readReportOk('Chỉ tiêu;Năm 2015;Năm 2022;So sánh\nSố doanh nghiệp;;;tăng 785 doanh nghiệp\n');
    expect(table.sections).toEqual([]);
    expect(table.rows[0]?.values[2015]).toEqual({ raw: '', parsed: { ok: false, reason: 'missing' } });
  });

  it('reads English headers and English-style numbers', () => {
    const text = 'No.,Indicator,Unit,Year 2009,Year 2022,Comparison 2022 vs 2009,Source\n1,GDP per capita,million VND,10.6,"3,957.9",up 3.8 times,Table 2\n';
    const table = readReportOk(text);
    expect(table.meta.numberStyle).toBe('en');
    expect(table.columns.map((c) => c.role)).toEqual(['stt', 'indicator', 'unit', 'year', 'year', 'claim', 'note']);
    expect(table.rows[0]?.values[2022]?.parsed).toEqual({ ok: true, value: 3957.9, decimals: 1 });
    expect(table.rows[0]?.note).toBe('Table 2');
  });

  it('reads a plan table: plan column, one year, comparison with the plan', () => {
    const text = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Kế hoạch 2015;So sánh với kế hoạch;Mã chỉ tiêu;Nguồn;Ghi chú\n1;GRDP bình quân đầu người;Triệu đồng;21,7;20,9;bằng 104% kế hoạch;gdp;Mục III.1;\n';
    const table = readReportOk(text);
    expect(table.compare).toEqual({ from: 2015, to: 2015, fromPlan: true });
    const row = table.rows[0];
    expect(row?.plan).toEqual({ raw: '20,9', parsed: { ok: true, value: 20.9, decimals: 1 } });
    expect(row?.note).toBe('Mục III.1');
    expect(row?.extras).toEqual({ 'Mã chỉ tiêu': 'gdp', 'Ghi chú': '' });
  });

  it('warns about a value cell that is not a number and keeps the row', () => {
    const table = readReportOk(SPEC.replace('39,8', 'khoảng 40'));
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.values[2022]).toEqual({ raw: 'khoảng 40', parsed: { ok: false, reason: 'not-a-number' } });
    expect(table.warnings).toEqual([
      {
        code: 'not-a-number',
        file: 'bang.csv',
        row: 2,
        column: 'Năm 2022',
        raw: 'khoảng 40',
      },
    ]);
    expect(table.warnings.map((w) => describeTableProblem(w, 'vi'))).toEqual(['bang.csv: dòng 2, cột "Năm 2022": "khoảng 40" không phải là số']);
  });

  it('does not warn about the no-data markers', () => {
    const table = readReportOk(SPEC.replace('10,6', '-').replace('393,6', '…'));
    expect(table.warnings).toEqual([]);
    expect(table.rows[0]?.values[2009]?.parsed).toEqual({ ok: false, reason: 'missing' });
  });

  it('decides the number style from all value cells before reading any', () => {
    // "1.234" alone reads either way; the other cells are English, so it is 1.234.
    const text = 'Chỉ tiêu,2009,2022\nA,1.234,"1,042,100"\nB,28.27,13558.00\n';
    const table = readReportOk(text);
    expect(table.meta.numberStyle).toBe('en');
    expect(table.rows[0]?.values[2009]?.parsed).toMatchObject({ ok: true, value: 1.234 });
  });

  it('warns once when a file mixes number styles', () => {
    const text = 'Chỉ tiêu;2009;2022\nA;10,6;1.042.100\nB;28.27;3,5\n';
    const table = readReportOk(text);
    expect(table.meta.numberStyle).toBe('vi');
    expect(table.warnings.map((w) => w.code)).toEqual(['mixed-number-style']);
    expect(table.warnings.map((w) => describeTableProblem(w, 'vi'))[0]?.startsWith('bang.csv: các ô số viết lẫn')).toBe(true);
  });
});

describe('edge cases', () => {
  it('skips footnote rows without an indicator', () => {
    const table = readReportOk(`${SPEC};Nguồn: Cục Thống kê;;;;\n`);
    expect(table.rows).toHaveLength(2);
  });

  it('keeps columns it does not know, by header', () => {
    const table = readReportOk('Chỉ tiêu;Năm 2009;Người lập;\nA;1;Lan;x\n');
    expect(table.rows[0]?.extras).toEqual({ 'Người lập': 'Lan', '(không tiêu đề, thứ 4)': 'x' });
  });

  it('accepts a string and bytes alike', () => {
    expect(readReportOk(new TextEncoder().encode(SPEC)).rows).toEqual(readReportOk(SPEC).rows);
  });

  it('does not take a first data row of short cells for a column-number row', () => {
    expect(readReportOk('Chỉ tiêu;Năm 2009;Năm 2022;So sánh\nA;1\n').rows.map((r) => r.indicator)).toEqual(['A']);
  });

  it('accepts rows shorter than the header', () => {
    const table = readReportOk('Chỉ tiêu;Năm 2009;Năm 2022;So sánh\nA;1\n');
    expect(table.rows[0]?.values[2022]?.parsed).toEqual({ ok: false, reason: 'missing' });
    expect(table.rows[0]?.claim).toBeNull();
  });

  it('collapses whitespace in indicator, unit and claim', () => {
    const table = readReportOk('Chỉ tiêu;ĐVT;Năm 2009;So sánh\n"  Thu ngân sách\ntrên địa bàn ";"Tỷ\u00a0đồng";1;"Tăng\n3,8  lần"\n');
    expect(table.rows[0]).toMatchObject({ indicator: 'Thu ngân sách trên địa bàn', unit: 'Tỷ đồng', claim: 'Tăng 3,8 lần' });
  });
});

/*
 * A yearbook table whose header's first cell is blank, with a section or a base row right under it: Cục Thống kê Bình
 * Định, Niên giám thống kê 2023, table 236 (consumer price index by month, previous month = 100; figures of January
 * and February). Before, the row under the header was read as a second header row and the table was refused.
 */
describe('a yearbook header with a blank corner', () => {
  it.each([
    ['a base row under it', 'Chỉ số giá tiêu dùng các tháng trong năm;;\n;2022;2023\nTháng trước = 100;;\nTháng 1;100,30;100,88\nTháng 2;100,41;100,10\n'],
    ['a section row under it', 'Chỉ số giá tiêu dùng;;\n;2022;2023\nChỉ số chung;;\nTháng 1;100,30;100,88\nTháng 2;100,41;100,10\n'],
  ])('reads the rows under %s', (_name, text) => {
    const table = readReportOk(text);
    expect(table.years).toEqual([2022, 2023]);
    expect(table.rows.map((r) => [r.indicator, r.values[2023]?.parsed])).toEqual([
      ['Tháng 1', { ok: true, value: 100.88, decimals: 2 }],
      ['Tháng 2', { ok: true, value: 100.1, decimals: 2 }],
    ]);
  });

  // GSO rice area (ha) of 2005 and 2010 by region, the index column computed by us from them.
  it.each(['Tỉnh, vùng', 'Phân theo vùng', 'Các tỉnh'])('reads a corner that names the rows, "%s", as the indicator column', (corner) => {
    const table = readReportOk(`${corner};2005;2010;2010 so với 2005 (%)\nCả nước;7.329.200;7.514.052;102,5\nĐB sông Hồng;1.138.900;1.105.260;97,0\n`);
    expect(table.rows.map((r) => [r.indicator, r.values[2010]?.parsed, r.claim])).toEqual([
      ['Cả nước', { ok: true, value: 7514052, decimals: 0 }, '102,5'],
      ['ĐB sông Hồng', { ok: true, value: 1105260, decimals: 0 }, '97,0'],
    ]);
  });

  // Cần Thơ's GDP by sector, 2010–2013 (triệu đồng), a thesis's table quoting the Cục Thống kê: the corner names what the
  // rows measure. A corner of other words over the years holds the names too.
  it.each([
    ['GDP', 'GDP;2010;2013\nDịch vụ;21.593.352;34.924.854\n'],
    ['Xã, phường, thị trấn', 'Xã, phường, thị trấn;2010;2013\nDịch vụ;21.593.352;34.924.854\n'],
    ['a number column, then words', 'TT;Khu vực;2010;2013\n1;Dịch vụ;21.593.352;34.924.854\n'],
  ])('reads the first column of words left of the years as the indicator column: %s', (_name, csv) => {
    const table = readReportOk(csv);
    expect(table.rows.map((r) => [r.indicator, r.values[2013]?.parsed])).toEqual([['Dịch vụ', { ok: true, value: 34924854, decimals: 0 }]]);
  });

  // Bình Định's yearbook 2023, table 236 (CPI by month), cut to its 2022 column; and a district table of one year.
  it.each([
    ['a unit row, a base row, then months', 'Chỉ số giá tiêu dùng các tháng trong năm\n;%\n;2022\nTháng trước = 100 - Previous month = 100\nTháng 1 - Jan.;100,30\nTháng 2 - Feb.;100,41\n', 2022, 'Tháng 2 - Feb.', 100.41],
    ['"Năm 2022" over districts', 'Dân số trung bình phân theo huyện\n;Năm 2022\nTổng số;520.048\nHuyện A;300.000\n', 2022, 'Huyện A', 300000],
    ['"Sơ bộ 2023" over districts', 'Diện tích lúa\n;Sơ bộ 2023\nTổng số;30,0\nHuyện A;10,0\n', 2023, 'Huyện A', 10],
  ])('reads one year over an empty corner as a table of that year: %s', (_name, text, year, last, value) => {
    const table = readReportOk(text);
    expect(table.years).toEqual([year]);
    expect(table.rows.at(-1)?.indicator).toBe(last);
    expect(table.rows.at(-1)?.values[year]?.parsed).toMatchObject({ ok: true, value });
  });

  it('keeps a label row under a blank corner as the header when it names the indicator column', () => {
    const table = readReportOk(';Năm 2022;Năm 2023\nChỉ tiêu;;\nTháng 1;100,30;100,88\n');
    expect(table.rows.map((r) => r.indicator)).toEqual(['Tháng 1']);
  });
});
