import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import { breakdownName, withoutEnglishTail } from './breakdown-names';
import { checkTotal, totalGroupsOf } from './table-totals';
import { checkDecoded } from '../../text/decode-text';

/*
 * The yearbooks' standard breakdowns of a total, added up. Figures: Cục Thống kê Vĩnh Phúc, Niên giám 2021, biểu 42
 * (GRDP at current prices by types of ownership, tỷ đồng); Cục Thống kê Hưng Yên, Niên giám 2022, biểu 39 (GRDP at
 * 2010 prices by sector, years down the rows, triệu đồng); Cục Thống kê Quảng Trị, Niên giám 2018, biểu 40 (its
 * structure, %); Cục Thống kê Hòa Bình, Niên giám 2021, biểu 42 (its index, năm trước = 100). Our layouts; the
 * changed figures are ours.
 */
const OWNERSHIP = [
  'Tổng sản phẩm trên địa bàn theo giá hiện hành phân theo loại hình kinh tế;;',
  'ĐVT: Tỷ đồng - Unit: Bill. dongs;;',
  ';2015;Sơ bộ - Prel. 2021',
  'TỔNG SỐ - TOTAL;78.644;136.183',
  'Phân theo loại hình kinh tế - By types of ownership;;',
  'Nhà nước - State;8.015;14.103',
  'Ngoài Nhà nước - Non-State;24.065;40.260',
  'Tập thể - Collective;3.017;4.275',
  'Tư nhân - Private;12.800;20.338',
  'Cá thể - Household;8.248;15.647',
  'Khu vực có vốn đầu tư nước ngoài - Foreign investment sector;22.809;48.219',
  'Thuế sản phẩm trừ trợ cấp sản phẩm - Product taxes less subsidies on production;23.756;33.601',
].join('\n');

const SECTORS_DOWN = [
  'Tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo khu vực kinh tế;;;;;;',
  'Triệu đồng - Mill. dongs;;;;;;',
  'Năm;Tổng số;Nông, lâm nghiệp và thủy sản;Công nghiệp và xây dựng;Trong đó: Công nghiệp;Dịch vụ;Thuế sản phẩm trừ trợ cấp sản phẩm',
  '2010;27.065.153;4.647.597;13.405.944;12.139.986;7.439.709;1.571.903',
  '2011;29.604.453;4.862.977;15.247.715;13.879.243;7.987.638;1.506.123',
].join('\n');

const STRUCTURE = [
  'Cơ cấu tổng sản phẩm trên địa bàn theo giá hiện hành phân theo thành phần kinh tế;;',
  'Đơn vị tính - Unit: %;;',
  ';2017;Sơ bộ - Prel. 2018',
  'TỔNG SỐ - TOTAL;100,00;100,00',
  'Kinh tế Nhà nước - State;28,87;28,45',
  'Kinh tế ngoài Nhà nước - Non-State;66,03;66,26',
  'Khu vực có vốn đầu tư nước ngoài - Foreign investment sector;1,21;1,37',
  'Thuế sản phẩm trừ trợ cấp sản phẩm - Product taxes less subsidies on production;3,89;3,92',
].join('\n');

const INDEX = [
  'Chỉ số phát triển tổng sản phẩm trên địa bàn theo giá so sánh 2010 (Năm trước = 100);;',
  'Đơn vị tính - Unit: %;;',
  ';2017;2018',
  'TỔNG SỐ - TOTAL;109,04;108,57',
  'Kinh tế Nhà nước - State;109,80;109,54',
  'Kinh tế ngoài Nhà nước - Non-State;106,96;106,84',
  'Khu vực có vốn đầu tư nước ngoài - Foreign investment sector;113,32;118,75',
  'Thuế sản phẩm trừ trợ cấp sản phẩm - Product taxes less subsidies on production;117,12;102,14',
].join('\n');

