import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { ReportTable } from './types';

/*
 * Report forms and yearbook shapes. Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41
 * (GRDP bình quân đầu người: 44.108 (2013), 47.731 (2014), 47.684 (2015), 44.908 (2016) nghìn đồng; 2.107, 2.241,
 * 2.218, 2.060 USD) and Cục Thống kê tỉnh Hưng Yên, Niên giám thống kê 2022, biểu 39 (giá so sánh 2010, triệu đồng).
 * The form layouts, the "Ước" label on 2016 and the planted wrong claims are ours.
 */

function read(csv: string, file = 'bieu-mau.csv'): ReportTable[] {
  const r = readReportTables(csv, file);
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  return r.value;
}

function only(csv: string): ReportTable {
  const [table] = read(csv);
  if (!table) throw new Error('no table');
  return table;
}

const FORM = [
  'Biểu 02. Một số chỉ tiêu kinh tế chủ yếu',
  ';;;;;;',
  'STT;Chỉ tiêu;Đơn vị tính;Thực hiện;;Ước năm 2016;Ước 2016 so với năm 2015',
  ';;;Năm 2014;Năm 2015;;',
  'A;B;C;1;2;3;4=3/2',
  'I;Kinh tế;;;;;',
  '1;GRDP bình quân đầu người;Nghìn đồng;47.731;47.684;44.908;Giảm 5,8%',
  '2;GRDP bình quân đầu người (USD);USD;2.241;2.218;2.060;Giảm 9,5%',
  'II;Tổng sản phẩm;;;;;',
  '3;Tổng sản phẩm (giá so sánh 2010);Triệu đồng;31.871.009;33.927.875;33.927.875;Tăng 3,5%',
  ';;;;;;',
  'Ghi chú: số liệu năm 2016 là số ước tính.',
  'Nguồn: Cục Thống kê tỉnh Quảng Ngãi.',
].join('\n');

describe('a report form with a two-row header', () => {
  const table = only(FORM);

  it('recognises every year, the one under the group label and the estimate', () => {
    expect(table.years).toEqual([2014, 2015, 2016]);
    expect(table.columns.map((c) => c.role)).toEqual(['stt', 'indicator', 'unit', 'year', 'year', 'estimate', 'claim']);
    expect(table.compare).toEqual({ from: 2015, to: 2016 });
    expect(table.headerRows).toEqual([3, 4]);
  });

  it('passes over the column-number row, keeps sections and the footer notes', () => {
    expect(table.rows.map((r) => r.indicator)).toEqual([
      'GRDP bình quân đầu người',
      'GRDP bình quân đầu người (USD)',
      'Tổng sản phẩm (giá so sánh 2010)',
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['Kinh tế', 'Tổng sản phẩm']);
    expect(table.notes).toEqual(['Ghi chú: số liệu năm 2016 là số ước tính.', 'Nguồn: Cục Thống kê tỉnh Quảng Ngãi.']);
    expect(table.title).toBe('Biểu 02. Một số chỉ tiêu kinh tế chủ yếu');
  });

  it('checks the claims against the values of the years read, and finds the planted wrong one', () => {
    const results = verifyReportTable(table);
    expect(results.map((r) => r.verdict)).toEqual(['match', 'mismatch', 'mismatch']);
    // 44.908 / 47.684 − 1 = −5,82 %; 2.060 / 2.218 − 1 = −7,12 % (planted 9,5); 33.927.875 / 33.927.875: 0 % (planted 3,5).
    expect(results[1]?.computed).toBeCloseTo(7.1235, 3);
    expect(results.every((r) => r.implied === null)).toBe(true);
    expect(results[0]?.from).toEqual({ year: 2015, value: 47684 });
  });
});

describe('header variants', () => {
  it.each<[string, string, readonly (number | undefined)[], readonly string[]]>([
    ['plan and estimate', 'Chỉ tiêu;Năm 2015;KH 2016;Ước TH 2016;Dự toán', [undefined, 2015, 2016, 2016, undefined], ['indicator', 'year', 'plan', 'estimate', 'other']],
    ['group over plan words', 'Chỉ tiêu;Năm 2016;;Năm 2015', [undefined, 2016, 2016, 2015], ['indicator', 'plan', 'estimate', 'year']],
    ['same period', 'Chỉ tiêu;Thực hiện 6 tháng năm 2016;Cùng kỳ;So sánh (%)', [undefined, 2016, 2015, undefined], ['indicator', 'year', 'year', 'index']],
  ])('%s', (_, header, years, roles) => {
    const second = header.startsWith('Chỉ tiêu;Năm 2016;;') ? ';KH;Ước TH;' : null;
    const csv = [header, ...(second ? [second] : []), 'GRDP;47.731;47.684;44.908;1'].join('\n');
    const table = only(csv);
    expect(table.columns.map((c) => c.year)).toEqual(years);
    expect(table.columns.map((c) => c.role)).toEqual(roles);
  });
});

describe('merged header cells from a sheet', () => {
  it('takes the span of a merged group label from the merges, not from empty cells', () => {
    const csv = ['Chỉ tiêu\tThực hiện\t\tGhi chú', '\tNăm 2014\tNăm 2015\t', 'GRDP\t47.731\t47.684\t'].join('\n');
    const r = readReportTables(csv, 'bang.xlsx (Trang1)', { merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] });
    expect(r.ok && r.value[0]?.years).toEqual([2014, 2015]);
  });
});

