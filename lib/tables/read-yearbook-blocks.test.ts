import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { describeTableProblem } from './messages';
import { readReportTables } from './read-report-table';
import type { ReportTable } from './types';

/*
 * The blocks yearbooks print under a table's values: indices on the year before ("Chỉ số phát triển (Năm trước = 100)
 * - %") and rates of growth ("Tỷ lệ tăng - Growth rate (%)"), in both layouts. Figures: the average population of the
 * 2023 provincial yearbooks of Bình Định (cucthongke.binhdinh.gov.vn, biểu 19) and of a province whose yearbook page
 * 83 prints 1.195.741 people for 2020 (115.75.153.9, "Niên giám thống kê 2023", biểu 8), and Vĩnh Phúc's 2019 yearbook
 * (biểu 11). The years-across layouts are ours: those yearbooks print the years down.
 */

function only(csv: string): ReportTable {
  const r = readReportTables(csv, 'nien-giam.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'en'));
  const [table] = r.value;
  if (!table) throw new Error('no table');
  return table;
}

function verdicts(csv: string): [string, string, string | null][] {
  return verifyReportTable(only(csv)).map((r) => [r.indicator, r.verdict, r.claim]);
}

describe('a growth-rate block, years down', () => {
  it('checks each rate as the year on the year before, minus one', () => {
    const csv = [
      ';Tổng số;Nam;Nữ',
      'Người - Person;;;',
      '2020;1.195.741;595.899;599.842',
      '2021;1.206.819;601.419;605.400',
      '2022;1.197.823;606.396;591.427',
      'Tỷ lệ tăng - Growth rate (%);;;',
      '2021;0,93;0,93;0,93',
      '2022;-0,75;0,83;-2,31',
    ].join('\n');
    expect(verdicts(csv).filter(([, verdict]) => verdict !== 'none')).toEqual([
      ['Tổng số (2021/2020)', 'match', '0,93'],
      ['Tổng số (2022/2021)', 'match', '-0,75'],
      ['Nam (2021/2020)', 'match', '0,93'],
      ['Nam (2022/2021)', 'match', '0,83'],
      ['Nữ (2021/2020)', 'match', '0,93'],
      ['Nữ (2022/2021)', 'match', '-2,31'],
    ]);
    // The label "Người - Person" is the unit of the persons.
    expect(only(csv).rows[0]?.unit).toBe('Người');
  });

  it('finds a rate that does not follow from the values (Bình Định 2022, one digit changed)', () => {
    const csv = ['Năm;Tổng số', '2021;1508322', '2022;1504285', 'Tỷ lệ tăng - Growth rate (%);', '2022;-0,286'].join('\n');
    const [, row] = verifyReportTable(only(csv));
    expect([row?.verdict, row?.computed, row?.expected]).toEqual(['mismatch', 0.2676, 'giảm 0,268%']);
  });
});

describe('an index section, years across', () => {
  const csv = [
    'Dân số trung bình;;;',
    ';2016;2017;Sơ bộ - Prel. 2018',
    'Tổng số;1.106.141;1.123.140;1.138.370',
    'Thành thị;257.890;261.692;285.162',
    'Chỉ số phát triển (Năm trước = 100) - %;;;',
    'Tổng số;101,45;101,54;101,36',
    'Thành thị;101,45;101,47;108,97',
  ].join('\n');

  it('checks each index against the row of the same name above it', () => {
    expect(verdicts(csv).filter(([, verdict]) => verdict !== 'none')).toEqual([
      ['Tổng số (2016/2015)', 'implied', '101,45'],
      ['Tổng số (2017/2016)', 'match', '101,54'],
      ['Tổng số (2018/2017)', 'match', '101,36'],
      ['Thành thị (2016/2015)', 'implied', '101,45'],
      ['Thành thị (2017/2016)', 'match', '101,47'],
      ['Thành thị (2018/2017)', 'match', '108,97'],
    ]);
  });

  it('keeps the index rows of the level rows’ series, with their values', () => {
    const row = only(csv).rows.find((r) => r.indicator === 'Thành thị (2018/2017)');
    expect([row?.levelOf, row?.values[2017]?.raw, row?.values[2018]?.raw]).toEqual(['Thành thị', '261.692', '285.162']);
  });
});

// Quảng Ngãi's yearbook 2016 (classes of general schools; figures as printed): the value row names its unit in
// brackets on both lines, "Số lớp học (Lớp)" over "Number of classes (Class)", and the index block prints the name
// without it, "Số lớp học - Number of classes". The indices read "Thiếu cả hai giá trị so sánh".
describe('an index row named without the value row\'s units', () => {
  const csv = (index: string) =>
    ['Số lớp học phổ thông;;;', ';2013;2014;2015', '"Số lớp học (Lớp)\nNumber of classes (Class)";7.162;7.015;7.060', '"Chỉ số phát triển (Năm trước = 100) - %";;;', `${index};99,51;97,95;100,64`].join('\n');

  it.each([
    ['without the units, a dash between the languages', 'Số lớp học - Number of classes'],
    ['as the value row names it', '"Số lớp học (Lớp)\nNumber of classes (Class)"'],
  ])('checks each index against the value row: %s', (_name, index) => {
    expect(verdicts(csv(index)).map(([, verdict, claim]) => [verdict, claim])).toEqual([
      ['none', null],
      ['implied', '99,51'],
      ['match', '97,95'],
      ['match', '100,64'],
    ]);
  });

  describe('edge cases', () => {
    it('another name is still no value row of the index', () => {
      expect(verdicts(csv('Số giáo viên - Number of teachers')).filter(([, verdict]) => verdict !== 'none' && verdict !== 'not_computable')).toEqual([]);
    });
  });
});

describe('a growth section, years across', () => {
  it('checks each rate on the year before', () => {
    const csv = [';2020;2021;2022', 'Tổng số;1.195.741;1.206.819;1.197.823', 'Tỷ lệ tăng (%);;;', 'Tổng số;-0,32;0,93;-0,75'].join('\n');
    expect(verdicts(csv).filter(([, verdict]) => verdict !== 'none').map(([name, verdict]) => [name, verdict])).toEqual([
      ['Tổng số (2020/2019)', 'implied'],
      ['Tổng số (2021/2020)', 'match'],
      ['Tổng số (2022/2021)', 'match'],
    ]);
  });
});

/*
 * A provincial yearbook's table of indices alone, each column the later year over the earlier: Nghệ An's industrial
 * production index by sector, 2015/2014 to 2019/2018 (nghean.gov.vn, Niên giám 2019). Our CSV of its figures.
 */
describe('a table of indices headed by pairs of years', () => {
  const csv = [
    'Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp',
    'Đơn vị tính - Unit: %',
    ';2015/2014;2016/2015;2017/2016;2018/2017;2019/2018',
    'TOÀN NGÀNH - TOTAL;109,70;109,87;115,55;115,44;113,21',
    'B. Khai khoáng - Mining and quarrying;115,10;113,91;107,56;97,20;103,20',
  ].join('\n');

  it('reads each column as its later year, in the unit of the note, with no claim', () => {
    const table = only(csv);
    expect(table.years).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(table.compare).toBeNull();
    expect(table.title).toBe('Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp');
    expect(table.rows.map((r) => [r.indicator, r.unit, r.values[2019]?.raw])).toEqual([
      ['TOÀN NGÀNH - TOTAL', '%', '113,21'],
      ['B. Khai khoáng - Mining and quarrying', '%', '103,20'],
    ]);
    expect(verdicts(csv).every(([, verdict]) => verdict === 'none')).toBe(true);
  });

  it('checks such a column beside the levels of its two years', () => {
    const withLevels = [';2018;2019;2019/2018', 'Sản lượng điện;1.200;1.131;94,25'].join('\n');
    expect(verdicts(withLevels)).toEqual([['Sản lượng điện', 'match', '94,25']]);
  });
});

describe('edge cases', () => {
  it('an index on a fixed base year compares with that year', () => {
    const csv = [';2010;2020;2021', 'Tổng số;1.000;1.150;1.180', 'Chỉ số phát triển (Năm 2010 = 100) - %;;;', 'Tổng số;;115,0;118,0'].join('\n');
    expect(verdicts(csv).filter(([, verdict]) => verdict !== 'none')).toEqual([
      ['Tổng số (2020/2010)', 'match', '115,0'],
      ['Tổng số (2021/2010)', 'match', '118,0'],
    ]);
  });

  it('an index row whose name has no value row above it is checked against nothing', () => {
    const csv = [';2020;2021', 'Tổng số;1.000;1.010', 'Chỉ số phát triển (Năm trước = 100) - %;;', 'Nông thôn;;100,5'].join('\n');
    expect(verdicts(csv)).toEqual([
      ['Tổng số', 'none', null],
      ['Nông thôn (2021/2020)', 'not_computable', '100,5'],
    ]);
  });

  it('an average rate of several years is no growth block', () => {
    const csv = [';2020;2021', 'Tổng số;1.000;1.010', 'Tốc độ tăng bình quân (%);;', 'Tổng số;1,2;1,1'].join('\n');
    expect(only(csv).rows.map((r) => r.indicator)).toEqual(['Tổng số', 'Tổng số']);
  });

  it('a table with its own comparison column is read as it is', () => {
    const csv = [';2020;2021;2021 so với 2020 (%)', 'Tổng số;1.000;1.010;101,0', 'Chỉ số phát triển (Năm trước = 100) - %;;;', 'Tổng số;;101,0;'].join('\n');
    expect(only(csv).rows.every((r) => r.levelOf === undefined)).toBe(true);
  });
});

/*
 * The units of bilingual yearbook headers. Figures: Cục Thống kê Quảng Ngãi, Niên giám 2016, biểu 41 (GRDP per head,
 * 24.042 nghìn đồng and 1.299 USD in 2010) and a provincial yearbook of 2022, "Cơ cấu - Structure (%)" of the average
 * population (2011: 100,00; 49,73; 50,27); rows cut to two years.
 */
describe('units of bilingual headers and labels', () => {
  it.each<[string, string, string[]]>([
    [
      'the Vietnamese unit before its English gloss, and a currency code as printed',
      [',Tiền VN theo giá hiện hành Nghìn đồng - Thous. dongs,Ngoại tệ Đô la Mỹ - USD', '2010,24.042,1.299', '2011,30.292,1.449'].join('\n'),
      ['Nghìn đồng', 'USD'],
    ],
    [
      'a unit in brackets in the first block label',
      [';Tổng số Total;Nam Male;Nữ Female', 'Cơ cấu - Structure (%)', '2011;100,00;49,73;50,27', '2012;100,00;49,75;50,25'].join('\n'),
      ['%', '%', '%'],
    ],
  ])('%s', (_name, csv, units) => {
    expect(only(csv).rows.map((row) => row.unit)).toEqual(units);
  });

  describe('edge cases', () => {
    // Nam Định's yearbook 2022, biểu 30 (GRDP at current prices by sector, triệu đồng): the English of two column names
    // ("- Total", "- Of which: Industry") was read as their units, so the sector's values were never summed.
    it('an English gloss that is no unit leaves the column the unit of its block label', () => {
      const csv = [
        ';Tổng số;Công nghiệp và xây dựng - Industry and construction;',
        ';Total;Tổng số - Total;Trong đó: Công nghiệp - Of which: Industry',
        'Triệu đồng - Mill. dongs;;;',
        '2015;46811173;16447908;12173321',
        '2016;50783726;17851973;13248744',
      ].join('\n');
      expect(only(csv).rows.map((row) => row.unit)).toEqual(['Triệu đồng', 'Triệu đồng', 'Triệu đồng']);
    });

    it('keeps a label that is its unit ("Người - Person")', () => {
      const csv = [';Tổng số;Nam', 'Người - Person;;', '2020;1.195.741;595.899', '2021;1.206.819;601.419'].join('\n');
      expect(only(csv).rows.map((row) => row.unit)).toEqual(['Người', 'Người']);
    });

    // Quảng Ngãi's yearbook 2016, birth and death rates (its figures): the first block's label names a group, printed in
    // capitals or beside peer groups, and was read as the unit ('TỶ SUẤT CHUNG'), its rows unnamed.
    it.each<[string, readonly string[], readonly string[]]>([
      [
        'a label in capitals',
        ['Năm;Tỷ suất sinh thô', 'TỶ SUẤT CHUNG;', '2015;13,18', '2016;13,93', 'Thành thị;', '2015;14,35', '2016;14,52'],
        ['Tỷ suất sinh thô – TỶ SUẤT CHUNG', 'Tỷ suất sinh thô – Thành thị'],
      ],
      [
        'a label beside peer groups',
        ['Năm;Tỷ suất sinh thô', 'Thành thị;', '2015;14,35', '2016;14,52', 'Nông thôn;', '2015;12,94', '2016;13,83'],
        ['Tỷ suất sinh thô – Thành thị', 'Tỷ suất sinh thô – Nông thôn'],
      ],
    ])('a group label is no unit: %s', (_name, lines, names) => {
      const table = only(lines.join('\n'));
      expect(table.rows.map((row) => row.indicator)).toEqual(names);
      expect(table.rows.map((row) => row.unit)).toEqual(['', '']);
    });
  });
});

/*
 * Nghệ An's yearbook 2017 (pupils of general education), re-keyed as printed: thousands grouped by spaces, the unit row
 * "Người – Person" (an en dash) and the index block's label in the first value column (a merged, centred cell pasted
 * from the page), "Sơ bộ Prel.2017" with no space, and the same names under each school level. The file was refused
 * ("có dòng tiêu đề cột nhưng không có dòng số liệu nào"), and read with dots, its index block measured each
 * "Ngoài công lập" against the last row of that name: six false mismatches.
 */
describe('an index block under names repeated in each level, years across (Nghệ An)', () => {
  const rows = (sep: (n: string) => string) =>
    [
      'Số học sinh phổ thông',
      ';Năm học - School year;;',
      ';2015;2016;Sơ bộ Prel.2017',
      ';Người – Person;;',
      `Tiểu học - Primary school;${sep('248 832')};${sep('248 925')};${sep('261 708')}`,
      `Công lập – Public;${sep('248 241')};${sep('248 305')};${sep('260 873')}`,
      'Ngoài công lập - Non-public;591;620;835',
      `Trung học cơ sở - Lower secondary school;${sep('173 491')};${sep('175 171')};${sep('178 684')}`,
      `Công lập – Public;${sep('173 144')};${sep('174 755')};${sep('178 177')}`,
      'Ngoài công lập - Non-public;347;416;507',
      ';Chỉ số phát triển (Năm trước = 100) - % Index (Previous year = 100);;',
      'Tiểu học - Primary school;-;100,04;105,14',
      'Công lập - Public;-;100,03;105,06',
      'Ngoài công lập - Non-public;-;104,91;134,68',
      'Trung học cơ sở - Lower secondary school;-;100,97;102,01',
      'Công lập - Public;-;100,93;101,96',
      'Ngoài công lập - Non-public;-;119,88;121,88',
    ].join('\n');

  it.each([
    ['thousands grouped by spaces', (n: string) => n],
    ['thousands grouped by dots', (n: string) => n.replace(' ', '.')],
  ])('checks every index against the row of its own level: %s', (_name, sep) => {
    const checked = verdicts(rows(sep)).filter(([, verdict]) => verdict !== 'none');
    expect(checked.filter(([, verdict]) => verdict !== 'match')).toEqual([]);
    expect(checked.map(([indicator]) => indicator)).toContain('Ngoài công lập - Non-public (2017/2016)');
    expect(checked).toHaveLength(12);
  });

  it('reads the unit row and the preliminary year', () => {
    const table = only(rows((n) => n));
    expect([table.years, table.rows[0]?.unit]).toEqual([[2015, 2016, 2017], 'Người']);
  });

  describe('edge cases', () => {
    // Without the label the second block is values of the same names, not indices.
    it('a block with no index label is no index block', () => {
      const csv = rows((n) => n).replace(';Chỉ số phát triển (Năm trước = 100) - % Index (Previous year = 100);;', ';Cơ cấu - Structure (%);;');
      expect(verdicts(csv).filter(([, verdict]) => verdict !== 'none')).toEqual([]);
    });
  });
});

// Nghệ An, Niên giám 2020 (freight carried by ownership and by mode, nghìn tấn.km; three of its years): the index block
// breaks its rows down under the same "Phân theo …" headings as the values.
describe('an index block broken down by "Phân theo …" headings, years across (Nghệ An)', () => {
  const csv = [
    'Khối lượng hàng hóa luân chuyển phân theo loại hình kinh tế và ngành vận tải',
    'Chỉ tiêu;2018;2019;2020',
    'Nghìn tấn.km - Thous. tons.km;;;',
    'TỔNG SỐ - TOTAL;3.066.316;3.457.983;3.707.442',
    'Phân theo loại hình kinh tế - By types of ownership;;;',
    'Nhà nước - State;51.109;56.241;59.452',
    'Ngoài Nhà nước - Non-State;3.015.207;3.401.742;3.647.990',
    'Phân theo ngành vận tải - By types of transport;;;',
    'Đường bộ - Road;2.134.903;2.484.571;2.696.011',
    'Đường biển - Maritime;931.413;973.412;1.011.431',
    'Chỉ số phát triển (Năm trước = 100) - % - Index (Previous year = 100) - %;;;',
    'TỔNG SỐ - TOTAL;110,17;112,77;107,21',
    'Phân theo loại hình kinh tế - By types of ownership;;;',
    'Nhà nước - State;116,05;110,04;105,71',
    'Ngoài Nhà nước - Non-State;110,07;112,82;107,24',
    'Phân theo ngành vận tải - By types of transport;;;',
    'Đường bộ - Road;112,26;116,38;108,51',
    'Đường biển - Maritime;105,66;104,51;103,91',
  ].join('\n');

  it('checks the indices under each heading against their own values', () => {
    const checked = verdicts(csv).filter(([, verdict]) => verdict !== 'none' && verdict !== 'implied');
    expect(checked.filter(([, verdict]) => verdict !== 'match')).toEqual([]);
    expect(checked.map(([indicator]) => indicator)).toEqual(
      ['TỔNG SỐ - TOTAL', 'Nhà nước - State', 'Ngoài Nhà nước - Non-State', 'Đường bộ - Road', 'Đường biển - Maritime'].flatMap((n) => [`${n} (2019/2018)`, `${n} (2020/2019)`]),
    );
    // A broken index is found.
    const broken = verdicts(csv.replace('Nhà nước - State;116,05;110,04;105,71', 'Nhà nước - State;116,05;113,04;105,71'));
    expect(broken.filter(([, verdict]) => verdict === 'mismatch').map(([indicator]) => indicator)).toEqual(['Nhà nước - State (2019/2018)']);
  });

  describe('edge cases', () => {
    // Invented on the form of a population table: names repeated under two headings are matched in order.
    it('names repeated under two headings are matched in order', () => {
      const people = [
        ';2021;2022',
        'Người - Person;;',
        'Phân theo thành thị - Urban;;',
        'Nam;100.000;102.000',
        'Nữ;110.000;111.100',
        'Phân theo nông thôn - Rural;;',
        'Nam;300.000;297.000',
        'Nữ;310.000;313.100',
        'Chỉ số phát triển (Năm trước = 100) - %;;',
        'Phân theo thành thị - Urban;;',
        'Nam;;102,00',
        'Nữ;;101,00',
        'Phân theo nông thôn - Rural;;',
        'Nam;;99,00',
        'Nữ;;101,00',
      ].join('\n');
      expect(verdicts(people).filter(([, verdict]) => verdict !== 'none')).toEqual([
        ['Nam (2022/2021)', 'match', '102,00'],
        ['Nữ (2022/2021)', 'match', '101,00'],
        ['Nam (2022/2021)', 'match', '99,00'],
        ['Nữ (2022/2021)', 'match', '101,00'],
      ]);
    });

    // A heading of another measure after the block ends it: its rows are values again.
    it('a heading that is no breakdown closes the block', () => {
      const more = `${csv}\nNăng suất - Productivity;;;\nĐường bộ - Road;1,1;1,2;1,3`;
      expect(verdicts(more).some(([indicator]) => indicator.startsWith('Đường bộ - Road (') && indicator.includes('1,'))).toBe(false);
      expect(only(more).rows.at(-1)?.claim ?? null).toBeNull();
    });
  });
});
