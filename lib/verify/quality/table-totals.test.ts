import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import type { ReportTable } from '../../tables/types';
import { checkTotal, totalGroupsOf } from './table-totals';

/*
 * Figures: Cục Thống kê tỉnh Vĩnh Phúc, Niên giám thống kê 2022, biểu 151.1 (planted area of spring paddy by district,
 * ha; niengiam2022.thongkevinhphuc.gov.vn): the nine districts add up to the total in every year. The layouts of the
 * edge cases and the changed figures are ours.
 */
const DISTRICTS = [
  ';2018;2019',
  'TỔNG SỐ - TOTAL;31.005,00;30.203,00',
  '1. Thành phố Vĩnh Yên;1.350,60;1.302,40',
  '2. Thành phố Phúc Yên;2.006,00;2.101,00',
  '3. Huyện Lập Thạch;4.055,80;4.011,40',
  '4. Huyện Tam Dương;3.335,40;3.289,60',
  '5. Huyện Tam Đảo;2.134,80;2.159,00',
  '6. Huyện Bình Xuyên;4.254,40;4.122,70',
  '7. Huyện Yên Lạc;4.686,70;4.626,70',
  '8. Huyện Vĩnh Tường;6.245,00;5.672,60',
  '9. Huyện Sông Lô;2.936,30;2.917,60',
].join('\n');

const DA_NANG = [
  'Chỉ tiêu;2009;2010',
  'Toàn Thành;894.508;926.018',
  'Phân Theo Thành Thị, Nông Thôn;;',
  'Thành Thị;777.055;805.320',
  'Nông Thôn;117.453;120.698',
  'Phân Theo Giới Tính;;',
  'Nam;437.567;450.761',
  'Nữ;456.941;475.257',
  'Phân Theo Quận, Huyện;;',
  'Quận Hải Châu;190.921;196.098',
  'Quận Thanh Khê;174.902;178.447',
  'Quận Sơn Trà;128.463;132.944',
  'Quận Ngũ Hành Sơn;64.722;68.270',
  'Quận Liên Chiểu;129.988;136.737',
  'Quận Cẩm Lệ;88.059;92.824',
  'Huyện Hòa Vang;117.453;120.698',
].join('\n');

const CAN_THO = [
  'GDP;2010;2013',
  '1. Nông- lâm- thuỷ sản;4.421.190;4.927.247',
  '2. Công nghiệp-xây dựng;16.626.280;20.695.981',
  '3. Dịch vụ;21.593.352;34.924.854',
  '4. Thuế nhập khẩu;1.199.597;1.222.853',
  'Tổng;43.840.419;61.770.935',
].join('\n');

/** The Vĩnh Phúc districts with the total moved to the end. */
const DISTRICTS_TOTAL_LAST = [...DISTRICTS.split('\n').filter((l) => !l.startsWith('TỔNG')), 'Tổng số;31.005,00;30.203,00'].join('\n');

function table(csv: string): ReportTable {
  const r = readReportTables(csv, 'bieu-151.csv');
  if (!r.ok) throw new Error(r.error.code);
  const [t] = r.value;
  if (!t) throw new Error('no table');
  return t;
}

function warnings(csv: string) {
  return totalGroupsOf(table(csv), 'bieu-151', (row) => slugify(row.indicator)).flatMap(checkTotal);
}