describe('yearbook shapes', () => {
  it('reads an index column over "Năm trước = 100" and checks it as 100 × to / from', () => {
    const table = only(
      [
        'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2016;Năm 2016 so với năm 2015',
        ';Năm trước = 100;;;;',
        '1;GRDP bình quân đầu người;Nghìn đồng;47.684;44.908;94,18',
        '2;GRDP bình quân đầu người (USD);USD;2.218;2.060;95,00',
      ].join('\n'),
    );
    expect(table.columns[5]?.role).toBe('index');
    expect(table.notes).toEqual(['Năm trước = 100']);
    expect(table.sections).toEqual([]);
    const results = verifyReportTable(table);
    expect(results.map((r) => r.verdict)).toEqual(['match', 'mismatch']);
    expect(results[1]?.computed).toBeCloseTo(92.8765, 3);
  });

  it('reads years down the first column, with an index column per year', () => {
    const table = only(
      [
        'Biểu 41. GRDP bình quân đầu người tỉnh Quảng Ngãi',
        ';GRDP bình quân đầu người (nghìn đồng);Chỉ số phát triển (Năm trước = 100) - %',
        '2013;44.108;',
        '2014;47.731;108,21',
        '2015;47.684;99,90',
        'Sơ bộ 2016;44.908;94,50',
      ].join('\n'),
    );
    expect(table.shape).toBe('years-down');
    expect(table.years).toEqual([2013, 2014, 2015, 2016]);
    const results = verifyReportTable(table);
    expect(results.map((r) => [r.indicator, r.verdict])).toEqual([
      ['GRDP bình quân đầu người (nghìn đồng)', 'none'],
      ['GRDP bình quân đầu người (nghìn đồng) (2014/2013)', 'match'],
      ['GRDP bình quân đầu người (nghìn đồng) (2015/2014)', 'match'],
      ['GRDP bình quân đầu người (nghìn đồng) (2016/2015)', 'mismatch'],
    ]);
    expect(results[0]?.unit).toBe('nghìn đồng');
    expect(results[1]?.unit).toBe('nghìn đồng');
  });

  // vinhphuc-yearbook-2019, biểu 11 (as printed, two years): a block of persons, one of indices, one of structure.
  it('reads a years-down body in blocks: levels, indices checked against them, and a structure block of its own', () => {
    const table = only(
      [
        ';Tổng số;Thành thị;Nông thôn',
        'Người - Person;;;',
        '2017;1.123.140;261.692;861.448',
        '2018;1.138.370;285.162;853.208',
        'Chỉ số phát triển (Năm trước = 100) - %;;;',
        '2018;101,36;108,97;99,04',
        'Cơ cấu - Structure (%);;;',
        'Sơ bộ - Prel. 2018;100,00;25,05;74,95',
      ].join('\n'),
    );
    expect(table.years).toEqual([2017, 2018]);
    const results = verifyReportTable(table);
    expect(results.map((r) => [r.indicator, r.verdict])).toEqual([
      ['Tổng số', 'none'],
      ['Thành thị', 'none'],
      ['Nông thôn', 'none'],
      ['Tổng số (2018/2017)', 'match'],
      ['Thành thị (2018/2017)', 'match'],
      ['Nông thôn (2018/2017)', 'match'],
      ['Tổng số – Cơ cấu - Structure (%)', 'none'],
      ['Thành thị – Cơ cấu - Structure (%)', 'none'],
      ['Nông thôn – Cơ cấu - Structure (%)', 'none'],
    ]);
    // The persons stay the persons: the structure block does not overwrite them.
    expect(table.rows[0]?.values[2018]?.raw).toBe('1.138.370');
    expect(table.rows[6]?.unit).toBe('%');
  });

  it('splits indicators printed as column groups into one table each', () => {
    const tables = read(
      [
        ';GRDP bình quân đầu người (nghìn đồng);;;GRDP bình quân đầu người (USD);;',
        ';2015;2016;2016 so với 2015 (%);2015;2016;2016 so với 2015 (%)',
        'Tỉnh Quảng Ngãi;47.684;44.908;94,18;2.218;2.060;92,88',
      ].join('\n'),
      'nien-giam.csv',
    );
    expect(tables.map((t) => [t.file, t.title, t.years])).toEqual([
      ['nien-giam.csv', 'GRDP bình quân đầu người (nghìn đồng)', [2015, 2016]],
      ['nien-giam.csv #2', 'GRDP bình quân đầu người (USD)', [2015, 2016]],
    ]);
    expect(tables.map((t) => verifyReportTable(t)[0]?.verdict)).toEqual(['match', 'match']);
    expect(tables[1]?.rows[0]?.unit).toBe('USD');
  });
});