// Our figures: a population table's two breakdowns under one total.
const POPULATION = [
  'Dân số trung bình phân theo giới tính và phân theo thành thị, nông thôn - Average population by sex and by residence;;',
  'Đơn vị tính: Nghìn người;;',
  ';2021;2022',
  'TỔNG SỐ;1.171,2;1.183,4',
  'Phân theo giới tính;;',
  'Nam;582,3;588,6',
  'Nữ;588,9;594,8',
  'Phân theo thành thị, nông thôn;;',
  'Thành thị;366,0;372,5',
  'Nông thôn;805,2;810,9',
].join('\n');

// Cục Thống kê Vĩnh Phúc, Niên giám 2019, biểu 11 (average population by sex and residence, years down the rows, each
// header cell's Vietnamese and English lines joined by a space, three blocks); our layout, two years of it.
const POPULATION_DOWN = [
  'Dân số trung bình phân theo giới tính và phân theo thành thị, nông thôn;;;;;',
  ';Tổng số Total;Phân theo giới tính By sex;;Phân theo thành thị, nông thôn By residence;',
  ';;Nam Male;Nữ Female;Thành thị Urban;Nông thôn Rural',
  'Người - Person;;;;;',
  '2017;1.123.140;555.393;567.747;261.692;861.448',
  '2018;1.138.370;563.721;574.649;285.162;853.208',
  'Chỉ số phát triển (Năm trước = 100) - % Index (Previous year = 100) - %;;;;;',
  '2018;101,36;101,50;101,22;108,97;99,04',
  'Cơ cấu - Structure (%);;;;;',
  '2017;100,00;49,45;50,55;23,30;76,70',
  '2018;100,00;49,52;50,48;25,05;74,95',
].join('\n');

// Cục Thống kê Bình Định, Niên giám 2023, biểu 19 (the same table, its header cells' English after " - "); our layout, two
// years of it.
const POPULATION_DOWN_DASHED = [
  ';Tổng số - Total;Phân theo giới tính - By sex;;Phân theo thành thị, nông thôn - By residence;',
  ';;Nam - Male;Nữ - Female;Thành thị - Urban;Nông thôn - Rural',
  'Người - Person;;;;;',
  '2018;1487771;730679;757092;475534;1012237',
  '2019;1487817;732712;755105;476845;1010972',
].join('\n');

// Cục Thống kê Vĩnh Long (retail sales by kind of business, triệu đồng, years down the rows, the parts under "Chia ra");
// our layout, two years of it.
const DIVIDED_DOWN = [
  'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng theo giá hiện hành phân theo ngành kinh doanh;;;;;',
  ';Tổng số Total;Chia ra - Of which;;;',
  ';;Bán lẻ hàng hóa Retail sale;Dịch vụ lưu trú, ăn uống Accommodation, food and beverage service;Du lịch lữ hành Tourism;Dịch vụ khác Other service',
  'Triệu đồng - Mill. dongs;;;;;',
  '2015;34.408.554;24.966.688;5.308.541;29.120;4.104.205',
  '2016;37.185.131;26.754.319;5.924.856;36.720;4.469.236',
  'Cơ cấu - Structure (%);;;;;',
  '2015;100,00;72,56;15,43;0,08;11,93',
  '2016;100,00;71,95;15,93;0,10;12,02',
].join('\n');

// Nam Định's yearbook 2022, biểu 30 (GRDP at current prices by sector, triệu đồng, years down the rows): a sector under
// "Chia ra" prints its total and, beside it, "Trong đó: Công nghiệp" (of which); our layout, two years of it.
const DIVIDED_OF_WHICH = [
  ';Tổng số;Chia ra - Of which;;;;',
  ';Total;Nông, lâm nghiệp và thủy sản;Công nghiệp và xây dựng - Industry and construction;;Dịch vụ;Thuế sản phẩm trừ trợ cấp sản phẩm',
  ';;Agriculture, forestry and fishing;Tổng số - Total;Trong đó: Công nghiệp - Of which: Industry;Service;Product taxes less subsidies on production',
  'Triệu đồng - Mill. dongs;;;;;;',
  '2015;46811173;11894986;16447908;12173321;17144675;1323604',
  '2016;50783726;12498300;17851973;13248744;18909350;1524103',
  'Cơ cấu - Structure (%);;;;;;',
  '2015;100,00;25,41;35,13;26,01;36,63;2,83',
  '2016;100,00;24,61;35,15;26,09;37,24;3,00',
].join('\n');