describe('totals of a table by district', () => {
  it.each<[string, string, [number, number][]]>([
    ['the nine districts add up to the total in both years', DISTRICTS, []],
    ['a district typed with two digits swapped', DISTRICTS.replace('2.936,30', '2.963,30'), [[2018, 31032]]],
    ['the total typed wrong in 2019', DISTRICTS.replace('30.203,00', '30.230,00'), [[2019, 30203]]],
    [
      'districts named by their kind, without numbers',
      [';2018;2019', 'Toàn tỉnh;3.356,60;3.356,60', 'Thành phố Vĩnh Yên;1.350,60;1.350,60', 'Thành phố Phúc Yên;2.006,00;2.006,00', 'Huyện Lập Thạch;10,00;10,00'].join('\n'),
      [[2018, 3366.6], [2019, 3366.6]],
    ],
    // Cục Thống kê Đà Nẵng (average population, 2009–2010 kept): "Toàn Thành" over its breakdowns by residence, sex and
    // district; Quận Liên Chiểu changed from 136.737 to 163.737 in 2010.
    ['a city\'s "Toàn Thành" over its districts', DA_NANG.replace('129.988;136.737', '129.988;163.737'), [[2010, 953018]]],
    ['the city as printed', DA_NANG, []],
    // Cần Thơ's GDP by sector (triệu đồng, 2010 and 2013; a thesis quoting the Cục Thống kê): the sectors, then "Tổng".
    ['a total printed last, under its numbered parts', CAN_THO, []],
    ['a part typed wrong above a total printed last', CAN_THO.replace('34.924.854', '43.924.854'), [[2013, 70770935]]],
    ['districts above a "Tổng số" printed last', DISTRICTS_TOTAL_LAST.replace('2.917,60', '2.971,60'), [[2019, 30257]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.sum])).toEqual(expected);
  });

  it('says both figures, the gap and the rounding allowed', () => {
    const [w] = warnings(DISTRICTS.replace('2.936,30', '2.963,30'));
    expect(w?.message.vi).toBe('Năm 2018: 9 dòng thành phần của “TỔNG SỐ - TOTAL” cộng lại 31.032,00, không bằng 31.005,00 như dòng tổng ghi (chênh 27,00, sai số làm tròn tối đa ±0,050).');
    expect(w?.message.en).toContain('the 9 rows listed as parts of “TỔNG SỐ - TOTAL” add up to 31.032,00, not 31.005,00');
    expect(w?.indicatorIds[0]).toBe('tong-so-total');
  });
});

/*
 * Cục Thống kê Nghệ An, Niên giám thống kê 2020 (investment at current prices, tỷ đồng; the years cut to three): the
 * rows under "Phân theo cấp quản lý" add up to the total in every year; those under "Phân theo nguồn vốn" list rows
 * under rows and never add up as one list.
 */
const INVESTMENT = [
  ';2015;2019;2020',
  'TỔNG SỐ - TOTAL;38.032;68.681;78.605',
  'Phân theo cấp quản lý - By management level;;;',
  'Trung ương - Central;5.159;5.559;5.802',
  'Địa phương - Local;32.289;60.138;70.359',
  'Đầu tư nước ngoài - FDI;584;2.984;2.444',
  'Phân theo nguồn vốn - By source of capital;;;',
  'Vốn khu vực Nhà nước - State;12.760;14.944;16.397',
  'Vốn ngân sách Nhà nước - State budget;6.725;7.688;9.911',
  'Vốn vay - Loan;962;1.893;2.050',
  'Vốn khu vực ngoài Nhà nước - Non-state;24.688;50.753;59.764',
].join('\n');

describe('a breakdown under a "Phân theo …" heading that no list names', () => {
  it.each<[string, string, [number, number][]]>([
    ['the management levels add up in every year', INVESTMENT, []],
    ['Trung ương typed 5.150 in 2015', INVESTMENT.replace('5.159', '5.150'), [[2015, 38023]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.sum])).toEqual(expected);
  });

  it('reads the levels as one group and the sources of rows under rows as none', () => {
    const groups = totalGroupsOf(table(INVESTMENT), 't', (row) => slugify(row.indicator));
    expect(groups.map((g) => g.parts.length)).toEqual([3]);
  });

  it('reads no group whose rows add up in one year of three', () => {
    const csv = INVESTMENT.replace('5.559', '5.500').replace('5.802', '5.702');
    expect(totalGroupsOf(table(csv), 't', (row) => slugify(row.indicator))).toEqual([]);
  });
});

/*
 * Cục Thống kê Nam Định, Niên giám thống kê 2023 (retail sales at current prices by kind of business, triệu đồng; the
 * years cut to three): the four kinds under "Chia ra - Of which" are every part of the total, whatever the English says.
 */