describe('several tables on one sheet', () => {
  it('reads each table after a blank row, with its own title and header', () => {
    const tables = read(
      [
        'Biểu 1. Quảng Ngãi',
        'Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2016;Năm 2016 so với năm 2015',
        'GRDP bình quân đầu người;Nghìn đồng;47.684;44.908;Giảm 5,8%',
        '',
        'Biểu 2. Hưng Yên',
        'Chỉ tiêu;Đơn vị tính;2012;2013;Năm 2013 so với năm 2012 (%)',
        'Dịch vụ;Triệu đồng;8.632.037;8.974.665;103,97',
      ].join('\n'),
    );
    expect(tables.map((t) => [t.file, t.title, t.rows.length])).toEqual([
      ['bieu-mau.csv', 'Biểu 1. Quảng Ngãi', 1],
      ['bieu-mau.csv #2', 'Biểu 2. Hưng Yên', 1],
    ]);
    expect(tables.flatMap((t) => verifyReportTable(t).map((r) => r.verdict))).toEqual(['match', 'match']);
  });
});

describe('the unquoted decimal comma', () => {
  const csv = [
    'STT,Chỉ tiêu,Đơn vị tính,Năm 2014,Năm 2015,Năm 2015 so với năm 2014',
    '1,GRDP bình quân đầu người (USD),USD,2241,2218,Giảm 1,03%',
    '2,GRDP bình quân đầu người,Nghìn đồng,47731,47684,Giảm 0,1%',
  ].join('\n');

  it('warns on the row, naming file, row and column, and gives no verdict on the cut claim', () => {
    const table = only(csv);
    expect(table.warnings.map((w) => describeTableProblem(w, 'en'))).toEqual([
      expect.stringMatching(/^bieu-mau\.csv: row 2, column "Năm 2015 so với năm 2014": the row has 7 cells but the header has 6/),
      expect.stringMatching(/^bieu-mau\.csv: row 3, column/),
    ]);
    const results = verifyReportTable(table);
    expect(results.map((r) => [r.claim, r.verdict])).toEqual([
      ['Giảm 1,03%', 'unparsed'],
      ['Giảm 0,1%', 'unparsed'],
    ]);
    expect(results[0]?.warnings.length).toBe(1);
  });
});

describe('a plan form with a blank corner', () => {
  // A budget form copied from a report (our rows, figures invented and consistent): the corner over the names is empty.
  it.each([
    ['estimate and a year', ';Dự toán năm 2023;Năm 2023;Năm 2023 so với dự toán năm (%)'],
    ['estimate and part of a year', ';Dự toán năm 2023;Ước thực hiện 11 tháng năm 2023;11 tháng năm 2023 so với dự toán năm (%)'],
  ])('reads the names under it (%s) and checks them against the plan', (_name, header) => {
    const r = readReportTables(`${header}\nTổng thu ngân sách trên địa bàn;5.850,0;5.412,3;92,52\nThu nội địa;5.100,0;4.701,8;92,19\n`, 'bieu.csv');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]?.rows.map((row) => [row.indicator, row.plan?.raw, row.claim])).toEqual([
      ['Tổng thu ngân sách trên địa bàn', '5.850,0', '92,52'],
      ['Thu nội địa', '5.100,0', '92,19'],
    ]);
    expect(r.value[0]?.compare).toMatchObject({ fromPlan: true });
  });
});