// Quảng Trị's main indicators 2018–2023 (Cục Thống kê), four years of it: a row named by its indicator over "Phân theo
// …" sections. The page prints 10.960 urban people for 2021 where 210.960 add up (men and women give the same total).
const MAIN_INDICATORS = [
  'Các chỉ tiêu kinh tế xã hội chủ yếu;;;;;',
  ';ĐVT;2019;2020;2021;2022',
  '1. Dân số trung bình;Người;633440;637386;647790;649708',
  'Phân theo thành thị/nông thôn;;;;;',
  'Thành thị;;196372;206863;10960;212844',
  'Nông thôn;;437068;430523;436830;436864',
  'Phân theo giới tính;;;;;',
  'Nam;;314056;316012;321786;323905',
  'Nữ;;319384;321374;326004;325803',
  '2. Tỷ lệ tăng tự nhiên dân số;%;8,52;9,55;8,22;7,19',
].join('\n');

// Niên giám thống kê 2023 (a province's), biểu 73: the structure of acting enterprises by type, each name followed by its
// English on the same line, sub-items under the state and non-state rows; our layout, three years of it.
const ENTERPRISES = [
  'Số doanh nghiệp đang hoạt động tại thời điểm 31/12 hàng năm phân theo loại hình doanh nghiệp;;;',
  ';2018;2019;2022',
  'Cơ cấu - Structure (%);;;',
  'TỔNG SỐ - TOTAL;100,00;100,00;100,00',
  'Doanh nghiệp Nhà nước State owned enterprise;0,14;0,09;0,07',
  'Doanh nghiệp 100% vốn Nhà nước 100% State capital;0,14;0,09;0,07',
  'Doanh nghiệp ngoài Nhà nước Non-State enterprise;99,72;99,60;99,60',
  'Tư nhân - Private;38,96;36,32;24,85',
  'Công ty TNHH - Limited Co.;52,21;59,03;69,99',
  'Doanh nghiệp có vốn đầu tư nước ngoài Foreign investment enterprise;0,14;0,31;0,33',
  'DN 100% vốn nước ngoài 100% foreign capital;0,14;0,31;0,33',
].join('\n');

// Quảng Trị, Niên giám 2023, biểu 86 (net turnover of acting enterprises by type, tỷ đồng; three of its years, each name
// on two lines, Vietnamese over English, as the yearbook prints it).
const TURNOVER_BY_TYPE = [
  'Doanh thu thuần sản xuất kinh doanh của các doanh nghiệp đang hoạt động phân theo loại hình doanh nghiệp;;;',
  ';2020;2021;2022',
  ';Tỷ đồng - Bill. dongs;;',
  'TỔNG SỐ - TOTAL;39741,5;43979,2;52804,6',
  '"Doanh nghiệp Nhà nước\nState owned enterprise";2958,7;3613,8;4412,6',
  '"DN 100% vốn Nhà nước\n100% capital State owned";1636,7;2049,8;2705,6',
  '"DN hơn 50% vốn Nhà nước\nOver 50% capital State owned";1322,0;1564,0;1707,0',
  '"Doanh nghiệp ngoài Nhà nước\nNon-State enterprise";34562,7;37404,6;45299,2',
  'Tư nhân - Private;242,8;194,5;540,6',
  'Công ty hợp danh - Collective name;7,1;13,7;14,0',
  'Công ty TNHH - Limited Co.;26139,8;27173,6;31258,0',
  '"Công ty cổ phần có vốn Nhà nước\nJoint stock Co. having capital of State";957,5;1193,3;1525,1',
  '"Công ty cổ phần không có vốn Nhà nước\nJoint stock Co. without capital of State";7215,5;8829,5;11961,5',
  '"Doanh nghiệp có vốn đầu tư nước ngoài\nForeign investment enterprise";2220,1;2960,8;3092,8',
  '"DN 100% vốn nước ngoài\n100% foreign capital";1636,0;2372,3;2141,8',
  '"DN liên doanh với nước ngoài\nJoint venture";584,1;588,5;951,0',
].join('\n');