const RETAIL_DIVIDED = [
  'Chỉ tiêu;2015;2022;2023',
  'Tổng số - Total;28630620;60300468;68597645',
  'Chia ra - Of which;;;',
  'Bán lẻ - Retail sale;24894584;53759420;61179772',
  '"Dịch vụ lưu trú, ăn uống - Accommodation, food and beverage service";2409898;3402804;3939897',
  'Du lịch lữ hành - Tourism;13866;12591;16966',
  'Dịch vụ khác - Other services;1312272;3125653;3461010',
].join('\n');

describe('a breakdown under "Chia ra"', () => {
  it.each<[string, string, [number, number][]]>([
    ['the four kinds add up in every year', RETAIL_DIVIDED, []],
    ['Bán lẻ typed 61197772 in 2023', RETAIL_DIVIDED.replace('61179772', '61197772'), [[2023, 68615645]]],
    ['"Chia ra:" with a colon', RETAIL_DIVIDED.replace('Chia ra - Of which', 'Chia ra:').replace('61179772', '61197772'), [[2023, 68615645]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.sum])).toEqual(expected);
  });

  describe('edge cases', () => {
    it('reads no group under "Trong đó - Of which": some parts only', () => {
      const csv = RETAIL_DIVIDED.replace('Chia ra - Of which', 'Trong đó - Of which').replace('61179772', '61197772');
      expect(warnings(csv)).toEqual([]);
    });

    it('reads no group whose parts add up in one year of three', () => {
      const csv = RETAIL_DIVIDED.replace('24894584', '24000000').replace('53759420', '53000000');
      expect(totalGroupsOf(table(csv), 't', (row) => slugify(row.indicator))).toEqual([]);
    });
  });
});

/*
 * Bắc Giang, Sở Kế hoạch và Đầu tư, "Chỉ tiêu toàn Tỉnh" (value added at 2010 prices, tỷ đồng, printed in English
 * style; years cut to three): the total is named by its indicator, and from 2015 the sectors no longer add up to it.
 */
const SECTOR_ROWS = [
  'Chỉ tiêu,ĐV tính,2013,2014,2015',
  '1. Tổng giá trị gia tăng (Giá 2010),Tỷ đồng,37272.30,31459.20,41741.50',
  '"Nông, lâm nghiệp và thuỷ sản",Tỷ đồng,15480.80,7440.30,10367.40',
  'Công nghiệp-Xây dựng,Tỷ đồng,11227.50,12853.90,18755.80',
  'Dịch vụ,Tỷ đồng,10564.00,11165.00,11991.30',
].join('\n');

describe('the three sectors under a total named by its indicator', () => {
  it.each<[string, string, [number, number][]]>([
    ['the real rows: 2015 is 627 short', SECTOR_ROWS, [[2015, 41114.5]]],
    ['"Công nghiệp - Xây dựng" with spaces', SECTOR_ROWS.replace('Công nghiệp-Xây dựng', 'Công nghiệp - Xây dựng'), [[2015, 41114.5]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.sum])).toEqual(expected);
  });

  it('reads no total over sectors that add up in one year of three', () => {
    const csv = SECTOR_ROWS.replace('37272.30', '37000.00');
    expect(totalGroupsOf(table(csv), 't', (row) => slugify(row.indicator))).toEqual([]);
  });
});

/*
 * Growth rates are no parts: GSO's GDP growth of 2009 at constant 1994 prices, by sector (%), reprinted by Tạp chí Cộng
 * sản. The total, 6,18 in 2008, is a weighted mean of 4,07, 6,11 and 7,18, not their sum; the unit is only in the title.
 */
const GROWTH_RATES = [
  'Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%);;',
  ';2008;2009',
  'Tổng số;6,18;5,32',
  'A. Phân theo khu vực kinh tế;;',
  'Nông, lâm nghiệp và thủy sản;4,07;1,83',
  'Công nghiệp và xây dựng;6,11;5,52',
  'Dịch vụ;7,18;6,63',
].join('\n');