describe('a plan form without a comparison column', () => {
  // Nghị quyết của Quốc hội, 12 chỉ tiêu chủ yếu năm 2019 (via qdnd.vn; rows cut to two): the plan beside the estimate,
  // and a word that judges them
  const csv = [
    'TT;Chỉ tiêu;Đơn vị;Kế hoạch năm 2019;Ước thực hiện năm 2019;Đánh giá',
    '1;Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ;%;27;27,5;Vượt',
    '2;Tỷ lệ tham gia bảo hiểm y tế;%;88,1;89,3;Vượt',
  ].join('\n');

  it('shows each value as a share of its plan, not as a change', () => {
    const results = verifyReportTable(only(csv));
    expect(results.map((r) => [r.verdict, r.computed, r.message, r.messageEn])).toEqual([
      ['none', 1.0185, '27,5 / 27 = 101,9% kế hoạch', '27,5 / 27 = 101,9% of the plan'],
      ['none', 1.0136, '89,3 / 88,1 = 101,4% kế hoạch', '89,3 / 88,1 = 101,4% of the plan'],
    ]);
  });
});

describe('edge cases', () => {
  it('a blank corner over one value column and no plan is still refused', () => {
    const r = readReportTables(';Năm 2023;Ghi chú\nGDP;39,8;', 'bang.csv');
    expect(r.ok ? null : r.error.code).toBe('no-indicator-column');
  });

  it('a header naming no indicator and no empty corner is still refused', () => {
    const r = readReportTables('STT;Tên;Năm 2015;Năm 2020\n1;GDP;10,6;39,8', 'bang.csv');
    expect(r.ok ? null : r.error.code).toBe('no-indicator-column');
  });

  it('a table with only title rows and a note is refused with the header row named', () => {
    const r = readReportTables('Chỉ tiêu;Năm 2015;Năm 2016\nNguồn: Cục Thống kê', 'bang.csv');
    expect(r.ok ? null : [r.error.code, r.error.row]).toEqual(['no-rows', 1]);
  });

  it('a value row under a one-row header is not taken as a header row', () => {
    const table = only('Chỉ tiêu;Năm 2015;Năm 2016\n;47.684;44.908\nGRDP;47.684;44.908');
    expect(table.headerRows).toEqual([1]);
    expect(table.rows.map((r) => r.indicator)).toEqual(['GRDP']);
  });
});

describe('legacy fonts in a table', () => {
  it('reads a CSV saved in 8-bit TCVN3, converts it and warns that it did', () => {
    // Quảng Ngãi, Niên giám thống kê 2016, biểu 41; the header and indicator typed in the ABC font (.VnTime).
    const text = 'STT;ChØ tiªu;§¬n vÞ tÝnh;N¨m 2015;N¨m 2016;N¨m 2016 so víi n¨m 2015\n1;GRDP b×nh qu©n ®Çu ng­êi;Ngh×n ®ång;47.684;44.908;Gi¶m 5,8%';
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const r = readReportTables(bytes, 'abc.csv');
    if (!r.ok) throw new Error(r.error.code);
    const table = r.value[0];
    expect(table?.rows[0]?.indicator).toBe('GRDP bình quân đầu người');
    expect(table?.rows[0]?.unit).toBe('Nghìn đồng');
    expect(table?.warnings.map((w) => describeTableProblem(w, 'vi'))).toEqual(['abc.csv: văn bản gõ bằng phông TCVN3 (ABC) đã được chuyển sang Unicode.']);
    expect(table ? verifyReportTable(table)[0]?.verdict : null).toBe('match');
  });
});

/*
 * A plan form with two comparison columns: the estimate against the plan, and against the year before. Figures:
 * Quảng Ngãi, Niên giám 2016, biểu 41 (GRDP bình quân đầu người 47.684 nghìn đồng in 2015, 44.908 in 2016; the
 * yearbook prints the index 94,18). The plan 46.000 and the form are ours, so 44.908 / 46.000 = 97,63 %.
 */