// A thesis table of a coastal province's enterprises, 2008–2011 (number of acting enterprises; two of its years): the
// ownership named "DN …", the state by who manages it.
const ENTERPRISES_ABBREVIATED = [
  'STT;Chỉ tiêu;ĐVT;2008;2011',
  'I;Tổng số;cơ sở;2441;3072',
  '1;Phân theo loại hình doanh nghiệp;;;',
  '1.1;DN nhà nước;cơ sở;51;41',
  ';Trung ương;cơ sở;19;16',
  ';Địa phương;cơ sở;32;25',
  '1.2;DN ngoài nhà nước;cơ sở;2369;3008',
  '1.3;DN có vốn đầu tư nước ngoài;cơ sở;21;23',
].join('\n');

// Vĩnh Phúc, Niên giám 2022, biểu 235 (classes of general education, school years across; two school levels kept).
const CLASSES = [
  'Số lớp học phổ thông;;',
  ';2021-2022;2022-2023',
  ';Lớp - Class;',
  'Tiểu học - Primary school;3.767;3.802',
  'Công lập - Public;3.767;3.792',
  'Ngoài công lập - Non-public;-;10',
  'Trung học cơ sở - Lower secondary school;2.102;2.175',
  'Công lập - Public;2.102;2.175',
  'Ngoài công lập - Non-public;-;4',
].join('\n');

// Lâm Đồng, Niên giám 2011, biểu 26 (structure of gross output by ownership, %; the state over who manages it).
const STATE_MANAGED = [
  'Cơ cấu giá trị sản xuất theo giá thực tế phân theo thành phần kinh tế;;',
  ';;%',
  ';2009;2010',
  'TỔNG SỐ - TOTAL;100,00;100,00',
  'Kinh tế Nhà nước - State;21,75;22,64',
  'Trung ương quản lý - Central;14,17;15,08',
  'Địa phương quản lý - Local;7,58;7,56',
  'Kinh tế ngoài Nhà nước - Non-State;75,17;74,47',
  'Kinh tế tập thể - Collective;0,50;0,35',
  'Kinh tế tư nhân - Private;10,84;13,11',
  'Kinh tế cá thể - Household;63,83;61,01',
  'Khu vực có vốn đầu tư nước ngoài - Foreign investment sector;3,08;2,89',
].join('\n');

// Quảng Ngãi, Niên giám 2016, biểu 188 (structure of retail sales by ownership, %; no foreign-invested retail at all).
const RETAIL_STRUCTURE = [
  'Cơ cấu tổng mức bán lẻ hàng hoá theo giá hiện hành phân theo loại hình kinh tế;;',
  ';;Đơn vị tính - Unit: %',
  ';2014;2015',
  'TỔNG SỐ - TOTAL;100;100',
  'Phân theo loại hình kinh tế - By types of ownership;;',
  'Nhà nước - State;11,09;9,53',
  'Ngoài Nhà nước - Non-state;88,91;90,47',
  'Khu vực có vốn đầu tư nước ngoài - Foreign invested sector;-;-',
].join('\n');