describe('rates with their unit in the title', () => {
  it.each<[string, string, number[]]>([
    ['"(%)" closing the title: rates, never added', GROWTH_RATES, []],
    ['the same rows without the title are read as amounts', GROWTH_RATES.split('\n').slice(1).join('\n'), [2008, 2009]],
    // Kon Tum's yearbook 2017, biểu 34 (trained workers, % by sex), years down under "Đơn vị tính - Unit: %".
    ['years down under a unit line "%"', [';;;Đơn vị tính - Unit: %', ';Tổng số;Nam;Nữ', '2010;26,1;27,0;25,1', '2016;47,2;49,2;42,7'].join('\n'), []],
    ['the same without the unit line', [';Tổng số;Nam;Nữ', '2010;26,1;27,0;25,1', '2016;47,2;49,2;42,7'].join('\n'), [2010, 2016]],
  ])('%s', (_name, csv, years) => {
    expect(warnings(csv).map((w) => w.year)).toEqual(years);
  });
});

/*
 * A structure block under the levels, years across: Vĩnh Phúc's yearbook 2018, biểu 25 (labour force by sex), two years
 * kept. The shares add up to their own 100, never to the persons above.
 */
const LABOUR = [
  ';2010;2016',
  ';Người - Person;',
  'TỔNG SỐ - TOTAL;606.840;629.770',
  'Phân theo giới tính - By sex;;',
  'Nam - Male;298.721;310.248',
  'Nữ - Female;308.119;319.522',
  ';Cơ cấu - Structure (%);',
  'TỔNG SỐ - TOTAL;100,00;100,00',
  'Phân theo giới tính - By sex;;',
  'Nam - Male;49,23;49,26',
  'Nữ - Female;50,77;50,74',
].join('\n');

describe('a structure block under the levels', () => {
  it.each<[string, string, [number, string][]]>([
    ['the printed table', LABOUR, []],
    ['a person typed wrong in 2016', LABOUR.replace('319.522', '391.522'), [[2016, 'TỔNG SỐ - TOTAL']]],
    ['a share typed wrong in 2016', LABOUR.replace('49,26', '49,62'), [[2016, 'TỔNG SỐ - TOTAL – Cơ cấu - Structure (%)']]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.indicators[0]])).toEqual(expected);
  });
});

// Kon Tum's yearbook 2017, "Diện tích, dân số và mật độ dân số năm 2017 phân theo huyện" (population, three districts
// and a total we made their sum): the title names the density, which is no sum, beside the population, which is; the
// districts are bulleted "- Huyện …".
const KON_TUM = (dakHa: string) =>
  [
    '1. Diện tích, dân số và mật độ dân số năm 2017 phân theo huyện, thành phố thuộc tỉnh;;',
    ';Dân số trung bình (Người);Mật độ dân số (Người/km2)',
    'TỔNG SỐ;285.285;177',
    '- Thành phố Kon Tum;168.904;390',
    '- Huyện Đắk Glei;45.290;30',
    `- Huyện Đắk Hà;${dakHa};84`,
  ].join('\n');

describe('a one-year table of measures by district (Kon Tum, 2017)', () => {
  function measureWarnings(csv: string): string[] {
    const r = readReportTables(csv, 'kon-tum.csv');
    if (!r.ok) throw new Error(r.error.code);
    return r.value.flatMap((t) => totalGroupsOf(t, t.file, (row) => slugify(row.indicator)).flatMap(checkTotal)).map((w) => w.message.vi);
  }

  it.each<[string, string, string[]]>([
    ['the bulleted districts add up to the population', KON_TUM('71.091'), []],
    ['one district typed 900 more', KON_TUM('71.991'), [
      'Năm 2017: 3 dòng thành phần của “TỔNG SỐ” cộng lại 286.185, không bằng 285.285 như dòng tổng ghi (chênh 900, sai số làm tròn tối đa ±2,0).',
    ]],
  ])('%s', (_name, csv, expected) => {
    expect(measureWarnings(csv)).toEqual(expected);
  });
});