const TWO_COMPARISONS = [
  'STT;Chỉ tiêu;Đơn vị tính;Thực hiện năm 2015;Kế hoạch năm 2016;Ước thực hiện năm 2016;So sánh (%) - TH 2016/KH 2016;So sánh (%) - TH 2016/TH 2015',
  '1;GRDP bình quân đầu người;Nghìn đồng;47.684;46.000;44.908;97,6;94,2',
  '2;GRDP bình quân đầu người (planted);Nghìn đồng;47.684;46.000;44.908;97,6;95,2',
].join('\n');

describe('a plan form with two comparison columns', () => {
  const tables = read(TWO_COMPARISONS, 'ke-hoach.csv');

  it('reads one table per comparison, each titled by its comparison', () => {
    expect(tables.map((t) => [t.file, t.title, t.compare])).toEqual([
      ['ke-hoach.csv', 'So sánh (%) - TH 2016/KH 2016', { from: 2016, to: 2016, fromPlan: true }],
      ['ke-hoach.csv #2', 'So sánh (%) - TH 2016/TH 2015', { from: 2015, to: 2016 }],
    ]);
    expect(tables.map((t) => t.rows.map((r) => r.claim))).toEqual([['97,6', '97,6'], ['94,2', '95,2']]);
  });

  it('checks the first against the plan and the second against the year before', () => {
    const [plan, year] = tables.map((t) => verifyReportTable(t));
    expect(plan?.map((r) => [r.verdict, r.kind])).toEqual([['match', 'plan'], ['match', 'plan']]);
    expect(plan?.[0]?.computed).toBeCloseTo(97.626, 2);
    expect(year?.map((r) => r.verdict)).toEqual(['match', 'mismatch']);
    expect(year?.[0]?.computed).toBeCloseTo(94.178, 2);
  });

  it('edge case: one comparison column gives one table, and a plan index column alone still compares with the plan', () => {
    const one = read(TWO_COMPARISONS.split('\n').map((line) => line.split(';').slice(0, 7).join(';')).join('\n'), 'ke-hoach.csv');
    expect(one.map((t) => t.file)).toEqual(['ke-hoach.csv']);
    expect(verifyReportTable(one[0]!).map((r) => r.verdict)).toEqual(['match', 'match']);
  });
});

/*
 * An average-rate column (Quảng Ngãi, Niên giám 2016, biểu 41: GRDP bình quân đầu người 44.108 nghìn đồng in 2013,
 * 44.908 in 2016, 2.107 → 2.060 USD): 3 years from the year before the period, (44.908 / 44.108)^(1/3) − 1 = 0,60 %
 * a year; (2.060 / 2.107)^(1/3) − 1 = −0,75 %. The form and the planted sign are ours.
 */
const AVERAGE = [
  'Chỉ tiêu;Đơn vị tính;Năm 2013;Năm 2016;Tốc độ tăng bình quân 2014-2016 (%)',
  'GRDP bình quân đầu người;Nghìn đồng;44.108;44.908;0,6',
  'GRDP bình quân đầu người (USD);USD;2.107;2.060;-0,8',
  'GRDP bình quân đầu người (USD, planted);USD;2.107;2.060;0,8',
].join('\n');

describe('an average-rate column', () => {
  const [table] = read(AVERAGE, 'binh-quan.csv');

  it('runs from the year before the period the header names', () => {
    expect(table?.compare).toEqual({ from: 2013, to: 2016 });
    expect(table?.columns.map((c) => c.role)).toEqual(['indicator', 'unit', 'year', 'year', 'claim']);
  });

  it('reads a bare figure as an average annual rate, a minus as a fall', () => {
    const results = verifyReportTable(table!);
    expect(results.map((r) => [r.kind, r.verdict])).toEqual([
      ['average-annual', 'match'],
      ['average-annual', 'match'],
      ['average-annual', 'wrong_direction'],
    ]);
    expect(results[0]?.computed).toBeCloseTo(0.601, 3);
  });

  it('edge case: without a period it runs from the first year to the last', () => {
    const [plain] = read(AVERAGE.replace('Tốc độ tăng bình quân 2014-2016 (%)', 'Tăng bình quân năm (%)'), 'binh-quan.csv');
    expect(plain?.compare).toEqual({ from: 2013, to: 2016 });
    expect(verifyReportTable(plain!)[0]?.verdict).toBe('match');
  });
});

describe('a plan form with two comparison columns: rows counted once', () => {
  it('marks the second table as repeating the first one\'s rows', () => {
    expect(read(TWO_COMPARISONS, 'ke-hoach.csv').map((t) => t.sameRowsAs)).toEqual([undefined, 'ke-hoach.csv']);
  });
});