function warned(csv: string): [string, number, number][] {
  const r = readReportTables(csv, 'bieu.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value.flatMap((t) => totalGroupsOf(t, 'bieu', (row) => slugify(row.indicator)).flatMap(checkTotal)).map((w) => [w.indicators[0] ?? '', w.year, w.sum]);
}

// Cục Thống kê Quảng Trị, Niên giám 2019, biểu 31 (workers by type of ownership, structure, years down): the foreign
// sector named without "có vốn". Two of its years.
const WORKERS_DOWN = [
  'Năm;Tổng số;Kinh tế Nhà nước;Kinh tế ngoài Nhà nước;Khu vực đầu tư nước ngoài',
  'Cơ cấu (%);;;;',
  '2015;100,00;13,10;86,54;0,36',
  '2016;100,00;13,84;85,79;0,37',
].join('\n');

function groups(csv: string): string[][] {
  const r = readReportTables(csv, 'bieu.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value.flatMap((t) => totalGroupsOf(t, 'bieu', (row) => slugify(row.indicator)).map((g) => [g.total.indicator, ...g.parts.map((p) => breakdownName(p.indicator))]));
}

describe('standard breakdowns add up to their total', () => {
  it.each<[string, string, [string, number, number][]]>([
    ['types of ownership, with the taxes (Vĩnh Phúc)', OWNERSHIP, []],
    ['the total typed wrong', OWNERSHIP.replace('78.644', '78.944'), [['TỔNG SỐ - TOTAL', 2015, 78645]]],
    ['a non-state part typed wrong', OWNERSHIP.replace('12.800', '12.900'), [['Ngoài Nhà nước - Non-State', 2015, 24165]]],
    ['sectors, years down the rows (Hưng Yên)', SECTORS_DOWN, []],
    ['a sector typed wrong', SECTORS_DOWN.replace('7.987.638', '7.897.638'), [['Tổng số', 2011, 29514453]]],
    ['a structure adds up to 100 (Quảng Trị)', STRUCTURE, []],
    ['workers by ownership, years down, "Khu vực đầu tư nước ngoài" (Quảng Trị)', WORKERS_DOWN, []],
    ['the same, a share typed wrong', WORKERS_DOWN.replace('13,10', '14,10'), [['Tổng số', 2015, 101]]],
    ['a structure that misses 100', STRUCTURE.replace('66,26', '65,26'), [['TỔNG SỐ - TOTAL', 2018, 99]]],
    ['by sex and by residence', POPULATION, []],
    ['by residence typed wrong', POPULATION.replace('810,9', '801,9'), [['TỔNG SỐ', 2022, 1174.4]]],
    ['by sex and by residence, years down the rows (Vĩnh Phúc)', POPULATION_DOWN, []],
    ['by residence typed wrong, years down the rows', POPULATION_DOWN.replace('853.208', '835.208'), [['Tổng số Total', 2018, 1120370]]],
    ['a structure block typed wrong, years down the rows', POPULATION_DOWN.replace('50,55', '51,55'), [['Tổng số Total – Cơ cấu - Structure (%)', 2017, 101]]],
    ['the parts under "Chia ra", years down the rows (Vĩnh Long)', DIVIDED_DOWN, []],
    ['by sex and by residence, English after " - " (Bình Định)', POPULATION_DOWN_DASHED, []],
    ['the same, men typed 9.000 short', POPULATION_DOWN_DASHED.replace('732712', '723712'), [['Tổng số - Total', 2019, 1478817]]],
    ['enterprises by type, English after each name', ENTERPRISES, []],
    ['enterprises by type typed wrong', ENTERPRISES.replace('99,72', '99,27'), [['TỔNG SỐ - TOTAL', 2018, 99.55]]],
    ['the types of enterprise under their ownership (Quảng Trị)', TURNOVER_BY_TYPE, []],
    ['the ownership named "DN …"', ENTERPRISES_ABBREVIATED, []],
    ['the same, the total typed 100 over', ENTERPRISES_ABBREVIATED.replace('3072', '3172'), [['Tổng số', 2011, 3072]]],
    ['the same, the central state typed wrong', ENTERPRISES_ABBREVIATED.replace(';Trung ương;cơ sở;19;16', ';Trung ương;cơ sở;19;26'), [['DN nhà nước', 2011, 51]]],
    ['a limited company\'s turnover typed wrong', TURNOVER_BY_TYPE.replace('26139,8', '26193,8'), [['Doanh nghiệp ngoài Nhà nước Non-State enterprise', 2020, 34616.7]]],
    ['a majority-state enterprise\'s turnover typed wrong', TURNOVER_BY_TYPE.replace('1564,0', '1546,0'), [['Doanh nghiệp Nhà nước State owned enterprise', 2021, 3595.8]]],
    ['a joint venture\'s turnover typed wrong', TURNOVER_BY_TYPE.replace('951,0', '915,0'), [['Doanh nghiệp có vốn đầu tư nước ngoài Foreign investment enterprise', 2022, 3056.8]]],
    ['the collective sector listed first among the non-state enterprises', TURNOVER_BY_TYPE.replace('26139,8', '26129,8').replace('Tư nhân - Private', 'Tập thể - Collective;10,0;0,0;0,0\nTư nhân - Private'), []],
    ['the same, the collective sector typed wrong', TURNOVER_BY_TYPE.replace('26139,8', '26129,8').replace('Tư nhân - Private', 'Tập thể - Collective;1,0;0,0;0,0\nTư nhân - Private'), [['Doanh nghiệp ngoài Nhà nước Non-State enterprise', 2020, 34553.7]]],
    ['a part under "Chia ra" typed wrong', DIVIDED_DOWN.replace('26.754.319', '27.654.319'), [['Tổng số Total', 2016, 38085131]]],
    ['the sectors under "Chia ra", one of them with an "of which" column (Nam Định)', DIVIDED_OF_WHICH, []],
    ['breakdowns under a row named by its indicator, one year misprinted (Quảng Trị)', MAIN_INDICATORS, [['1. Dân số trung bình', 2021, 447790]]],
    ['breakdowns under a row named by its indicator, as it should read', MAIN_INDICATORS.replace(';10960;', ';210960;'), []],
    ['a sector under "Chia ra" typed wrong, beside an "of which" column', DIVIDED_OF_WHICH.replace('46811173', '47811173'), [['Tổng số Total', 2015, 46811173]]],
    ['a structure under "Chia ra" typed wrong', DIVIDED_DOWN.replace('72,56', '75,26'), [['Tổng số Total – Cơ cấu - Structure (%)', 2015, 102.7]]],
    // Vĩnh Phúc's yearbook 2022 prints 2.175 lower secondary classes for 2022-2023, and 2.175 public and 4 non-public ones.
    ['public and non-public parts, as printed: one year misprinted (Vĩnh Phúc)', CLASSES, [['Trung học cơ sở - Lower secondary school', 2022, 2179]]],
    ['public and non-public parts, as they should read', CLASSES.replace('Công lập - Public;2.102;2.175', 'Công lập - Public;2.102;2.171'), []],
    ['the state by who manages it, in a structure (Lâm Đồng)', STATE_MANAGED, []],
    ['the state by who manages it, a share typed wrong', STATE_MANAGED.replace('15,08', '15,80'), [['Kinh tế Nhà nước - State', 2010, 23.36]]],
    ['a part that is a dash in every year, and a structure\'s total printed "100" (Quảng Ngãi)', RETAIL_STRUCTURE, []],
    ['a share typed wrong beside a part of dashes, under a total of "100"', RETAIL_STRUCTURE.replace('11,09', '12,09'), [['TỔNG SỐ - TOTAL', 2014, 101]]],
  ])('%s', (_name, csv, expected) => {
    expect(warned(csv).map(([name, year, sum]) => [name, year, Math.round(sum * 100) / 100])).toEqual(expected);
  });

  // The yearbook's PDF prints "ư" as "ƣ" ("Nhà nƣớc", "đầu tƣ"); copied out, the text reads as it should.
  it.each<[string, string, [string, number, number][]]>([
    ['as the PDF prints it', STRUCTURE.replaceAll('ư', 'ƣ'), []],
    ['as the PDF prints it, a share typed wrong', STRUCTURE.replaceAll('ư', 'ƣ').replace('28,87', '28,78'), [['TỔNG SỐ - TOTAL', 2017, 99.91]]],
  ])('a structure with "ƣ" for "ư" %s', (_name, csv, expected) => {
    const decoded = checkDecoded(csv, 'utf-8');
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(warned(decoded.text).map(([name, year, sum]) => [name, year, Math.round(sum * 100) / 100])).toEqual(expected);
  });

  it('reads each breakdown with its own parts', () => {
    expect(groups(OWNERSHIP)).toEqual([
      ['TỔNG SỐ - TOTAL', 'nha nuoc', 'ngoai nha nuoc', 'khu vuc co von dau tu nuoc ngoai', 'thue san pham tru tro cap san pham'],
      ['Ngoài Nhà nước - Non-State', 'tap the', 'tu nhan', 'ca the'],
    ]);
    expect(groups(POPULATION)).toEqual([
      ['TỔNG SỐ', 'nam', 'nu'],
      ['TỔNG SỐ', 'thanh thi', 'nong thon'],
    ]);
    expect(groups(POPULATION_DOWN).map((g) => g.length)).toEqual([3, 3, 3, 3]);
  });
});

describe('edge cases', () => {
  it.each([
    ['an index table (Hòa Bình): indices do not add up', INDEX],
    ['a yield by district: the province’s yield is no sum', ['Năng suất lúa đông xuân phân theo huyện;;', 'Đơn vị tính: Tạ/ha;;', ';2018;2019', 'Toàn tỉnh;61,5;62,0', 'Thành phố Vĩnh Yên;58,0;59,1', 'Huyện Lập Thạch;60,2;61,0'].join('\n')],
    ['a breakdown with a part missing', OWNERSHIP.replace(/Nhà nước - State;.*\n/u, '')],
    ['the non-state enterprises with a type missing', TURNOVER_BY_TYPE.replace(/Công ty hợp danh.*\n/u, '').replace('26139,8', '26193,8')],
    // our rows: a name that ends in "năm" (a year) folds to "… nam", and is no man
    ['a row of the year beside a row of women', ['Chỉ tiêu;Đơn vị tính;2021;2022', 'Tổng số;Người;500;520', 'Lao động làm việc cả năm;Người;300;310', 'Lao động nữ;Người;150;160'].join('\n')],
    ['a share in % that is no structure', ['Chỉ tiêu;Đơn vị tính;2018;2019', 'Tổng số;%;45,0;46,0', 'Nam;%;20,0;21,0', 'Nữ;%;22,0;23,0'].join('\n')],
    ['income per head by residence', ['Thu nhập bình quân đầu người một tháng;;', 'Đơn vị tính: Nghìn đồng;;', ';2020;2022', 'Tổng số;3.340;3.910', 'Thành thị;4.540;5.350', 'Nông thôn;2.740;3.140'].join('\n')],
    ['breakdowns under a row named by its indicator that add up in one year only', MAIN_INDICATORS.replace('196372', '96372').replace('206863', '6863')],
    ['a group that names some parts only ("Trong đó"), years down the rows', DIVIDED_DOWN.replace('Chia ra - Of which', 'Trong đó - Of which').replace('34.408.554', '44.408.554')],
  ])('%s: no warning', (_name, csv) => {
    expect(warned(csv)).toEqual([]);
  });

  it.each([
    ['1. Nhà nước - State', 'nha nuoc'],
    ['- Tư nhân', 'tu nhan'],
    ['II. Dịch vụ', 'dich vu'],
    ['Khu vực có vốn đầu tư nước ngoài - Foreign investment sector', 'khu vuc co von dau tu nuoc ngoai'],
    ['Phân theo giới tính By sex Nam Male – Cơ cấu - Structure (%)', 'phan theo gioi tinh by sex nam male'],
  ])('breakdownName(%j) → %j', (name, expected) => {
    expect(breakdownName(name)).toBe(expected);
  });

  it.each([
    ['Doanh nghiệp Nhà nước State owned enterprise', 'Doanh nghiệp Nhà nước'],
    ['Doanh nghiệp 100% vốn Nhà nước 100% State capital', 'Doanh nghiệp 100% vốn Nhà nước'],
    ['Nam Male', 'Nam Male'],
    ['Nhà nước', 'Nhà nước'],
    ['', ''],
  ])('withoutEnglishTail(%j) → %j', (name, expected) => {
    expect(withoutEnglishTail(name)).toBe(expected);
  });
});