// Lâm Đồng's yearbook 2011, biểu 26 (structure of gross output by ownership, %; three years kept): the English names
// are glued to their dash on one side ("quản lý- Central", "quản lý -Local") or follow without one ("Non- State").
const LAM_DONG = (privateShare: string) =>
  [
    ';2009;2010;2011',
    'TỔNG SỐ - TOTAL;100,00;100,00;100,00',
    'Phân theo thành phần kinh tế - By owneship;;;',
    ' - Kinh tế Nhà nước - State;21,75;22,64;22,17',
    'Trung ương quản lý- Central;14,17;15,08;14,60',
    'Địa phương quản lý -Local;7,58;7,56;7,57',
    ' - Kinh tế ngoài Nhà nước Non- State;75,17;74,47;75,32',
    'Kinh tế tập thể - Collective;0,50;0,35;0,42',
    `Kinh tế tư nhân - Private;${privateShare};13,11;13,13`,
    'Kinh tế cá thể  - Household;63,83;61,01;61,77',
    ' - Khu vực có vốn đầu tư nước ngoài Foreign investment sector;3,08;2,89;2,51',
  ].join('\n');

describe('sub-breakdowns under names with their English glued on (Lâm Đồng, 2011)', () => {
  it.each<[string, string, [number, number][]]>([
    ['every level adds up', LAM_DONG('10,84'), []],
    ['the private share of 2009 typed one point more', LAM_DONG('11,84'), [[2009, 75.17]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv).map((w) => [w.year, w.total])).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['a "Trong đó" list names some parts only', [';2018;2019', 'Tổng số;31.005,00;31.005,00', 'Trong đó:;;', 'Huyện Lập Thạch;4.055,80;4.055,80', 'Huyện Tam Dương;3.335,40;3.335,40'].join('\n')],
    ['a "Tr.đó" list (Thừa Thiên Huế 2019 prints it so) names some parts only', [';2018;2019', 'Tổng số;31.005,00;31.005,00', 'Tr.đó:;;', 'Huyện Lập Thạch;4.055,80;4.055,80', 'Huyện Tam Dương;3.335,40;3.335,40'].join('\n')],
    ['numbers with a gap are not one whole list', [';2018;2019', 'Tổng số;10.000;10.000', '1. Huyện A;4.000;4.000', '3. Huyện C;3.000;3.000'].join('\n')],
    ['rows that are neither numbered nor districts', [';2018;2019', 'Tổng số;100;100', 'Lúa;60;60', 'Ngô;30;30'].join('\n')],
    ['a name that begins like a total is no total', [';2018;2019', 'Tổng số hộ;100;100', '1. Huyện A;60;60', '2. Huyện B;30;30'].join('\n')],
    ['parts in another unit', ['Chỉ tiêu;ĐVT;2018;2019', 'Tổng số;Ha;100;100', '1. Huyện A;Tấn;60;60', '2. Huyện B;Ha;30;30'].join('\n')],
    // "…" is GSO's "occurred, but not collected"; "-" is "nothing occurred", a 0 in the sum (see below).
    ['a year in which a part prints no value', [';2018;2019', 'Tổng số;100;100', '1. Huyện A;60;60', '2. Huyện B;…;…'].join('\n')],
  ])('%s: nothing to check, no warning', (_name, csv) => {
    expect(warnings(csv)).toEqual([]);
  });

  it('a part printed "-" (nothing occurred, in GSO\'s notation) adds 0', () => {
    expect(warnings([';2018;2019', 'Tổng số;100;100', '1. Huyện A;60;100', '2. Huyện B;-;-'].join('\n')).map((w) => [w.year, w.sum])).toEqual([[2018, 60]]);
  });

  it('sub-rows under a numbered part are not parts of the total', () => {
    const csv = [';2018;2019', 'Tổng số;100;100', '1. Huyện A;60;60', 'Xã X;20;20', 'Xã Y;40;40', '2. Huyện B;40;40'].join('\n');
    expect(warnings(csv)).toEqual([]);
    expect(totalGroupsOf(table(csv), 't', (row) => slugify(row.indicator))[0]?.parts.map((p) => p.indicator)).toEqual(['1. Huyện A', '2. Huyện B']);
  });
});
